import type { AgencyType, CoverageRatioKind, PartnerState } from './generated/graphql';

/** The facts of one expected agency type that decide the ratios (as `YotCoverage.partners` gives them). */
export interface Partner {
  agencyType: AgencyType;
  statutory: boolean;
  state: PartnerState;
  hasActivePartnership: boolean;
  placedStaff: number;
  currentAgreement: boolean;
}

/** One expected type a ratio is computed over, and whether it counts in the numerator. */
export interface RatioMember {
  partner: Partner;
  counts: boolean;
}

/**
 * The expected agency types behind a coverage ratio (its denominator) and which of them make the numerator, by
 * the rules src/modules/coverage/coverage.service.ts computes the ratio with. `unknownTypeStaff` is the
 * co-location ratio's lower bound: partner staff of unknown type count as one type when no type has any.
 */
export function ratioMembers(
  kind: CoverageRatioKind,
  partners: readonly Partner[],
): { members: RatioMember[]; unknownTypeStaff: boolean } {
  const inPlace = (p: Partner) => p.state === 'IN_PLACE';
  const rules: Record<CoverageRatioKind, { over: (p: Partner) => boolean; counts: (p: Partner) => boolean }> = {
    PARTNER: { over: () => true, counts: inPlace },
    KNOWN_PARTNER: { over: (p) => p.state !== 'NOT_RECORDED', counts: inPlace },
    STATUTORY_PARTNER: { over: (p) => p.statutory, counts: inPlace },
    CO_LOCATION: { over: inPlace, counts: (p) => p.placedStaff > 0 },
    AGREEMENT: { over: (p) => p.hasActivePartnership, counts: (p) => p.currentAgreement },
  };
  const rule = rules[kind];
  const members = partners.filter(rule.over).map((partner) => ({ partner, counts: rule.counts(partner) }));
  return { members, unknownTypeStaff: kind === 'CO_LOCATION' && !members.some((m) => m.counts) };
}
