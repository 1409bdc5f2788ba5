import { runSql } from '../../db/dialect';
import { HubContext } from '../../graphql/context';
import { AgencyType } from '../agency/agency.enums';
import { RatingBand } from '../assessment/assessment.enums';
import { DEFAULT_FRAMEWORK_CODE, FrameworkService } from '../framework/framework.service';
import { YotService } from '../yot/yot.service';
import { COUNTABLE, EVIDENCE_TYPES, LINKS } from './coverage.sql';
import { ContributionCell, CriterionCoverage } from './criterion-coverage.types';

/** The assessor's views of one YOT: every criterion with its evidence, and the agency-type × criterion matrix. */
export class CriterionCoverageService {
  /** One row per criterion of the current framework, in order (three statements in all). */
  static async forYot(ctx: HubContext, yotCode: string, asOf: string): Promise<CriterionCoverage[]> {
    const params = await scopeParams(ctx, yotCode, asOf);
    const counts = await runSql<{ id: number; evidence: number; accepted: number; latest: string | null }>(
      ctx.db,
      `WITH scope AS (SELECT CAST(:yot AS INTEGER) AS id), countable AS (${COUNTABLE}), links AS (${LINKS})
       SELECT cr.id, COUNT(DISTINCT c.id) AS evidence,
              COUNT(DISTINCT CASE WHEN c.review = 'ACCEPTED' THEN c.id END) AS accepted,
              MAX(c.occurred_on) AS latest
       FROM criterion cr LEFT JOIN links l ON l.criterion_id = cr.id LEFT JOIN countable c ON c.id = l.evidence_id
       WHERE cr."frameworkId" = :framework
       GROUP BY cr.id, cr.position ORDER BY cr.position`,
      params,
    );
    const types = await runSql<{ criterion_id: number; type: AgencyType; accepted: number }>(
      ctx.db,
      `WITH scope AS (SELECT CAST(:yot AS INTEGER) AS id), countable AS (${COUNTABLE}), evidence_types AS (${EVIDENCE_TYPES}), links AS (${LINKS})
       SELECT l.criterion_id, t.type, MAX(CASE WHEN t.review = 'ACCEPTED' THEN 1 ELSE 0 END) AS accepted
       FROM evidence_types t JOIN links l ON l.evidence_id = t.evidence_id
       GROUP BY l.criterion_id, t.type ORDER BY t.type`,
      params,
    );
    const ratings = await runSql<{ criterion_id: number; score: number | null; band: RatingBand }>(
      ctx.db,
      `SELECT r."criterionId" AS criterion_id, r.score, r.band FROM criterion_rating r
       WHERE r."assessmentId" = (SELECT MAX(a.id) FROM assessment a WHERE a."yotId" = :yot)`,
      params,
    );
    return counts.map((row) => {
      const id = Number(row.id);
      const contributing = types.filter((t) => Number(t.criterion_id) === id);
      const rating = ratings.find((r) => Number(r.criterion_id) === id);
      const evidence = Number(row.evidence);
      return {
        criterionId: id,
        evidenceCount: evidence,
        acceptedEvidenceCount: Number(row.accepted),
        contributingAgencyTypes: contributing.map((t) => t.type),
        triangulated: contributing.filter((t) => Number(t.accepted) === 1).length >= 2,
        latestEvidenceOn: row.latest ?? null,
        score: rating?.score ?? null,
        band: rating?.band ?? null,
        gap: evidence === 0 || contributing.length < 2,
      };
    });
  }

  /** Non-empty cells of the agency-type × criterion matrix (one statement). */
  static async matrix(ctx: HubContext, yotCode: string, asOf: string): Promise<ContributionCell[]> {
    const params = await scopeParams(ctx, yotCode, asOf);
    const rows = await runSql<{ criterion_id: number; type: AgencyType; evidence: number; accepted: number }>(
      ctx.db,
      `WITH scope AS (SELECT CAST(:yot AS INTEGER) AS id), countable AS (${COUNTABLE}), evidence_types AS (${EVIDENCE_TYPES}), links AS (${LINKS})
       SELECT l.criterion_id, t.type, COUNT(DISTINCT t.evidence_id) AS evidence,
              COUNT(DISTINCT CASE WHEN t.review = 'ACCEPTED' THEN t.evidence_id END) AS accepted
       FROM evidence_types t JOIN links l ON l.evidence_id = t.evidence_id JOIN criterion cr ON cr.id = l.criterion_id
       GROUP BY l.criterion_id, cr.position, t.type ORDER BY t.type, cr.position`,
      params,
    );
    return rows.map((r) => ({ criterionId: Number(r.criterion_id), agencyType: r.type, evidenceCount: Number(r.evidence), acceptedEvidenceCount: Number(r.accepted) }));
  }
}

async function scopeParams(ctx: HubContext, yotCode: string, asOf: string) {
  const yot = await YotService.idForCode(ctx, yotCode.trim().toUpperCase());
  const framework = await FrameworkService.find(ctx, DEFAULT_FRAMEWORK_CODE);
  return { yot, framework: framework.id, asOf };
}
