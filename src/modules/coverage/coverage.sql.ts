import {
  activePartnershipSql,
  agreementInForceSql,
  awardStateSql,
  ceasedPartnershipSql,
  countableEvidenceSql,
  runningOnSql,
  staffInPlaceSql,
} from '../../domain/rules';
import { PARTNER_STAFF_ARRANGEMENTS, rolePracticeTypeSql } from '../partnership/staff-practice';

/*
 * The SQL behind the coverage views, shared by the per-YOT, per-region and per-criterion queries.
 * Every name is quoted so the same text runs on SQLite and PostgreSQL. Parameters: `:asOf` (YYYY-MM-DD),
 * `:framework` (framework id), and whatever the `yots` scope needs. Every date rule comes from
 * src/domain/rules, where its TypeScript twin lives.
 */

const PARTNER_STAFF = PARTNER_STAFF_ARRANGEMENTS.map((a) => `'${a}'`).join(', ');

/**
 * Evidence that counts on `:asOf` (the countable-evidence rule), read YOT by YOT through the evidence's YOT index
 * (CROSS JOIN fixes that order on SQLite, which otherwise ORs two indexes over the whole table for the rule).
 */
export const COUNTABLE = `
  SELECT e.id, e."yotId" AS yot_id, e."reviewState" AS review, e."providedById" AS provider, e."occurredOn" AS occurred_on
  FROM scope s CROSS JOIN evidence e
  WHERE e."yotId" = s.id AND ${countableEvidenceSql('e')}`;

/**
 * (evidence, agency type) pairs: the type of the providing agency and of every agency involved. CROSS JOIN keeps
 * SQLite reading from the countable evidence (one YOT's, when one YOT is asked for) instead of every agency's
 * involvements; PostgreSQL plans it as the inner join it is.
 */
export const EVIDENCE_TYPES = `
  SELECT c.id AS evidence_id, c.yot_id, c.review, a.type FROM countable c JOIN agency a ON a.id = c.provider
  UNION
  SELECT c.id, c.yot_id, c.review, a.type FROM countable c
    CROSS JOIN evidence_agency ea JOIN agency a ON a.id = ea."agencyId"
  WHERE ea."evidenceId" = c.id`;

/**
 * Links from countable evidence to the framework's criteria, read from the countable evidence's side (the link
 * index by evidence), so coverage of one YOT reads that YOT's links rather than every link of the framework.
 */
export const LINKS = `
  SELECT l."evidenceId" AS evidence_id, l."criterionId" AS criterion_id FROM countable c
    CROSS JOIN evidence_link l
  WHERE l."evidenceId" = c.id AND l."criterionId" IN (SELECT id FROM criterion WHERE "frameworkId" = :framework)`;

/**
 * What is known about each (YOT, expected agency type) on `:asOf`, in order of precedence:
 * IN_PLACE (an active partnership, or staff practising in the type, or a host-provided service with nothing
 * recorded against it), RECORDED_ABSENT (the YOT says it has none), CEASED (the only partnerships recorded
 * are with bodies that have ceased), NOT_RECORDED (nothing known either way).
 */
const STATE = `CASE
    WHEN COALESCE(ac.partnerships, 0) > 0 OR COALESCE(pl.any_staff, 0) > 0 THEN 'IN_PLACE'
    WHEN COALESCE(ab.n, 0) > 0 THEN 'RECORDED_ABSENT'
    WHEN x.host_provided = 1 AND h.yot_id IS NOT NULL THEN 'IN_PLACE'
    WHEN COALESCE(ce.n, 0) > 0 THEN 'CEASED'
    ELSE 'NOT_RECORDED' END`;

/** Why the state is what it is (the first source of knowledge that applies). */
const BASIS = `CASE
    WHEN COALESCE(ac.partnerships, 0) > 0 THEN 'PARTNERSHIP'
    WHEN COALESCE(pl.any_staff, 0) > COALESCE(pl.own, 0) THEN 'PLACED_STAFF'
    WHEN COALESCE(pl.own, 0) > 0 THEN 'OWN_STAFF'
    WHEN COALESCE(ab.n, 0) > 0 THEN 'RECORDED_ABSENCE'
    WHEN x.host_provided = 1 AND h.yot_id IS NOT NULL THEN 'HOST_AUTHORITY'
    WHEN COALESCE(ce.n, 0) > 0 THEN 'CEASED_BODY'
    ELSE NULL END`;

/**
 * One row per (YOT in scope, expected agency type) with every partnership fact the dashboards show, then the
 * per-YOT totals. `scope` must be defined by the caller as a CTE selecting YOT ids.
 */
export const FACTS = `
  expected AS (
    SELECT "agencyType" AS type, CASE WHEN statutory THEN 1 ELSE 0 END AS statutory, CASE WHEN "hostProvided" THEN 1 ELSE 0 END AS host_provided
    FROM expected_partner WHERE "frameworkId" = :framework),
  ${rolePracticeTypeSql()},
  hosted AS (SELECT DISTINCT h."yotId" AS yot_id FROM yot_host_authority h WHERE h."yotId" IN (SELECT id FROM scope)),
  active AS (
    SELECT p."yotId" AS yot_id, a.type, COUNT(*) AS partnerships,
           MAX(CASE WHEN p."boardMember" THEN 1 WHEN NOT p."boardMember" THEN 0 END) AS board
    FROM partnership p JOIN agency a ON a.id = p."agencyId"
    WHERE p."yotId" IN (SELECT id FROM scope) AND ${activePartnershipSql('p', 'a')}
    GROUP BY p."yotId", a.type),
  ceased AS (
    SELECT p."yotId" AS yot_id, a.type, COUNT(*) AS n
    FROM partnership p JOIN agency a ON a.id = p."agencyId"
    WHERE p."yotId" IN (SELECT id FROM scope) AND ${ceasedPartnershipSql('p', 'a')}
    GROUP BY p."yotId", a.type),
  staff AS (
    SELECT s."yotId" AS yot_id, COALESCE(a.type, rt.type) AS type, s.arrangement, s.fte,
           CASE WHEN p.id IS NULL AND s.arrangement <> 'YOT_EMPLOYED' THEN 1 ELSE 0 END AS unnamed,
           CASE WHEN s.arrangement = 'YOT_EMPLOYED' THEN 1 ELSE 0 END AS own
    FROM staff_placement s
      LEFT JOIN partnership p ON p.id = s."partnershipId" LEFT JOIN agency a ON a.id = p."agencyId"
      LEFT JOIN role_type rt ON rt.role = s.role
    WHERE s."yotId" IN (SELECT id FROM scope) AND ${staffInPlaceSql('s', 'a')}),
  placed AS (
    SELECT yot_id, type,
           SUM(CASE WHEN arrangement IN (${PARTNER_STAFF}) THEN COALESCE(fte, 0) ELSE 0 END) AS fte,
           SUM(CASE WHEN arrangement IN (${PARTNER_STAFF}) THEN 1 ELSE 0 END) AS staff,
           COUNT(*) AS any_staff, SUM(unnamed) AS unnamed, SUM(own) AS own
    FROM staff WHERE type IS NOT NULL GROUP BY yot_id, type),
  unattributed AS (
    SELECT yot_id, COUNT(*) AS n FROM staff WHERE type IS NULL AND arrangement IN (${PARTNER_STAFF}) GROUP BY yot_id),
  absent AS (
    SELECT x."yotId" AS yot_id, x."agencyType" AS type, COUNT(*) AS n FROM partner_absence x
    WHERE x."yotId" IN (SELECT id FROM scope) AND ${runningOnSql('x')}
    GROUP BY x."yotId", x."agencyType"),
  agreed AS (
    SELECT i."yotId" AS yot_id, a.type, COUNT(DISTINCT i.id) AS agreements
    FROM information_sharing_agreement i
      JOIN agreement_party ap ON ap."agreementId" = i.id JOIN agency a ON a.id = ap."agencyId"
    WHERE i."yotId" IN (SELECT id FROM scope) AND ${agreementInForceSql('i')}
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
    SELECT s.id AS yot_id, x.type, x.statutory, x.host_provided,
           ${STATE} AS state, ${BASIS} AS basis,
           COALESCE(ac.partnerships, 0) AS partnerships, ac.board, COALESCE(ce.n, 0) AS ceased,
           COALESCE(pl.fte, 0) AS fte, COALESCE(pl.staff, 0) AS staff, COALESCE(pl.any_staff, 0) AS any_staff, COALESCE(pl.unnamed, 0) AS unnamed,
           COALESCE(ag.agreements, 0) AS agreements,
           COALESCE(ev.evidence, 0) AS evidence, COALESCE(ev.accepted, 0) AS accepted, COALESCE(tc.criteria, 0) AS criteria
    FROM scope s CROSS JOIN expected x
      LEFT JOIN hosted h ON h.yot_id = s.id
      LEFT JOIN active ac ON ac.yot_id = s.id AND ac.type = x.type
      LEFT JOIN ceased ce ON ce.yot_id = s.id AND ce.type = x.type
      LEFT JOIN placed pl ON pl.yot_id = s.id AND pl.type = x.type
      LEFT JOIN absent ab ON ab.yot_id = s.id AND ab.type = x.type
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
      SELECT a."yotId" AS yot_id, a.id AS assessment_id, a."validUntil" AS valid_until, a."decidedOnPrecision" AS award_precision, a.award_state,
             ROW_NUMBER() OVER (PARTITION BY a."yotId"
               ORDER BY CASE a.award_state WHEN 'CURRENT' THEN 0 WHEN 'UNKNOWN' THEN 1 ELSE 2 END, a."decidedOn" DESC NULLS LAST, a.id DESC) AS rn
      FROM (SELECT x.*, ${awardStateSql('x')} AS award_state FROM assessment x WHERE x."yotId" IN (SELECT id FROM scope)) a
      WHERE a.award_state IS NOT NULL) r
    WHERE rn = 1),
  totals AS (
    SELECT f.yot_id,
           COUNT(*) AS expected,
           SUM(f.statutory) AS statutory_expected,
           SUM(CASE WHEN f.partnerships > 0 THEN 1 ELSE 0 END) AS with_partnership,
           SUM(CASE WHEN f.state = 'IN_PLACE' THEN 1 ELSE 0 END) AS in_place,
           SUM(CASE WHEN f.state = 'NOT_RECORDED' THEN 1 ELSE 0 END) AS not_recorded,
           SUM(CASE WHEN f.state = 'RECORDED_ABSENT' THEN 1 ELSE 0 END) AS recorded_absent,
           SUM(CASE WHEN f.state = 'CEASED' THEN 1 ELSE 0 END) AS ceased,
           SUM(CASE WHEN f.state = 'IN_PLACE' AND f.statutory = 1 THEN 1 ELSE 0 END) AS statutory_in_place,
           SUM(CASE WHEN f.state <> 'NOT_RECORDED' AND f.statutory = 1 THEN 1 ELSE 0 END) AS statutory_known,
           SUM(CASE WHEN f.state = 'IN_PLACE' AND f.staff > 0 THEN 1 ELSE 0 END) AS with_placed_staff,
           SUM(CASE WHEN f.partnerships > 0 AND f.agreements > 0 THEN 1 ELSE 0 END) AS with_agreement
    FROM facts f GROUP BY f.yot_id)`;

/** Per-YOT totals over `facts`, with the criteria counts, unattributed partner staff and the award joined in. */
export const TOTALS_SELECT = `
  SELECT t.*, ce.n AS criteria_evidenced, ma.n AS multi_agency, COALESCE(un.n, 0) AS unattributed_staff,
         (SELECT COUNT(*) FROM criterion WHERE "frameworkId" = :framework) AS criteria_total,
         aw.assessment_id, aw.valid_until, aw.award_state, aw.award_precision
  FROM totals t
    LEFT JOIN criteria_evidenced ce ON ce.yot_id = t.yot_id
    LEFT JOIN multi_agency ma ON ma.yot_id = t.yot_id
    LEFT JOIN unattributed un ON un.yot_id = t.yot_id
    LEFT JOIN awards aw ON aw.yot_id = t.yot_id`;
