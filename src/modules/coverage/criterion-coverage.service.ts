import { dialectOf, runSql, RawInteger } from '../../db/dialect';
import { ViewCache } from '../../graphql/view-cache';
import { HubContext } from '../../graphql/context';
import { AgencyType } from '../agency/agency.enums';
import { RatingBand } from '../assessment/assessment.enums';
import { DEFAULT_FRAMEWORK_CODE, FrameworkService } from '../framework/framework.service';
import { YotService } from '../yot/yot.service';
import { COUNTABLE, EVIDENCE_TYPES, LINKS } from './coverage.sql';
import { ContributionCell, CriterionCoverage } from './criterion-coverage.types';
import { getOrInsert, keyBy } from '../../collections';
import { ComputedView, storedPerYot } from './coverage-store';
import { normaliseYotCode } from '../yot/yot-code';

/**
 * Each YOT's criterion coverage on a date, recomputed after any write (see graphql/view-cache.ts), from the
 * criterion store where the write did not touch the YOT (coverage-store.ts).
 */
export const CRITERION_COVERAGE = new ViewCache<CriterionCoverage[]>();

/** The assessor's views of one YOT: every criterion with its evidence, and the agency-type × criterion matrix. */
export class CriterionCoverageService {
  /** One row per criterion of the current framework, in order (three statements in all). */
  static async forYot(ctx: HubContext, yotCode: string, asOf: string): Promise<CriterionCoverage[]> {
    const yot = await YotService.idForCode(ctx, normaliseYotCode(yotCode));
    return (await CriterionCoverageService.forYots(ctx, [yot], asOf))[0];
  }

  /**
   * The same rows for each YOT in `yotIds` (in that order), for the national criteria heatmap: three statements
   * whatever the number of YOTs, kept in the view cache until the next write and in `criterion_rollup` until a
   * write touches the YOT, so a cold heatmap after a write computes only the YOTs it touched.
   */
  static async forYots(ctx: HubContext, yotIds: readonly number[], asOf: string): Promise<CriterionCoverage[][]> {
    if (yotIds.length === 0) return [];
    const framework = await FrameworkService.find(ctx, DEFAULT_FRAMEWORK_CODE);
    return CRITERION_COVERAGE.getForYots(ctx, { frameworkId: framework.id, asOf }, yotIds, async (missing) => {
      const found = await storedPerYot(ctx, 'criterion_rollup', framework.id, missing, asOf, (stale) =>
        compute(ctx, framework.id, stale, asOf),
      );
      return missing.map((id) => found.get(id)!);
    });
  }

  /** Non-empty cells of the agency-type × criterion matrix (one statement). */
  static async matrix(ctx: HubContext, yotCode: string, asOf: string): Promise<ContributionCell[]> {
    const params = await scopeParams(ctx, yotCode, asOf);
    const rows = await runSql<{
      criterion_id: RawInteger;
      type: AgencyType;
      evidence: RawInteger;
      accepted: RawInteger;
    }>(
      ctx.db,
      `WITH scope AS (SELECT CAST(:yot AS INTEGER) AS id), countable AS (${COUNTABLE}), evidence_types AS (${EVIDENCE_TYPES}), links AS (${LINKS})
       SELECT l.criterion_id, t.type, COUNT(DISTINCT t.evidence_id) AS evidence,
              COUNT(DISTINCT CASE WHEN t.review = 'ACCEPTED' THEN t.evidence_id END) AS accepted
       FROM evidence_types t JOIN links l ON l.evidence_id = t.evidence_id JOIN criterion cr ON cr.id = l.criterion_id
       GROUP BY l.criterion_id, cr.position, t.type ORDER BY t.type, cr.position`,
      params,
    );
    return rows.map((r) => ({
      criterionId: Number(r.criterion_id),
      agencyType: r.type,
      evidenceCount: Number(r.evidence),
      acceptedEvidenceCount: Number(r.accepted),
    }));
  }
}

async function scopeParams(ctx: HubContext, yotCode: string, asOf: string) {
  const yot = await YotService.idForCode(ctx, normaliseYotCode(yotCode));
  const framework = await FrameworkService.find(ctx, DEFAULT_FRAMEWORK_CODE);
  return { yot, framework: framework.id, asOf };
}

/**
 * Criterion coverage of `yotIds` from the database (three statements), in the order of `yotIds`. The first
 * statement also reads each YOT's and the global `yot_generation` counts: no later than any of the data, so a write
 * committed between the statements leaves the result stale in the store rather than wrongly valid.
 */
async function compute(
  ctx: HubContext,
  frameworkId: number,
  yotIds: readonly number[],
  asOf: string,
): Promise<ComputedView<CriterionCoverage[]>[]> {
  const dialect = dialectOf(ctx.db);
  const params = { asOf, framework: frameworkId, ids: dialect.listParam(yotIds) };
  const scope = `scope AS (SELECT id FROM yot WHERE ${dialect.inList('id', 'ids')})`;
  const counts = await runSql<{
    yot_id: RawInteger;
    id: RawInteger;
    evidence: RawInteger;
    accepted: RawInteger;
    latest: string | null;
    generation: RawInteger;
    epoch: RawInteger;
  }>(
    ctx.db,
    `WITH ${scope}, countable AS (${COUNTABLE}), links AS ${dialect.keyedCte} (${LINKS}),
     per_cell AS (
       SELECT c.yot_id, l.criterion_id, COUNT(DISTINCT c.id) AS evidence,
              COUNT(DISTINCT CASE WHEN c.review = 'ACCEPTED' THEN c.id END) AS accepted, MAX(c.occurred_on) AS latest
       FROM countable c JOIN links l ON l.evidence_id = c.id GROUP BY c.yot_id, l.criterion_id)
     SELECT s.id AS yot_id, cr.id, COALESCE(p.evidence, 0) AS evidence, COALESCE(p.accepted, 0) AS accepted, p.latest,
            COALESCE(g.generation, 0) AS generation, COALESCE(e.generation, 0) AS epoch
     FROM scope s CROSS JOIN criterion cr LEFT JOIN per_cell p ON p.yot_id = s.id AND p.criterion_id = cr.id
       LEFT JOIN yot_generation g ON g."yotId" = s.id LEFT JOIN yot_generation e ON e."yotId" = 0
     WHERE cr."frameworkId" = :framework
     ORDER BY s.id, cr.position`,
    params,
  );
  const types = await runSql<{ yot_id: RawInteger; criterion_id: RawInteger; type: AgencyType; accepted: RawInteger }>(
    ctx.db,
    `WITH ${scope}, countable AS (${COUNTABLE}), evidence_types AS (${EVIDENCE_TYPES}), links AS ${dialect.keyedCte} (${LINKS})
     SELECT t.yot_id, l.criterion_id, t.type, MAX(CASE WHEN t.review = 'ACCEPTED' THEN 1 ELSE 0 END) AS accepted
     FROM evidence_types t JOIN links l ON l.evidence_id = t.evidence_id
     GROUP BY t.yot_id, l.criterion_id, t.type ORDER BY t.type`,
    params,
  );
  // The ratings of each YOT's latest assessment (whatever its status: an assessment in progress shows its draft).
  const ratings = await runSql<{
    yot_id: RawInteger;
    criterion_id: RawInteger;
    score: number | null;
    band: RatingBand;
  }>(
    ctx.db,
    `SELECT a."yotId" AS yot_id, r."criterionId" AS criterion_id, r.score, r.band
     FROM criterion_rating r JOIN assessment a ON a.id = r."assessmentId"
     WHERE r."assessmentId" IN (SELECT MAX(x.id) FROM assessment x WHERE ${dialect.inList('x."yotId"', 'ids')} GROUP BY x."yotId")`,
    params,
  );
  const cell = (yotId: number, criterionId: number) => `${yotId}|${criterionId}`;
  const contributingTo = new Map<string, { type: AgencyType; accepted: boolean }[]>();
  for (const t of types) {
    const key = cell(Number(t.yot_id), Number(t.criterion_id));
    getOrInsert(contributingTo, key, () => []).push({ type: t.type, accepted: Number(t.accepted) === 1 });
  }
  const ratingOf = keyBy(ratings, (r) => cell(Number(r.yot_id), Number(r.criterion_id)));
  // No criterion rows, no counts read: -1 is never valid, so such a YOT is not served from the store.
  const byYot = new Map<number, ComputedView<CriterionCoverage[]>>(
    yotIds.map((yotId) => [yotId, { yotId, value: [], generation: -1, epoch: -1 }]),
  );
  for (const row of counts) {
    const yotId = Number(row.yot_id);
    const computed = byYot.get(yotId)!;
    computed.generation = Number(row.generation);
    computed.epoch = Number(row.epoch);
    const key = cell(yotId, Number(row.id));
    const contributing = contributingTo.get(key) ?? [];
    const rating = ratingOf.get(key);
    const evidence = Number(row.evidence);
    computed.value.push({
      criterionId: Number(row.id),
      yotId,
      asOf,
      evidenceCount: evidence,
      acceptedEvidenceCount: Number(row.accepted),
      contributingAgencyTypes: contributing.map((t) => t.type),
      triangulated: contributing.filter((t) => t.accepted).length >= 2,
      latestEvidenceOn: row.latest ?? null,
      score: rating?.score ?? null,
      band: rating?.band ?? null,
      gap: evidence === 0 || contributing.length < 2,
    });
  }
  return yotIds.map((id) => byYot.get(id)!);
}
