import { HubContext } from '../../graphql/context';
import { CriterionCoverageService } from '../coverage/criterion-coverage.service';
import { SelfAssessment, SelfAssessmentScore } from './self-assessment.entity';
import { disagreementOf } from './self-assessment.rules';
import { SelfScoreDisagreement, StatementComparison } from './self-assessment.types';

/**
 * Every statement of a self-assessment beside the coverage view's row for it (the assessor's latest rating and
 * countable evidence on `asOf`). Batched per request: the self-assessments of all YOTs asked share one
 * coverage computation and one score statement.
 */
export function compareStatements(ctx: HubContext, sa: SelfAssessment, asOf: string): Promise<StatementComparison[]> {
  return ctx.loaders
    .custom<SelfAssessment, StatementComparison[]>(`self-assessment-comparison:${asOf}`, async (all) => {
      const yotIds = [...new Set(all.map((s) => s.yotId))];
      const coverage = await CriterionCoverageService.forYots(ctx, yotIds, asOf);
      const scores = await ctx.loaders.manyBy(SelfAssessmentScore, 'selfAssessmentId').loadMany(all.map((s) => s.id));
      return all.map((s, i) => {
        const rows = coverage[yotIds.indexOf(s.yotId)];
        const mine = scores[i] instanceof Error ? [] : scores[i];
        return rows.map((c) => {
          const score = mine.find((m) => m.criterionId === c.criterionId);
          return {
            criterionId: c.criterionId,
            selfScore: score?.score ?? null,
            selfNote: score?.note ?? null,
            selfEvidenceIds: score?.evidenceIds ?? [],
            assessorScore: c.score,
            assessorBand: c.band,
            scoreDifference: score && c.score != null ? score.score - c.score : null,
            evidenceCount: c.evidenceCount,
            acceptedEvidenceCount: c.acceptedEvidenceCount,
            triangulated: c.triangulated,
            disagreement: score
              ? SelfScoreDisagreement[disagreementOf(score.score, c.acceptedEvidenceCount)]
              : SelfScoreDisagreement.NONE,
          };
        });
      });
    })
    .load(sa);
}
