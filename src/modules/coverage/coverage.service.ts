import { Dialect, dialectOf, runSql, RawInteger } from '../../db/dialect';
import { ConnectionArgs, Page } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { addMonths } from '../../graphql/scalars';
import { AgencyType } from '../agency/agency.enums';
import { DEFAULT_FRAMEWORK_CODE, FrameworkService } from '../framework/framework.service';
import { Yot } from '../yot/yot.entity';
import { YotService } from '../yot/yot.service';
import { canonicalRegions } from '../yot/regions';
import { FACTS, TOTALS_SELECT } from './coverage.sql';
import {
  AwardState,
  CoverageFilter,
  CoverageRatio,
  CoverageRatioKind,
  PartnerState,
  PartnerStateBasis,
  RegionCoverage,
  YotCoverage,
} from './coverage.types';
import { DatePrecision } from '../assessment/assessment.enums';
import { visibleYots } from '../auth/scope';
import { ViewCache } from '../../graphql/view-cache';
import { groupBy } from '../../collections';
import { ComputedView, storedPerYot } from './coverage-store';

/** Awards are due for re-verification this many months before they expire. */
export const REVERIFICATION_WARNING_MONTHS = 6;

interface FactRow {
  yot_id: RawInteger;
  type: AgencyType;
  statutory: number;
  host_provided: number;
  state: PartnerState;
  basis: PartnerStateBasis | null;
  partnerships: number;
  ceased: number;
  board: number | null;
  fte: number;
  staff: number;
  any_staff: number;
  unnamed: number;
  agreements: number;
  evidence: number;
  accepted: number;
  criteria: number;
}

/** Each YOT's coverage on a date, and the regional roll-ups: the dashboards' views, recomputed after any write. */
export const YOT_COVERAGE = new ViewCache<YotCoverage>();
export const REGION_COVERAGE = new ViewCache<RegionCoverage[]>();

/** Totals of a YOT when the framework expects no partner types (no fact rows to carry them). */
const NO_TOTALS: TotalRow = {
  yot_id: 0,
  expected: 0,
  statutory_expected: 0,
  with_partnership: 0,
  in_place: 0,
  not_recorded: 0,
  recorded_absent: 0,
  ceased: 0,
  statutory_in_place: 0,
  statutory_known: 0,
  with_placed_staff: 0,
  with_agreement: 0,
  unattributed_staff: 0,
  criteria_evidenced: null,
  multi_agency: null,
  criteria_total: 0,
  assessment_id: null,
  valid_until: null,
  award_state: null,
  award_precision: null,
};

interface TotalRow {
  yot_id: RawInteger;
  expected: number;
  statutory_expected: number;
  with_partnership: number;
  in_place: number;
  not_recorded: number;
  recorded_absent: number;
  ceased: number;
  statutory_in_place: number;
  statutory_known: number;
  with_placed_staff: number;
  with_agreement: number;
  unattributed_staff: number;
  criteria_evidenced: number | null;
  multi_agency: number | null;
  criteria_total: number;
  assessment_id: number | null;
  valid_until: string | null;
  award_state: AwardState | null;
  award_precision: DatePrecision | null;
}

/** Partnership coverage for dashboards, computed in SQL: a fixed number of statements for any number of YOTs. */
export class CoverageService {
  /**
   * Coverage of each YOT in `yotIds` on `asOf`: one statement (plus the framework lookup) returning a row per
   * (YOT, expected agency type) with the YOT's totals alongside, so the CTEs run once.
   */
  static async forYots(ctx: HubContext, yotIds: readonly number[], asOf: string): Promise<YotCoverage[]> {
    if (yotIds.length === 0) return [];
    const framework = await FrameworkService.find(ctx, DEFAULT_FRAMEWORK_CODE);
    return YOT_COVERAGE.getForYots(ctx, { frameworkId: framework.id, asOf }, yotIds, async (missing) => {
      // Second layer: coverage stored in the database, valid until a write touches the YOT (coverage-store.ts).
      const found = await storedPerYot(ctx, 'coverage_rollup', framework.id, missing, asOf, (stale) =>
        CoverageService.compute(ctx, framework.id, stale, asOf),
      );
      return missing.map((id) => found.get(id)!);
    });
  }

  /**
   * Coverage of `yotIds` from the database, in one statement, with the YOT's and the global `yot_generation`
   * counts read in the same snapshot (what the stored coverage is valid at).
   */
  private static async compute(
    ctx: HubContext,
    frameworkId: number,
    yotIds: readonly number[],
    asOf: string,
  ): Promise<ComputedView<YotCoverage>[]> {
    const dialect = dialectOf(ctx.db);
    const params = { asOf, framework: frameworkId, ids: dialect.listParam(yotIds) };
    const rows = await runSql<FactRow & TotalRow & { ceased_types: number; generation: RawInteger; epoch: RawInteger }>(
      ctx.db,
      `WITH scope AS (SELECT id FROM yot WHERE ${dialect.inList('id', 'ids')}), ${FACTS}, per_yot AS (${TOTALS_SELECT})
       SELECT f.*, t.expected, t.statutory_expected, t.with_partnership, t.in_place, t.not_recorded, t.recorded_absent, t.ceased AS ceased_types,
              t.statutory_in_place, t.statutory_known, t.with_placed_staff, t.with_agreement, t.unattributed_staff,
              t.criteria_evidenced, t.multi_agency, t.criteria_total, t.assessment_id, t.valid_until, t.award_state, t.award_precision,
              COALESCE(g.generation, 0) AS generation, COALESCE(e.generation, 0) AS epoch
       FROM facts f JOIN per_yot t ON t.yot_id = f.yot_id
         JOIN expected_partner ep ON ep."agencyType" = f.type AND ep."frameworkId" = :framework
         LEFT JOIN yot_generation g ON g."yotId" = f.yot_id LEFT JOIN yot_generation e ON e."yotId" = 0
       ORDER BY f.yot_id, ep.id`,
      params,
    );
    const byYot = groupBy(rows, (row) => Number(row.yot_id));
    return yotIds.map((yotId) => {
      const facts = byYot.get(yotId) ?? [];
      // The fact rows carry their own `ceased` (partnerships of the type); the YOT's count of CEASED types is `ceased_types`.
      const coverage = toCoverage(
        yotId,
        asOf,
        facts,
        facts[0] ? { ...facts[0], ceased: facts[0].ceased_types } : NO_TOTALS,
      );
      // No fact rows, no counts read: -1 is never valid, so such a YOT is not served from the store.
      return {
        yotId,
        value: coverage,
        generation: facts[0] ? Number(facts[0].generation) : -1,
        epoch: facts[0] ? Number(facts[0].epoch) : -1,
      };
    });
  }

  /** A page of YOTs (ordered by name) with their coverage. */
  static async page(
    ctx: HubContext,
    filter: CoverageFilter | undefined,
    asOf: string,
    args: ConnectionArgs,
  ): Promise<Page<YotCoverage>> {
    const yots = await YotService.list(
      ctx,
      { regions: filter?.regions, nation: filter?.nation, codes: filter?.codes },
      undefined,
      args,
    );
    const coverage = await CoverageService.forYots(
      ctx,
      yots.nodes.map((y) => y.id),
      asOf,
    );
    const byYot = new Map(coverage.map((c) => [c.yotId, c]));
    return yots.map((yot: Yot) => byYot.get(yot.id)!);
  }

  /** The same totals rolled up by region, in one statement. */
  static async byRegion(ctx: HubContext, filter: CoverageFilter | undefined, asOf: string): Promise<RegionCoverage[]> {
    const framework = await FrameworkService.find(ctx, DEFAULT_FRAMEWORK_CODE);
    const visible = await visibleYots(ctx);
    // Regions as the hub stores them, whatever case the caller used; an unknown one is BAD_USER_INPUT.
    if (filter?.regions) filter = { ...filter, regions: await canonicalRegions(ctx, filter.regions, 'filter.regions') };
    const key = JSON.stringify([
      framework.id,
      asOf,
      filter?.regions ?? null,
      filter?.codes ?? null,
      filter?.nation ?? null,
      visible ? [...visible].sort() : null,
    ]);
    return REGION_COVERAGE.get(ctx, key, () => CoverageService.computeByRegion(ctx, filter, asOf, visible));
  }

  /**
   * The regional roll-up as sums of the YOTs' own coverage (each from the view cache or the coverage store, so
   * after a write only the YOTs it touched are computed again). YOTs whose framework expects no partner types have
   * no totals and are left out, as the one-statement roll-up did.
   */
  private static async computeByRegion(
    ctx: HubContext,
    filter: CoverageFilter | undefined,
    asOf: string,
    visible: Set<number> | null,
  ): Promise<RegionCoverage[]> {
    const dialect = dialectOf(ctx.db);
    const { where, params } = scopeWhere(filter, dialect, visible);
    const yots = await runSql<{ id: RawInteger; region: string }>(
      ctx.db,
      `SELECT id, region FROM yot ${where} ORDER BY region, id`,
      params,
    );
    const coverage = await CoverageService.forYots(
      ctx,
      yots.map((y) => Number(y.id)),
      asOf,
    );
    const dueBy = addMonths(asOf, REVERIFICATION_WARNING_MONTHS);
    const regions = new Map<string, YotCoverage[]>();
    yots.forEach((y, i) => {
      if (coverage[i].partners.length === 0) return;
      (regions.get(y.region) ?? regions.set(y.region, []).get(y.region)!).push(coverage[i]);
    });
    const ratioOf = (c: YotCoverage, kind: CoverageRatioKind) => c.ratios.find((r) => r.kind === kind)!;
    const sum = (list: YotCoverage[], of: (c: YotCoverage) => number) => list.reduce((n, c) => n + of(c), 0);
    return [...regions.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([region, list]) => ({
        region,
        yots: list.length,
        ...partnerTotals({
          expected: sum(list, (c) => c.expectedPartners),
          with_partnership: sum(list, (c) => c.partnersWithActivePartnership),
          in_place: sum(list, (c) => c.partnersInPlace),
          not_recorded: sum(list, (c) => c.partnersNotRecorded),
          recorded_absent: sum(list, (c) => c.partnersRecordedAbsent),
          ceased: sum(list, (c) => c.partnersCeased),
          statutory_expected: sum(list, (c) => ratioOf(c, CoverageRatioKind.STATUTORY_PARTNER).denominator),
          statutory_in_place: sum(list, (c) => ratioOf(c, CoverageRatioKind.STATUTORY_PARTNER).numerator),
          statutory_known: sum(list, (c) => ratioOf(c, CoverageRatioKind.STATUTORY_PARTNER).knownCount),
          // Each YOT's co-located count (its own lower bound for staff of unknown type), summed.
          with_placed_staff: sum(list, (c) => ratioOf(c, CoverageRatioKind.CO_LOCATION).numerator),
          unattributed_staff: sum(list, (c) => c.partnerStaffOfUnknownType),
          with_agreement: sum(list, (c) => ratioOf(c, CoverageRatioKind.AGREEMENT).numerator),
        }),
        averageCriteriaWithEvidence: round(sum(list, (c) => c.criteriaWithEvidence) / list.length),
        averageCriteriaEvidencedByTwoOrMoreAgencyTypes: round(
          sum(list, (c) => c.criteriaEvidencedByTwoOrMoreAgencyTypes) / list.length,
        ),
        yotsWithCurrentAward: list.filter((c) => c.award?.state === AwardState.CURRENT).length,
        yotsWithAwardOfUnknownDate: list.filter((c) => c.award?.state === AwardState.UNKNOWN).length,
        yotsDueReverification: list.filter(
          (c) =>
            (c.award?.state === AwardState.CURRENT || c.award?.state === AwardState.EXPIRED) &&
            c.award.validUntil != null &&
            c.award.validUntil <= dueBy,
        ).length,
      }));
  }
}

function scopeWhere(
  filter: CoverageFilter | undefined,
  dialect: Dialect,
  visible: Set<number> | null,
): { where: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (visible) {
    clauses.push(dialect.inList('id', 'visibleYots'));
    params.visibleYots = dialect.listParam([...visible]);
  }
  if (filter?.regions) {
    clauses.push(dialect.inList('region', 'regions'));
    params.regions = dialect.listParam(filter.regions);
  }
  if (filter?.codes) {
    clauses.push(dialect.inList('code', 'codes'));
    params.codes = dialect.listParam(filter.codes);
  }
  if (filter?.nation) {
    clauses.push('nation = :nation');
    params.nation = filter.nation;
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function toCoverage(yotId: number, asOf: string, facts: FactRow[], t: TotalRow): YotCoverage {
  const n = (v: unknown) => Number(v ?? 0);
  const dueBy = addMonths(asOf, REVERIFICATION_WARNING_MONTHS);
  const state = t.award_state;
  return {
    yotId,
    asOf,
    partners: facts.map((f) => ({
      agencyType: f.type,
      statutory: n(f.statutory) === 1,
      state: f.state,
      basis: f.basis ?? null,
      hostProvided: n(f.host_provided) === 1,
      hasActivePartnership: n(f.partnerships) > 0,
      activePartnerships: n(f.partnerships),
      ceasedPartnerships: n(f.ceased),
      boardMember: f.board == null ? null : n(f.board) === 1,
      placedFte: n(f.fte),
      placedStaff: n(f.staff),
      staffPractising: n(f.any_staff),
      staffWithoutNamedEmployer: n(f.unnamed),
      currentAgreement: n(f.agreements) > 0,
      evidenceCount: n(f.evidence),
      acceptedEvidenceCount: n(f.accepted),
      criteriaEvidenced: n(f.criteria),
    })),
    ...partnerTotals(t),
    criteriaWithEvidence: n(t.criteria_evidenced),
    criteriaTotal: n(t.criteria_total),
    criteriaEvidencedByTwoOrMoreAgencyTypes: n(t.multi_agency),
    award:
      t.assessment_id == null || state == null
        ? null
        : {
            assessmentId: n(t.assessment_id),
            state,
            validUntil: state === AwardState.UNKNOWN ? null : t.valid_until,
            validUntilPrecision: t.award_precision ?? DatePrecision.DAY,
            current: state === AwardState.CURRENT,
            reverificationDue: state === AwardState.UNKNOWN || t.valid_until == null ? null : t.valid_until <= dueBy,
          },
  };
}

/** The partner counts and ratios shared by a YOT's coverage and a region's roll-up (sums of YOT totals). */
function partnerTotals(t: Partial<Record<keyof TotalRow, unknown>>) {
  const n = (v: unknown) => Number(v ?? 0);
  const expected = n(t.expected);
  const inPlace = n(t.in_place);
  const known = inPlace + n(t.recorded_absent) + n(t.ceased);
  // Partner staff of unknown type are in at least one type: a lower bound, never a guess at which.
  const coLocated = n(t.with_placed_staff) === 0 && n(t.unattributed_staff) > 0 ? 1 : n(t.with_placed_staff);
  const ratios: CoverageRatio[] = [
    rated(
      CoverageRatioKind.PARTNER,
      inPlace,
      expected,
      known,
      'expected agency types in place, out of all expected types; types with nothing recorded count as not in place',
    ),
    rated(
      CoverageRatioKind.KNOWN_PARTNER,
      inPlace,
      known,
      known,
      'expected agency types in place, out of those whose state is known (in place, recorded absent or ceased); types with nothing recorded are left out',
    ),
    rated(
      CoverageRatioKind.STATUTORY_PARTNER,
      n(t.statutory_in_place),
      n(t.statutory_expected),
      n(t.statutory_known),
      "statutory agency types in place (the host authority's own services included), out of the statutory types",
    ),
    rated(
      CoverageRatioKind.CO_LOCATION,
      coLocated,
      inPlace,
      inPlace,
      'expected types in place with seconded or co-located partner staff, out of the types in place; partner staff of unknown type count as one type at least',
    ),
    rated(
      CoverageRatioKind.AGREEMENT,
      n(t.with_agreement),
      n(t.with_partnership),
      n(t.with_partnership),
      'expected types with an active partnership covered by a current information-sharing agreement, out of those with an active partnership',
    ),
  ];
  return {
    expectedPartners: expected,
    partnersWithActivePartnership: n(t.with_partnership),
    partnersInPlace: inPlace,
    partnersNotRecorded: n(t.not_recorded),
    partnersRecordedAbsent: n(t.recorded_absent),
    partnersCeased: n(t.ceased),
    partnerCoverage: ratio(inPlace, expected) ?? 0,
    knownPartnerCoverage: ratio(inPlace, known),
    statutoryPartnerCoverage: ratio(n(t.statutory_in_place), n(t.statutory_expected)) ?? 0,
    coLocationRatio: ratio(coLocated, inPlace),
    partnerStaffOfUnknownType: n(t.unattributed_staff),
    agreementCoverage: ratio(n(t.with_agreement), n(t.with_partnership)),
    ratios,
  };
}

function rated(
  kind: CoverageRatioKind,
  numerator: number,
  denominator: number,
  knownCount: number,
  computedOver: string,
): CoverageRatio {
  return { kind, value: ratio(numerator, denominator), numerator, denominator, knownCount, computedOver };
}

/** part / whole rounded to 4 places; null when the whole is 0. */
function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : round(part / whole);
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
