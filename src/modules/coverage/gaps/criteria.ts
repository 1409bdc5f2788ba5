import { In } from 'typeorm';
import { dialectOf, runSql, RawInteger } from '../../../db/dialect';
import { HubContext } from '../../../graphql/context';
import { AGENCY_TYPE_IN_WORDS } from '../../agency/agency.enums';
import { RatingBand } from '../../assessment/assessment.enums';
import { invalidCitation, showsOutcomes } from '../../assessment/assessment.gates';
import { CriterionRating } from '../../assessment/criterion-rating.entity';
import { RatingEvidence } from '../../assessment/rating-evidence.entity';
import { Evidence } from '../../evidence/evidence.entity';
import { Criterion } from '../../framework/criterion.entity';
import { CriterionCoverageService } from '../criterion-coverage.service';
import { GapKind } from '../gaps.types';
import { Add, GapFinder, Scope } from './finder';

/** Criteria without countable evidence, or resting on one agency type. */
async function criterionGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const criteria = await ctx.db
    .getRepository(Criterion)
    .find({ where: { frameworkId: scope.framework }, order: { position: 'ASC' } });
  const codeOf = new Map(criteria.map((c) => [c.id, c.code]));
  const coverage = await CriterionCoverageService.forYots(ctx, scope.yots, scope.asOf);
  scope.yots.forEach((yot, i) => {
    for (const c of coverage[i]) {
      if (c.evidenceCount === 0)
        add(
          yot,
          GapKind.CRITERION_WITHOUT_EVIDENCE,
          'Criterion',
          c.criterionId,
          `${codeOf.get(c.criterionId)} has no countable evidence.`,
        );
      else if (c.contributingAgencyTypes.length < 2) {
        const from = c.contributingAgencyTypes.length
          ? `evidence involving only ${AGENCY_TYPE_IN_WORDS[c.contributingAgencyTypes[0]]}`
          : 'evidence from the YOT alone';
        add(
          yot,
          GapKind.CRITERION_SINGLE_AGENCY,
          'Criterion',
          c.criterionId,
          `${codeOf.get(c.criterionId)} rests on ${from}; partner evidence from a second agency type would triangulate it.`,
        );
      }
    }
  });
}

/** Ratings of each YOT's latest assessment no longer supported by what they cite (published ratings are facts, not re-judged). */
async function ratingGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const dialect = dialectOf(ctx.db);
  const latest = await runSql<{ id: RawInteger; yot_id: RawInteger }>(
    ctx.db,
    `SELECT MAX(a.id) AS id, a."yotId" AS yot_id FROM assessment a WHERE ${dialect.inList('a."yotId"', 'ids')} GROUP BY a."yotId"`,
    scope,
  );
  if (latest.length === 0) return;
  const yotOf = new Map(latest.map((l) => [Number(l.id), Number(l.yot_id)]));
  const codeOf = new Map(
    (await ctx.db.getRepository(Criterion).find({ where: { frameworkId: scope.framework } })).map((c) => [
      c.id,
      c.code,
    ]),
  );
  const ratings = (
    await ctx.db
      .getRepository(CriterionRating)
      .find({ where: { assessmentId: In([...yotOf.keys()]) }, order: { id: 'ASC' } })
  ).filter((r) => r.sourceDocumentId == null);
  const cited = ratings.length
    ? await ctx.db.getRepository(RatingEvidence).findBy({ ratingId: In(ratings.map((r) => r.id)) })
    : [];
  const evidence = cited.length
    ? await ctx.db.getRepository(Evidence).findBy({ id: In([...new Set(cited.map((c) => c.evidenceId))]) })
    : [];
  const evidenceById = new Map(evidence.map((e) => [e.id, e]));
  for (const r of ratings) {
    const mine = cited.filter((c) => c.ratingId === r.id).map((c) => evidenceById.get(c.evidenceId)!);
    const invalid = mine.map((e) => invalidCitation(e, scope.asOf)).find(Boolean);
    const unsupported =
      r.band === RatingBand.WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES &&
      !mine.some((e) => showsOutcomes(e, scope.asOf));
    if (invalid || unsupported) {
      const why = invalid ?? 'no longer cites accepted outcome data or a case study';
      add(
        yotOf.get(r.assessmentId)!,
        GapKind.RATING_ABOVE_EVIDENCE,
        'CriterionRating',
        r.id,
        `The ${codeOf.get(r.criterionId)} rating (${r.band}) ${why}.`,
      );
    }
  }
}

export const criterionFinders: GapFinder[] = [
  { kinds: [GapKind.CRITERION_WITHOUT_EVIDENCE, GapKind.CRITERION_SINGLE_AGENCY], find: criterionGaps },
  { kinds: [GapKind.RATING_ABOVE_EVIDENCE], find: ratingGaps },
];
