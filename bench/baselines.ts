/*
 * Hand-written SQL baselines: each computes the same answer as a benchmarked GraphQL operation with the fewest
 * statements we could write, through the same driver and connection. They are the physical limit the API's
 * figures are divided by. Where the API's answer is itself SQL (the coverage CTEs), the baseline reuses that
 * SQL text in a single statement, so the ratio measures what the API adds: extra statements, GraphQL, mapping.
 */
import { EntityManager } from 'typeorm';
import { dialectOf, runSql } from '../src/db/dialect';
import { FACTS, TOTALS_SELECT } from '../src/modules/coverage/coverage.sql';

/** A baseline row as the driver returns it. */
export type Row = Record<string, unknown>;

/** W1: the first `first` YOTs by name with every partner fact and the totals, plus the YOT count: one statement. */
export function coverageBaseline(db: EntityManager, framework: number, asOf: string, first: number): Promise<Row[]> {
  return runSql<Row>(
    db,
    `WITH scope AS (SELECT id FROM yot ORDER BY name, id LIMIT ${first}), ${FACTS}, per_yot AS (${TOTALS_SELECT})
     SELECT y.code, y.name, y.region, f.*, t.expected, t.with_partnership, t.statutory_expected, t.statutory_in_place,
            t.with_placed_staff, t.with_agreement, t.criteria_evidenced, t.multi_agency, t.criteria_total, t.valid_until,
            (SELECT COUNT(*) FROM yot) AS total_count
     FROM facts f JOIN per_yot t ON t.yot_id = f.yot_id JOIN yot y ON y.id = f.yot_id
     ORDER BY y.name, y.id, f.type`,
    { framework, asOf },
  );
}

/** W1: totals by region, one statement. */
export function regionBaseline(db: EntityManager, framework: number, asOf: string, dueBy: string): Promise<Row[]> {
  return runSql<Row>(
    db,
    `WITH scope AS (SELECT id FROM yot), ${FACTS}, per_yot AS (${TOTALS_SELECT})
     SELECT y.region, COUNT(*) AS yots, SUM(t.expected) AS expected, SUM(t.with_partnership) AS with_partnership,
            SUM(t.statutory_expected) AS statutory_expected, SUM(t.statutory_in_place) AS statutory_in_place,
            SUM(t.with_placed_staff) AS with_placed_staff, SUM(t.with_agreement) AS with_agreement,
            AVG(COALESCE(t.criteria_evidenced, 0) * 1.0) AS avg_criteria, AVG(COALESCE(t.multi_agency, 0) * 1.0) AS avg_multi,
            SUM(CASE WHEN t.award_state = 'CURRENT' THEN 1 ELSE 0 END) AS current_awards,
            SUM(CASE WHEN t.valid_until IS NOT NULL AND t.valid_until <= :dueBy THEN 1 ELSE 0 END) AS due
     FROM per_yot t JOIN yot y ON y.id = t.yot_id GROUP BY y.region ORDER BY y.region`,
    { framework, asOf, dueBy },
  );
}

/**
 * W2: per criterion of one YOT, the counts, contributing agency types and latest rating (one statement), and the
 * first 20 evidence items of each criterion with provider, partnership and agreements (one statement).
 */
export async function assessorTrailBaseline(
  db: EntityManager,
  framework: number,
  yot: number,
  asOf: string,
): Promise<{ criteria: Row[]; trail: Row[] }> {
  const concat =
    dialectOf(db).name === 'postgres' ? `string_agg(DISTINCT t.type, ',')` : `group_concat(DISTINCT t.type)`;
  const criteria = await runSql<Row>(
    db,
    `WITH countable AS (
       SELECT e.id, e."reviewState" AS review, e."providedById" AS provider, e."occurredOn" AS occurred_on FROM evidence e
       WHERE e."yotId" = :yot AND e.status = 'CURRENT' AND e."reviewState" <> 'REJECTED'
         AND (e."expiresOn" IS NULL OR e."expiresOn" >= :asOf) AND (e."occurredOn" IS NULL OR e."occurredOn" <= :asOf)),
     typed AS (
       SELECT c.id, c.review, a.type FROM countable c JOIN agency a ON a.id = c.provider
       UNION SELECT c.id, c.review, a.type FROM countable c JOIN evidence_agency ea ON ea."evidenceId" = c.id JOIN agency a ON a.id = ea."agencyId"),
     linked AS (SELECT l."criterionId" AS criterion_id, c.* FROM evidence_link l JOIN countable c ON c.id = l."evidenceId")
     SELECT cr.id, cr.code,
            (SELECT COUNT(*) FROM linked k WHERE k.criterion_id = cr.id) AS evidence,
            (SELECT COUNT(*) FROM linked k WHERE k.criterion_id = cr.id AND k.review = 'ACCEPTED') AS accepted,
            (SELECT MAX(k.occurred_on) FROM linked k WHERE k.criterion_id = cr.id) AS latest,
            (SELECT ${concat} FROM typed t JOIN evidence_link l ON l."evidenceId" = t.id WHERE l."criterionId" = cr.id) AS types,
            r.score, r.band
     FROM criterion cr
       LEFT JOIN criterion_rating r ON r."criterionId" = cr.id AND r."assessmentId" = (SELECT MAX(a.id) FROM assessment a WHERE a."yotId" = :yot)
     WHERE cr."frameworkId" = :framework ORDER BY cr.position`,
    { yot, framework, asOf },
  );
  const trail = await runSql<Row>(
    db,
    `WITH ranked AS (
       SELECT l."criterionId" AS criterion_id, e.id, e.title, e.kind, e."occurredOn", e."reviewState", e."providedById", e."yotId",
              ROW_NUMBER() OVER (PARTITION BY l."criterionId" ORDER BY e."occurredOn" DESC NULLS LAST, e.id DESC) AS rn,
              COUNT(*) OVER (PARTITION BY l."criterionId") AS total
       FROM evidence_link l JOIN evidence e ON e.id = l."evidenceId"
       WHERE e."yotId" = :yot AND l."criterionId" IN (SELECT id FROM criterion WHERE "frameworkId" = :framework))
     SELECT r.*, a.name AS provider, a.type AS provider_type, p.status AS partnership_status, p."startedOn", p.statutory,
            i.title AS agreement, i.status AS agreement_status, i."reviewDue"
     FROM ranked r
       LEFT JOIN agency a ON a.id = r."providedById"
       LEFT JOIN partnership p ON p."yotId" = r."yotId" AND p."agencyId" = r."providedById"
       LEFT JOIN agreement_party ap ON ap."agencyId" = r."providedById"
       LEFT JOIN information_sharing_agreement i ON i.id = ap."agreementId" AND i."yotId" = r."yotId"
     WHERE r.rn <= 20 ORDER BY r.criterion_id, r.rn`,
    { yot, framework },
  );
  return { criteria, trail };
}

export interface EvidenceSearch {
  agencyTypes: string[];
  occurredFrom: string;
  occurredTo: string;
  search: string;
}

/**
 * W3: one page (20 rows and one to see whether there is a next) of the filtered evidence, newest first; the
 * keyset bound comes first so SQLite seeks the date index to it.
 */
export function evidenceSearchBaseline(
  db: EntityManager,
  f: EvidenceSearch,
  after: { occurredOn: string; id: number } | null,
): Promise<Row[]> {
  const dialect = dialectOf(db);
  return runSql<Row>(
    db,
    `SELECT e.id, e.title, e.kind, e."occurredOn", e."reviewState", a.name, a.type
     FROM evidence e LEFT JOIN agency a ON a.id = e."providedById"
     WHERE ${after ? `e."occurredOn" <= :afterOn AND (e."occurredOn" < :afterOn OR (e."occurredOn" = :afterOn AND e.id < :afterId)) AND` : ''}
       (EXISTS (SELECT 1 FROM agency pa WHERE pa.id = e."providedById" AND ${dialect.inList('pa.type', 'types')})
            OR EXISTS (SELECT 1 FROM evidence_agency ea JOIN agency ia ON ia.id = ea."agencyId" WHERE ea."evidenceId" = e.id AND ${dialect.inList('ia.type', 'types')}))
       AND e."occurredOn" >= :from AND e."occurredOn" <= :to
       AND (${dialect.containsInsensitive('e.title', 'q')} OR ${dialect.containsInsensitive('e.summary', 'q')})
     ORDER BY e."occurredOn" DESC, e.id DESC LIMIT 21`,
    {
      types: dialect.listParam(f.agencyTypes),
      from: f.occurredFrom,
      to: f.occurredTo,
      q: `%${f.search}%`,
      afterOn: after?.occurredOn,
      afterId: after?.id,
    },
  );
}

/** W4: outcomes by region × measure over a range of quarters, one GROUP BY. */
export function outcomeSummaryBaseline(db: EntityManager, periodFrom: string, periodTo: string): Promise<Row[]> {
  return runSql<Row>(
    db,
    `SELECT y.region, o.measure, COUNT(*) AS cohort, SUM(CASE WHEN o.met THEN 1 ELSE 0 END) AS met
     FROM child_outcome o JOIN child c ON c.id = o."childId" JOIN yot y ON y.id = c."yotId"
     WHERE o.period >= :periodFrom AND o.period <= :periodTo
     GROUP BY y.region, o.measure ORDER BY y.region, o.measure`,
    { periodFrom, periodTo },
  );
}

/** W5: the same outcome rows written with one INSERT in one transaction. */
export async function recordOutcomesBaseline(
  db: EntityManager,
  rows: { childId: number; measure: string; met: boolean; period: string }[],
): Promise<void> {
  const postgres = dialectOf(db).name === 'postgres';
  await db.transaction(async (tx) => {
    const values: unknown[] = [];
    const tuples = rows.map((r) => {
      values.push(r.childId, r.measure, postgres ? r.met : r.met ? 1 : 0, r.period);
      const n = values.length;
      return postgres ? `($${n - 3}, $${n - 2}, $${n - 1}, $${n})` : '(?, ?, ?, ?)';
    });
    await tx.query(`INSERT INTO child_outcome ("childId", measure, met, period) VALUES ${tuples.join(', ')}`, values);
  });
}
