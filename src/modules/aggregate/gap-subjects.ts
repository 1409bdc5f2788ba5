import { HubContext } from '../../graphql/context';
import { Agency } from '../agency/agency.entity';
import { AgencyType } from '../agency/agency.enums';
import { CriterionRating } from '../assessment/criterion-rating.entity';
import { Gap } from '../coverage/gaps.types';
import { Criterion } from '../framework/criterion.entity';
import { ExpectedPartner } from '../framework/expected-partner.entity';
import { Partnership } from '../partnership/partnership.entity';

/** What a gap is about, for grouping: its criterion and its agency type, each null when it concerns none. */
export interface GapSubject {
  criterionCode: string | null;
  agencyType: AgencyType | null;
}

/**
 * The criterion and agency type of each gap, read from the node it concerns through the per-request loaders
 * (a statement per node type, whatever the number of gaps): a criterion or rating gives the criterion; an
 * expected partner, partnership or agency gives the agency type.
 */
export async function gapSubjects(ctx: HubContext, gaps: readonly Gap[]): Promise<Map<Gap, GapSubject>> {
  const keysOf = (type: string) => [...new Set(gaps.filter((g) => g.typeName === type).map((g) => g.key))];
  const [ratings, expected, partnerships] = await Promise.all([
    ctx.loaders.byId(CriterionRating).loadMany(keysOf('CriterionRating')),
    ctx.loaders.byId(ExpectedPartner).loadMany(keysOf('ExpectedPartner')),
    ctx.loaders.byId(Partnership).loadMany(keysOf('Partnership')),
  ]);
  const found = <T extends { id: number }>(rows: readonly (T | Error | null | undefined)[]) =>
    new Map(rows.filter((r): r is T => !!r && !(r instanceof Error)).map((r) => [r.id, r]));
  const ratingById = found(ratings);
  const partnershipById = found(partnerships);
  const criterionIds = [...new Set([...keysOf('Criterion'), ...[...ratingById.values()].map((r) => r.criterionId)])];
  const agencyIds = [...new Set([...keysOf('Agency'), ...[...partnershipById.values()].map((p) => p.agencyId)])];
  const [criteria, agencies] = await Promise.all([
    ctx.loaders.byId(Criterion).loadMany(criterionIds),
    ctx.loaders.byId(Agency).loadMany(agencyIds),
  ]);
  const criterionById = found(criteria);
  const agencyById = found(agencies);
  const expectedById = found(expected);
  const subjects = new Map<Gap, GapSubject>();
  for (const g of gaps) {
    const criterionId =
      g.typeName === 'Criterion'
        ? g.key
        : g.typeName === 'CriterionRating'
          ? ratingById.get(g.key)?.criterionId
          : undefined;
    const agencyId =
      g.typeName === 'Agency' ? g.key : g.typeName === 'Partnership' ? partnershipById.get(g.key)?.agencyId : undefined;
    subjects.set(g, {
      criterionCode: criterionId == null ? null : (criterionById.get(criterionId)?.code ?? null),
      agencyType:
        g.typeName === 'ExpectedPartner'
          ? (expectedById.get(g.key)?.agencyType ?? null)
          : agencyId == null
            ? null
            : (agencyById.get(agencyId)?.type ?? null),
    });
  }
  return subjects;
}
