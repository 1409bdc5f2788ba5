/*
 * The SQL behind the coverage views, shared by the per-YOT, per-region and per-criterion queries.
 * Every name is quoted so the same text runs on SQLite and PostgreSQL. Parameters: `:asOf` (YYYY-MM-DD),
 * `:framework` (framework id), and whatever the `yots` scope needs.
 */

/** Evidence that counts on `:asOf`: current (not withdrawn), not rejected, not expired, already produced. */
export const COUNTABLE = `
  SELECT e.id, e."yotId" AS yot_id, e."reviewState" AS review, e."providedById" AS provider, e."occurredOn" AS occurred_on
  FROM evidence e
  WHERE e."yotId" IN (SELECT id FROM scope)
    AND e.status = 'CURRENT' AND e."reviewState" <> 'REJECTED'
    AND COALESCE(e."expiresOn", :asOf) >= :asOf
    AND COALESCE(e."occurredOn", :asOf) <= :asOf`;

/** (evidence, agency type) pairs: the type of the providing agency and of every agency involved. */
export const EVIDENCE_TYPES = `
  SELECT c.id AS evidence_id, c.yot_id, c.review, a.type FROM countable c JOIN agency a ON a.id = c.provider
  UNION
  SELECT c.id, c.yot_id, c.review, a.type FROM countable c
    JOIN evidence_agency ea ON ea."evidenceId" = c.id JOIN agency a ON a.id = ea."agencyId"`;

/** Links from countable evidence to the framework's criteria. */
export const LINKS = `
  SELECT l."evidenceId" AS evidence_id, l."criterionId" AS criterion_id FROM evidence_link l
  WHERE l."criterionId" IN (SELECT id FROM criterion WHERE "frameworkId" = :framework)
    AND l."evidenceId" IN (SELECT id FROM countable)`;

/**
 * One row per (YOT in scope, expected agency type) with every partnership fact the dashboards show.
 * `scope` must be defined by the caller as a CTE selecting YOT ids.
 */
export const FACTS = `
  expected AS (SELECT "agencyType" AS type, CASE WHEN statutory THEN 1 ELSE 0 END AS statutory FROM expected_partner WHERE "frameworkId" = :framework),
  active AS (
    SELECT p."yotId" AS yot_id, a.type, COUNT(*) AS partnerships,
           MAX(CASE WHEN p."boardMember" THEN 1 WHEN NOT p."boardMember" THEN 0 END) AS board
    FROM partnership p JOIN agency a ON a.id = p."agencyId"
    WHERE p."yotId" IN (SELECT id FROM scope)
      AND (p."startedOn" IS NULL OR p."startedOn" <= :asOf) AND (p."endedOn" IS NULL OR p."endedOn" >= :asOf)
    GROUP BY p."yotId", a.type),
  placed AS (
    SELECT s."yotId" AS yot_id, a.type, SUM(COALESCE(s.fte, 0)) AS fte, COUNT(*) AS staff
    FROM staff_placement s JOIN partnership p ON p.id = s."partnershipId" JOIN agency a ON a.id = p."agencyId"
    WHERE s."yotId" IN (SELECT id FROM scope) AND s.arrangement IN ('SECONDED', 'CO_LOCATED')
      AND (s."startedOn" IS NULL OR s."startedOn" <= :asOf) AND (s."endedOn" IS NULL OR s."endedOn" >= :asOf)
    GROUP BY s."yotId", a.type),
  agreed AS (
    SELECT i."yotId" AS yot_id, a.type, COUNT(DISTINCT i.id) AS agreements
    FROM information_sharing_agreement i
      JOIN agreement_party ap ON ap."agreementId" = i.id JOIN agency a ON a.id = ap."agencyId"
    WHERE i."yotId" IN (SELECT id FROM scope) AND i.status IN ('ACTIVE', 'UNDER_REVIEW')
      AND (i."signedOn" IS NULL OR i."signedOn" <= :asOf) AND (i."reviewDue" IS NULL OR i."reviewDue" >= :asOf)
    GROUP BY i."yotId", a.type),
  countable AS MATERIALIZED (${COUNTABLE}),
  evidence_types AS MATERIALIZED (${EVIDENCE_TYPES}),
  links AS MATERIALIZED (${LINKS}),
  type_criteria AS MATERIALIZED (
    SELECT DISTINCT t.yot_id, t.type, l.criterion_id FROM evidence_types t JOIN links l ON l.evidence_id = t.evidence_id),
  evidenced AS (
    SELECT t.yot_id, t.type, COUNT(*) AS evidence, SUM(CASE WHEN t.review = 'ACCEPTED' THEN 1 ELSE 0 END) AS accepted
    FROM evidence_types t GROUP BY t.yot_id, t.type),
  type_criteria_counts AS (SELECT yot_id, type, COUNT(*) AS criteria FROM type_criteria GROUP BY yot_id, type),
  facts AS (
    SELECT s.id AS yot_id, x.type, x.statutory,
           COALESCE(ac.partnerships, 0) AS partnerships, ac.board,
           COALESCE(pl.fte, 0) AS fte, COALESCE(pl.staff, 0) AS staff,
           COALESCE(ag.agreements, 0) AS agreements,
           COALESCE(ev.evidence, 0) AS evidence, COALESCE(ev.accepted, 0) AS accepted, COALESCE(tc.criteria, 0) AS criteria
    FROM scope s CROSS JOIN expected x
      LEFT JOIN active ac ON ac.yot_id = s.id AND ac.type = x.type
      LEFT JOIN placed pl ON pl.yot_id = s.id AND pl.type = x.type
      LEFT JOIN agreed ag ON ag.yot_id = s.id AND ag.type = x.type
      LEFT JOIN evidenced ev ON ev.yot_id = s.id AND ev.type = x.type
      LEFT JOIN type_criteria_counts tc ON tc.yot_id = s.id AND tc.type = x.type),
  criteria_evidenced AS (
    SELECT c.yot_id, COUNT(DISTINCT l.criterion_id) AS n FROM countable c JOIN links l ON l.evidence_id = c.id GROUP BY c.yot_id),
  multi_agency AS (
    SELECT yot_id, COUNT(*) AS n FROM (
      SELECT yot_id, criterion_id FROM type_criteria GROUP BY yot_id, criterion_id HAVING COUNT(*) >= 2) m
    GROUP BY yot_id),
  awards AS (
    SELECT * FROM (
      SELECT a."yotId" AS yot_id, a.id AS assessment_id, a."validUntil" AS valid_until,
             ROW_NUMBER() OVER (PARTITION BY a."yotId" ORDER BY a."decidedOn" DESC NULLS LAST, a.id DESC) AS rn
      FROM assessment a
      WHERE a."yotId" IN (SELECT id FROM scope) AND a.status = 'AWARDED' AND (a."decidedOn" IS NULL OR a."decidedOn" <= :asOf)) r
    WHERE rn = 1),
  totals AS (
    SELECT f.yot_id,
           COUNT(*) AS expected,
           SUM(f.statutory) AS statutory_expected,
           SUM(CASE WHEN f.partnerships > 0 THEN 1 ELSE 0 END) AS with_partnership,
           SUM(CASE WHEN f.partnerships > 0 AND f.statutory = 1 THEN 1 ELSE 0 END) AS statutory_with_partnership,
           SUM(CASE WHEN f.partnerships > 0 AND f.staff > 0 THEN 1 ELSE 0 END) AS with_placed_staff,
           SUM(CASE WHEN f.partnerships > 0 AND f.agreements > 0 THEN 1 ELSE 0 END) AS with_agreement
    FROM facts f GROUP BY f.yot_id)`;

/** Per-YOT totals over `facts`, with the criteria counts and the latest award joined in. */
export const TOTALS_SELECT = `
  SELECT t.*, ce.n AS criteria_evidenced, ma.n AS multi_agency,
         (SELECT COUNT(*) FROM criterion WHERE "frameworkId" = :framework) AS criteria_total,
         aw.assessment_id, aw.valid_until
  FROM totals t
    LEFT JOIN criteria_evidenced ce ON ce.yot_id = t.yot_id
    LEFT JOIN multi_agency ma ON ma.yot_id = t.yot_id
    LEFT JOIN awards aw ON aw.yot_id = t.yot_id`;
