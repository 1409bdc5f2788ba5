import { In } from 'typeorm';
import { dialectOf, runSql } from '../../db/dialect';
import { activePartnershipSql, agreementInForceSql, ceasedPartnershipSql, IN_FORCE_STATUSES } from '../../domain/rules';
import { HubContext } from '../../graphql/context';
import { loadExisting } from '../../graphql/loaders';
import { addMonths } from '../../graphql/scalars';
import { AGENCY_TYPE_IN_WORDS, AgencyType } from '../agency/agency.enums';
import { Agency } from '../agency/agency.entity';
import { Assessment } from '../assessment/assessment.entity';
import { AwardLevel, DatePrecision, RatingBand } from '../assessment/assessment.enums';
import { invalidCitation, showsOutcomes } from '../assessment/assessment.gates';
import { CriterionRating } from '../assessment/criterion-rating.entity';
import { RatingEvidence } from '../assessment/rating-evidence.entity';
import { Evidence } from '../evidence/evidence.entity';
import { Criterion } from '../framework/criterion.entity';
import { DEFAULT_FRAMEWORK_CODE, FrameworkService } from '../framework/framework.service';
import { StatutoryTeamService } from '../yot/statutory-team.service';
import { STATUTORY_TEAM } from '../yot/statutory-team';
import { YotService } from '../yot/yot.service';
import { COUNTABLE, FACTS } from './coverage.sql';
import { CoverageService, REVERIFICATION_WARNING_MONTHS } from './coverage.service';
import { AwardState, PartnerState } from './coverage.types';
import { CriterionCoverageService } from './criterion-coverage.service';
import { Gap, GapKind } from './gaps.types';
import { boardAttendance, missedMost } from '../board/board-attendance.service';
import { normaliseYotCode } from '../yot/yot-code';

/** Evidence expiring within this many days is flagged. */
export const EXPIRY_WARNING_DAYS = 90;

/** What each finder needs: the YOTs, the framework and the date, as SQL parameters (`ids` for the YOT list). */
type Scope = {
  yots: readonly number[];
  ids: unknown;
  framework: number;
  asOf: string;
};

type Add = (yot: number, kind: GapKind, typeName: string, key: number, message: string) => void;

/** The findings for one YOT on `asOf`, in the order of GapKind; a fixed number of statements. */
export async function findGaps(ctx: HubContext, yotCode: string, asOf: string): Promise<Gap[]> {
  const yot = await YotService.idForCode(ctx, normaliseYotCode(yotCode));
  return (await findGapsForYots(ctx, [yot], asOf)).get(yot)!;
}

/**
 * The findings for each YOT in `yotIds` on `asOf` (only of `kinds`, when given), each YOT's in the order of
 * GapKind. A fixed number of statements however many YOTs: every finder works on the whole list at once.
 */
export async function findGapsForYots(ctx: HubContext, yotIds: readonly number[], asOf: string, kinds?: ReadonlySet<GapKind>): Promise<Map<number, Gap[]>> {
  const byYot = new Map<number, Gap[]>(yotIds.map((id) => [id, []]));
  if (yotIds.length === 0) return byYot;
  const framework = await FrameworkService.find(ctx, DEFAULT_FRAMEWORK_CODE);
  const scope: Scope = { yots: yotIds, ids: dialectOf(ctx.db).listParam(yotIds), framework: framework.id, asOf };
  const add: Add = (yot, kind, typeName, key, message) => {
    if (!kinds || kinds.has(kind)) byYot.get(Number(yot))!.push({ yotId: Number(yot), kind, typeName, key: Number(key), message });
  };
  const wants = (...found: GapKind[]) => !kinds || found.some((k) => kinds.has(k));
  if (wants(GapKind.MISSING_STATUTORY_PARTNER, GapKind.MISSING_EXPECTED_PARTNER, GapKind.PARTNER_NOT_RECORDED)) await partnerGaps(ctx, scope, add);
  if (wants(GapKind.PARTNER_CEASED)) await ceasedPartnerGaps(ctx, scope, add);
  if (wants(GapKind.STATUTORY_TEAM_ROLE_NOT_RECORDED)) await teamGaps(ctx, scope, add);
  if (wants(GapKind.AGREEMENT_REVIEW_OVERDUE, GapKind.NO_AGREEMENT_WITH_PARTNER)) await agreementGaps(ctx, scope, add);
  if (wants(GapKind.CRITERION_WITHOUT_EVIDENCE, GapKind.CRITERION_SINGLE_AGENCY)) await criterionGaps(ctx, scope, add);
  if (wants(GapKind.EVIDENCE_EXPIRING, GapKind.EVIDENCE_AWAITING_REVIEW)) await evidenceGaps(ctx, scope, add);
  if (wants(GapKind.RATING_ABOVE_EVIDENCE)) await ratingGaps(ctx, scope, add);
  if (wants(GapKind.AWARD_EXPIRING, GapKind.AWARD_EXPIRED, GapKind.REDESIGNATION_OVERDUE, GapKind.AWARD_DATE_UNKNOWN)) await awardGaps(ctx, scope, add);
  if (wants(GapKind.ACTION_OVERDUE)) await actionGaps(ctx, scope, add);
  if (wants(GapKind.BOARD_ATTENDANCE_LOW)) await boardGaps(ctx, scope, add);
  const order = Object.values(GapKind);
  for (const gaps of byYot.values()) gaps.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return byYot;
}

/** `scope` as a CTE of YOT ids, for the shared coverage SQL. */
function scopeCte(ctx: HubContext): string {
  return `scope AS (SELECT id FROM yot WHERE ${dialectOf(ctx.db).inList('id', 'ids')})`;
}

/** Expected types recorded absent (missing) and types nothing is recorded about (unknown), kept apart. */
async function partnerGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const partners = await runSql<{ yot_id: number; type: AgencyType; statutory: number; state: PartnerState; expected_id: number }>(
    ctx.db,
    `WITH ${scopeCte(ctx)}, ${FACTS}
     SELECT f.yot_id, f.type, f.statutory, f.state, ep.id AS expected_id FROM facts f
     JOIN expected_partner ep ON ep."agencyType" = f.type AND ep."frameworkId" = :framework ORDER BY f.yot_id, ep.id`,
    scope,
  );
  for (const p of partners) {
    const statutory = Number(p.statutory) === 1;
    const what = `${AGENCY_TYPE_IN_WORDS[p.type]}${statutory ? ', a statutory YOT partner' : ''}`;
    if (p.state === PartnerState.RECORDED_ABSENT) {
      add(p.yot_id, statutory ? GapKind.MISSING_STATUTORY_PARTNER : GapKind.MISSING_EXPECTED_PARTNER, 'ExpectedPartner', p.expected_id, `The YOT has recorded that it has no partnership with ${what}.`);
    } else if (p.state === PartnerState.NOT_RECORDED) {
      add(p.yot_id, GapKind.PARTNER_NOT_RECORDED, 'ExpectedPartner', p.expected_id, `Nothing is recorded about ${what}: no partnership, no staff and no recorded absence.`);
    }
  }
}

/** Partnerships whose body has ceased, unless a partnership with its successor is active. */
async function ceasedPartnerGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const rows = await runSql<{ yot_id: number; id: number; name: string; ceased_on: string; successor: string | null }>(
    ctx.db,
    `SELECT p."yotId" AS yot_id, p.id, a.name, a."ceasedOn" AS ceased_on, su.name AS successor
     FROM partnership p JOIN agency a ON a.id = p."agencyId" LEFT JOIN agency su ON su.id = a."successorId"
     WHERE ${dialectOf(ctx.db).inList('p."yotId"', 'ids')} AND ${ceasedPartnershipSql('p', 'a')}
       AND NOT EXISTS (
         SELECT 1 FROM partnership q JOIN agency s ON s.id = q."agencyId"
         WHERE q."yotId" = p."yotId" AND s.id = a."successorId" AND ${activePartnershipSql('q', 's')})
     ORDER BY a.name, p.id`,
    scope,
  );
  for (const r of rows) {
    const successor = r.successor ? `its successor ${r.successor} is recorded, but no partnership with it` : 'its successor is not recorded';
    add(r.yot_id, GapKind.PARTNER_CEASED, 'Partnership', r.id, `${r.name} ceased on ${r.ceased_on}; ${successor}.`);
  }
}

/** Members of the s.39(5) minimum team with no staff of a counting role in the team. */
async function teamGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const checks = await StatutoryTeamService.forYots(ctx, scope.yots, scope.asOf);
  scope.yots.forEach((yot, i) => {
    for (const check of checks[i].filter((c) => !c.recorded)) {
      const words = STATUTORY_TEAM.find((m) => m.member === check.member)!.inWords;
      const why = check.basis ? ` ${check.basis}` : '';
      add(yot, GapKind.STATUTORY_TEAM_ROLE_NOT_RECORDED, 'Yot', yot, `No ${words.replace(/^an? /, '')} is recorded in the team; the Crime and Disorder Act 1998 s.39(5) requires one.${why}`);
    }
  });
}

/** Agreements past their review date, and active expected partners with no agreement in force. */
async function agreementGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const dialect = dialectOf(ctx.db);
  const statuses = dialect.listParam([...IN_FORCE_STATUSES]);
  const overdue = await runSql<{ yot_id: number; id: number; title: string; review_due: string }>(
    ctx.db,
    `SELECT i."yotId" AS yot_id, i.id, i.title, i."reviewDue" AS review_due FROM information_sharing_agreement i
     WHERE ${dialect.inList('i."yotId"', 'ids')} AND ${dialect.inList('i.status', 'statuses')} AND i."reviewDue" < :asOf
     ORDER BY i."reviewDue", i.id`,
    { ...scope, statuses },
  );
  for (const a of overdue) add(a.yot_id, GapKind.AGREEMENT_REVIEW_OVERDUE, 'InformationSharingAgreement', a.id, `"${a.title}" was due for review on ${a.review_due}.`);
  const unshared = await runSql<{ yot_id: number; id: number; name: string }>(
    ctx.db,
    `SELECT p."yotId" AS yot_id, p.id, a.name FROM partnership p JOIN agency a ON a.id = p."agencyId"
     WHERE ${dialect.inList('p."yotId"', 'ids')} AND ${activePartnershipSql('p', 'a')}
       AND a.type IN (SELECT "agencyType" FROM expected_partner WHERE "frameworkId" = :framework)
       AND NOT EXISTS (
         SELECT 1 FROM information_sharing_agreement i JOIN agreement_party ap ON ap."agreementId" = i.id
         WHERE i."yotId" = p."yotId" AND ap."agencyId" = p."agencyId" AND ${agreementInForceSql('i')})
     ORDER BY a.name, p.id`,
    scope,
  );
  for (const p of unshared) add(p.yot_id, GapKind.NO_AGREEMENT_WITH_PARTNER, 'Partnership', p.id, `${p.name} is not party to a current information-sharing agreement.`);
}

/** Criteria without countable evidence, or resting on one agency type. */
async function criterionGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const criteria = await ctx.db.getRepository(Criterion).find({ where: { frameworkId: scope.framework }, order: { position: 'ASC' } });
  const codeOf = new Map(criteria.map((c) => [c.id, c.code]));
  const coverage = await CriterionCoverageService.forYots(ctx, scope.yots, scope.asOf);
  scope.yots.forEach((yot, i) => {
    for (const c of coverage[i]) {
      if (c.evidenceCount === 0) add(yot, GapKind.CRITERION_WITHOUT_EVIDENCE, 'Criterion', c.criterionId, `${codeOf.get(c.criterionId)} has no countable evidence.`);
      else if (c.contributingAgencyTypes.length < 2) {
        const from = c.contributingAgencyTypes.length ? `evidence involving only ${AGENCY_TYPE_IN_WORDS[c.contributingAgencyTypes[0]]}` : 'evidence from the YOT alone';
        add(yot, GapKind.CRITERION_SINGLE_AGENCY, 'Criterion', c.criterionId, `${codeOf.get(c.criterionId)} rests on ${from}; partner evidence from a second agency type would triangulate it.`);
      }
    }
  });
}

/** Countable evidence about to expire or awaiting review (only those rows are read). */
async function evidenceGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const expiringBy = addDays(scope.asOf, EXPIRY_WARNING_DAYS);
  const items = await runSql<{ id: number; yot_id: number; title: string; expires_on: string | null; review: string }>(
    ctx.db,
    `WITH ${scopeCte(ctx)}, countable AS (${COUNTABLE})
     SELECT e.id, e."yotId" AS yot_id, e.title, e."expiresOn" AS expires_on, e."reviewState" AS review
     FROM evidence e WHERE e.id IN (SELECT id FROM countable) AND (e."expiresOn" <= :expiringBy OR e."reviewState" = 'SUBMITTED')
     ORDER BY e.id`,
    { ...scope, expiringBy },
  );
  for (const e of items.filter((e) => e.expires_on && e.expires_on <= expiringBy)) add(e.yot_id, GapKind.EVIDENCE_EXPIRING, 'Evidence', e.id, `"${e.title}" expires on ${e.expires_on}.`);
  for (const e of items.filter((e) => e.review === 'SUBMITTED')) add(e.yot_id, GapKind.EVIDENCE_AWAITING_REVIEW, 'Evidence', e.id, `"${e.title}" is awaiting an assessor's review.`);
}

/** Ratings of each YOT's latest assessment no longer supported by what they cite (published ratings are facts, not re-judged). */
async function ratingGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const dialect = dialectOf(ctx.db);
  const latest = await runSql<{ id: number; yot_id: number }>(
    ctx.db,
    `SELECT MAX(a.id) AS id, a."yotId" AS yot_id FROM assessment a WHERE ${dialect.inList('a."yotId"', 'ids')} GROUP BY a."yotId"`,
    scope,
  );
  if (latest.length === 0) return;
  const yotOf = new Map(latest.map((l) => [Number(l.id), Number(l.yot_id)]));
  const codeOf = new Map((await ctx.db.getRepository(Criterion).find({ where: { frameworkId: scope.framework } })).map((c) => [c.id, c.code]));
  const ratings = (await ctx.db.getRepository(CriterionRating).find({ where: { assessmentId: In([...yotOf.keys()]) }, order: { id: 'ASC' } })).filter((r) => r.sourceDocumentId == null);
  const cited = ratings.length ? await ctx.db.getRepository(RatingEvidence).findBy({ ratingId: In(ratings.map((r) => r.id)) }) : [];
  const evidence = cited.length ? await ctx.db.getRepository(Evidence).findBy({ id: In([...new Set(cited.map((c) => c.evidenceId))]) }) : [];
  const evidenceById = new Map(evidence.map((e) => [e.id, e]));
  for (const r of ratings) {
    const mine = cited.filter((c) => c.ratingId === r.id).map((c) => evidenceById.get(c.evidenceId)!);
    const invalid = mine.map((e) => invalidCitation(e, scope.asOf)).find(Boolean);
    const unsupported = r.band === RatingBand.WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES && !mine.some((e) => showsOutcomes(e, scope.asOf));
    if (invalid || unsupported) {
      const why = invalid ?? 'no longer cites accepted outcome data or a case study';
      add(yotOf.get(r.assessmentId)!, GapKind.RATING_ABOVE_EVIDENCE, 'CriterionRating', r.id, `The ${codeOf.get(r.criterionId)} rating (${r.band}) ${why}.`);
    }
  }
}

/** The award each coverage view reports: expiring, expired (and redesignation overdue), or of unknown date. */
async function awardGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const coverage = await CoverageService.forYots(ctx, scope.yots, scope.asOf);
  const statuses = coverage.map((c, i) => ({ yot: scope.yots[i], status: c.award })).filter((s) => s.status);
  if (statuses.length === 0) return;
  const awards = await loadExisting(ctx.loaders.byId(Assessment), statuses.map((s) => s.status!.assessmentId));
  const awardById = new Map(awards.map((a) => [a.id, a]));
  const redesignations = await ctx.db.getRepository(Assessment).findBy({ yotId: In(statuses.map((s) => s.yot)), kind: 'REDESIGNATION' as never });
  for (const { yot, status } of statuses) {
    const award = awardById.get(status!.assessmentId)!;
    const level = LEVEL_IN_WORDS[award.level];
    const until = status!.validUntil ? dateInWords(status!.validUntil, status!.validUntilPrecision) : null;
    if (status!.state === AwardState.UNKNOWN) {
      const why = award.decidedOn == null
        ? 'has no recorded decision date, so whether it is current is unknown'
        : `is dated to the month only and ${scope.asOf} falls in its decision or expiry month, so whether it is current on that date is unknown`;
      add(yot, GapKind.AWARD_DATE_UNKNOWN, 'Assessment', award.id, `The ${level} award ${why}; record the date from its award letter.`);
    } else if (status!.state === AwardState.EXPIRED) {
      add(yot, GapKind.AWARD_EXPIRED, 'Assessment', award.id, `The ${level} award expired ${until}; it needs re-verification.`);
      if (!redesignationAfter(award, redesignations)) add(yot, GapKind.REDESIGNATION_OVERDUE, 'Assessment', award.id, `No redesignation of the ${level} award is recorded, though its three years ended ${until}.`);
    } else if (status!.validUntil && status!.validUntil <= addMonths(scope.asOf, REVERIFICATION_WARNING_MONTHS)) {
      add(yot, GapKind.AWARD_EXPIRING, 'Assessment', award.id, `The ${level} award expires ${until}; start re-verification.`);
    }
  }
}

/** True when a redesignation of `award` (or of its YOT, started or decided after it) is among `redesignations`. */
function redesignationAfter(award: Assessment, redesignations: Assessment[]): boolean {
  return redesignations.some(
    (r) => r.yotId === award.yotId && r.id !== award.id && (r.baselineAssessmentId === award.id || r.decidedOn == null || award.decidedOn == null || r.decidedOn > award.decidedOn),
  );
}

const LEVEL_IN_WORDS: Record<AwardLevel, string> = { QUALITY_MARK: 'Quality Mark', QUALITY_LEAD: 'Quality Lead' };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "on 2024-09-01", or "at the end of September 2022" for a month-precision end date. */
function dateInWords(iso: string, precision: DatePrecision): string {
  return precision === DatePrecision.MONTH ? `at the end of ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}` : `on ${iso}`;
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Action-plan items still to be done after their due day, oldest due first. */
async function actionGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const rows = await runSql<{ id: number; yot_id: number; title: string; due_on: string; owner: string }>(
    ctx.db,
    `SELECT i.id, i."yotId" AS yot_id, i.title, i."dueOn" AS due_on, a.name AS owner FROM action_plan_item i JOIN agency a ON a.id = i."ownerAgencyId"
     WHERE ${dialectOf(ctx.db).inList('i."yotId"', 'ids')} AND i.status IN ('OPEN', 'IN_PROGRESS') AND i."dueOn" < :asOf ORDER BY i."dueOn", i.id`,
    scope,
  );
  for (const r of rows) add(r.yot_id, GapKind.ACTION_OVERDUE, 'ActionPlanItem', r.id, `"${r.title}" (${r.owner}) was due on ${r.due_on} and is not done.`);
}

/** Statutory partners that missed most board meetings in the year up to `asOf` (KPI 7). */
async function boardGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const from = addDays(addMonths(scope.asOf, -12), 1);
  const byYot = await boardAttendance(ctx, scope.yots, from, scope.asOf);
  const rows = [...byYot.entries()].flatMap(([yot, found]) => found.filter(missedMost).map((r) => ({ yot, ...r })));
  const names = await ctx.loaders.byId(Agency).loadMany(rows.map((r) => r.agencyId));
  rows.forEach((r, i) => {
    const name = (names[i] as Agency | null)?.name ?? AGENCY_TYPE_IN_WORDS[r.agencyType];
    add(r.yot, GapKind.BOARD_ATTENDANCE_LOW, 'Agency', r.agencyId, `${name} attended ${r.meetingsAttended} of ${r.meetingsHeld} management board meetings between ${from} and ${scope.asOf}.`);
  });
}
