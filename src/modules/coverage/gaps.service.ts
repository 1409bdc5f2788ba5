import { In } from 'typeorm';
import { dialectOf, runSql } from '../../db/dialect';
import { activePartnershipSql, agreementInForceSql, ceasedPartnershipSql, IN_FORCE_STATUSES } from '../../domain/rules';
import { HubContext } from '../../graphql/context';
import { addMonths } from '../../graphql/scalars';
import { AGENCY_TYPE_IN_WORDS, AgencyType } from '../agency/agency.enums';
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

/** Evidence expiring within this many days is flagged. */
export const EXPIRY_WARNING_DAYS = 90;

/** What each finder needs: the YOT, the framework and the date, as SQL parameters. */
type Scope = {
  yot: number;
  code: string;
  framework: number;
  asOf: string;
};

type Add = (kind: GapKind, typeName: string, key: number, message: string) => void;

/** The findings for one YOT on `asOf`, in the order of GapKind; a fixed number of statements. */
export async function findGaps(ctx: HubContext, yotCode: string, asOf: string): Promise<Gap[]> {
  const code = yotCode.trim().toUpperCase();
  const yot = await YotService.idForCode(ctx, code);
  const framework = await FrameworkService.find(ctx, DEFAULT_FRAMEWORK_CODE);
  const scope: Scope = { yot, code, framework: framework.id, asOf };
  const gaps: Gap[] = [];
  const add: Add = (kind, typeName, key, message) => gaps.push({ kind, typeName, key: Number(key), message });
  await partnerGaps(ctx, scope, add);
  await ceasedPartnerGaps(ctx, scope, add);
  await teamGaps(ctx, scope, add);
  await agreementGaps(ctx, scope, add);
  await criterionGaps(ctx, scope, add);
  await evidenceGaps(ctx, scope, add);
  await ratingGaps(ctx, scope, add);
  await awardGaps(ctx, scope, add);
  const order = Object.values(GapKind);
  return gaps.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** Expected types recorded absent (missing) and types nothing is recorded about (unknown), kept apart. */
async function partnerGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const partners = await runSql<{ type: AgencyType; statutory: number; state: PartnerState; expected_id: number }>(
    ctx.db,
    `WITH scope AS (SELECT CAST(:yot AS INTEGER) AS id), ${FACTS}
     SELECT f.type, f.statutory, f.state, ep.id AS expected_id FROM facts f
     JOIN expected_partner ep ON ep."agencyType" = f.type AND ep."frameworkId" = :framework ORDER BY ep.id`,
    scope,
  );
  for (const p of partners) {
    const statutory = Number(p.statutory) === 1;
    const what = `${AGENCY_TYPE_IN_WORDS[p.type]}${statutory ? ', a statutory YOT partner' : ''}`;
    if (p.state === PartnerState.RECORDED_ABSENT) {
      add(statutory ? GapKind.MISSING_STATUTORY_PARTNER : GapKind.MISSING_EXPECTED_PARTNER, 'ExpectedPartner', p.expected_id, `The YOT has recorded that it has no partnership with ${what}.`);
    } else if (p.state === PartnerState.NOT_RECORDED) {
      add(GapKind.PARTNER_NOT_RECORDED, 'ExpectedPartner', p.expected_id, `Nothing is recorded about ${what}: no partnership, no staff and no recorded absence.`);
    }
  }
}

/** Partnerships whose body has ceased, unless a partnership with its successor is active. */
async function ceasedPartnerGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const rows = await runSql<{ id: number; name: string; ceased_on: string; successor: string | null }>(
    ctx.db,
    `SELECT p.id, a.name, a."ceasedOn" AS ceased_on, su.name AS successor
     FROM partnership p JOIN agency a ON a.id = p."agencyId" LEFT JOIN agency su ON su.id = a."successorId"
     WHERE p."yotId" = :yot AND ${ceasedPartnershipSql('p', 'a')}
       AND NOT EXISTS (
         SELECT 1 FROM partnership q JOIN agency s ON s.id = q."agencyId"
         WHERE q."yotId" = p."yotId" AND s.id = a."successorId" AND ${activePartnershipSql('q', 's')})
     ORDER BY a.name, p.id`,
    scope,
  );
  for (const r of rows) {
    const successor = r.successor ? `its successor ${r.successor} is recorded, but no partnership with it` : 'its successor is not recorded';
    add(GapKind.PARTNER_CEASED, 'Partnership', r.id, `${r.name} ceased on ${r.ceased_on}; ${successor}.`);
  }
}

/** Members of the s.39(5) minimum team with no staff of a counting role in the team. */
async function teamGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const [checks] = await StatutoryTeamService.forYots(ctx, [scope.yot], scope.asOf);
  for (const check of checks.filter((c) => !c.recorded)) {
    const words = STATUTORY_TEAM.find((m) => m.member === check.member)!.inWords;
    const why = check.basis ? ` ${check.basis}` : '';
    add(GapKind.STATUTORY_TEAM_ROLE_NOT_RECORDED, 'Yot', scope.yot, `No ${words.replace(/^an? /, '')} is recorded in the team; the Crime and Disorder Act 1998 s.39(5) requires one.${why}`);
  }
}

/** Agreements past their review date, and active expected partners with no agreement in force. */
async function agreementGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const statuses = dialectOf(ctx.db).listParam([...IN_FORCE_STATUSES]);
  const overdue = await runSql<{ id: number; title: string; review_due: string }>(
    ctx.db,
    `SELECT i.id, i.title, i."reviewDue" AS review_due FROM information_sharing_agreement i
     WHERE i."yotId" = :yot AND ${dialectOf(ctx.db).inList('i.status', 'statuses')} AND i."reviewDue" < :asOf
     ORDER BY i."reviewDue", i.id`,
    { ...scope, statuses },
  );
  for (const a of overdue) add(GapKind.AGREEMENT_REVIEW_OVERDUE, 'InformationSharingAgreement', a.id, `"${a.title}" was due for review on ${a.review_due}.`);
  const unshared = await runSql<{ id: number; name: string }>(
    ctx.db,
    `SELECT p.id, a.name FROM partnership p JOIN agency a ON a.id = p."agencyId"
     WHERE p."yotId" = :yot AND ${activePartnershipSql('p', 'a')}
       AND a.type IN (SELECT "agencyType" FROM expected_partner WHERE "frameworkId" = :framework)
       AND NOT EXISTS (
         SELECT 1 FROM information_sharing_agreement i JOIN agreement_party ap ON ap."agreementId" = i.id
         WHERE i."yotId" = p."yotId" AND ap."agencyId" = p."agencyId" AND ${agreementInForceSql('i')})
     ORDER BY a.name, p.id`,
    scope,
  );
  for (const p of unshared) add(GapKind.NO_AGREEMENT_WITH_PARTNER, 'Partnership', p.id, `${p.name} is not party to a current information-sharing agreement.`);
}

/** Criteria without countable evidence, or resting on one agency type. */
async function criterionGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const criteria = await ctx.db.getRepository(Criterion).find({ where: { frameworkId: scope.framework }, order: { position: 'ASC' } });
  const codeOf = new Map(criteria.map((c) => [c.id, c.code]));
  for (const c of await CriterionCoverageService.forYot(ctx, scope.code, scope.asOf)) {
    if (c.evidenceCount === 0) add(GapKind.CRITERION_WITHOUT_EVIDENCE, 'Criterion', c.criterionId, `${codeOf.get(c.criterionId)} has no countable evidence.`);
    else if (c.contributingAgencyTypes.length < 2) {
      const from = c.contributingAgencyTypes.length ? `evidence involving only ${AGENCY_TYPE_IN_WORDS[c.contributingAgencyTypes[0]]}` : 'evidence from the YOT alone';
      add(GapKind.CRITERION_SINGLE_AGENCY, 'Criterion', c.criterionId, `${codeOf.get(c.criterionId)} rests on ${from}; partner evidence from a second agency type would triangulate it.`);
    }
  }
}

/** Countable evidence about to expire or awaiting review. */
async function evidenceGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const expiringBy = addDays(scope.asOf, EXPIRY_WARNING_DAYS);
  const countable = await runSql<{ id: number }>(ctx.db, `WITH scope AS (SELECT CAST(:yot AS INTEGER) AS id), countable AS (${COUNTABLE}) SELECT id FROM countable`, scope);
  const items = countable.length ? await ctx.db.getRepository(Evidence).find({ where: { id: In(countable.map((c) => Number(c.id))) }, order: { id: 'ASC' } }) : [];
  for (const e of items.filter((e) => e.expiresOn && e.expiresOn <= expiringBy)) add(GapKind.EVIDENCE_EXPIRING, 'Evidence', e.id, `"${e.title}" expires on ${e.expiresOn}.`);
  for (const e of items.filter((e) => e.reviewState === 'SUBMITTED')) add(GapKind.EVIDENCE_AWAITING_REVIEW, 'Evidence', e.id, `"${e.title}" is awaiting an assessor's review.`);
}

/** Ratings of the latest assessment no longer supported by what they cite (published ratings are facts, not re-judged). */
async function ratingGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const latest = await ctx.db.getRepository(Assessment).findOne({ where: { yotId: scope.yot }, order: { id: 'DESC' } });
  if (!latest) return;
  const codeOf = new Map((await ctx.db.getRepository(Criterion).find({ where: { frameworkId: scope.framework } })).map((c) => [c.id, c.code]));
  const ratings = (await ctx.db.getRepository(CriterionRating).find({ where: { assessmentId: latest.id }, order: { id: 'ASC' } })).filter((r) => r.sourceDocumentId == null);
  const cited = ratings.length ? await ctx.db.getRepository(RatingEvidence).findBy({ ratingId: In(ratings.map((r) => r.id)) }) : [];
  const evidence = cited.length ? await ctx.db.getRepository(Evidence).findBy({ id: In(cited.map((c) => c.evidenceId)) }) : [];
  for (const r of ratings) {
    const mine = cited.filter((c) => c.ratingId === r.id).map((c) => evidence.find((e) => e.id === c.evidenceId)!);
    const invalid = mine.map((e) => invalidCitation(e, scope.asOf)).find(Boolean);
    const unsupported = r.band === RatingBand.WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES && !mine.some((e) => showsOutcomes(e, scope.asOf));
    if (invalid || unsupported) {
      const why = invalid ?? 'no longer cites accepted outcome data or a case study';
      add(GapKind.RATING_ABOVE_EVIDENCE, 'CriterionRating', r.id, `The ${codeOf.get(r.criterionId)} rating (${r.band}) ${why}.`);
    }
  }
}

/** The award the coverage view reports: expiring, expired (and redesignation overdue), or of unknown date. */
async function awardGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const [coverage] = await CoverageService.forYots(ctx, [scope.yot], scope.asOf);
  const status = coverage.award;
  if (!status) return;
  const award = (await ctx.loaders.byId(Assessment).load(status.assessmentId))!;
  const level = LEVEL_IN_WORDS[award.level];
  const until = status.validUntil ? dateInWords(status.validUntil, status.validUntilPrecision) : null;
  if (status.state === AwardState.UNKNOWN) {
    const why = award.decidedOn == null
      ? 'has no recorded decision date, so whether it is current is unknown'
      : `is dated to the month only and ${scope.asOf} falls in its decision or expiry month, so whether it is current on that date is unknown`;
    add(GapKind.AWARD_DATE_UNKNOWN, 'Assessment', award.id, `The ${level} award ${why}; record the date from its award letter.`);
  } else if (status.state === AwardState.EXPIRED) {
    add(GapKind.AWARD_EXPIRED, 'Assessment', award.id, `The ${level} award expired ${until}; it needs re-verification.`);
    if (!(await redesignationAfter(ctx, award))) add(GapKind.REDESIGNATION_OVERDUE, 'Assessment', award.id, `No redesignation of the ${level} award is recorded, though its three years ended ${until}.`);
  } else if (status.validUntil && status.validUntil <= addMonths(scope.asOf, REVERIFICATION_WARNING_MONTHS)) {
    add(GapKind.AWARD_EXPIRING, 'Assessment', award.id, `The ${level} award expires ${until}; start re-verification.`);
  }
}

/** True when a redesignation of `award` (or of its YOT, started or decided after it) is recorded. */
async function redesignationAfter(ctx: HubContext, award: Assessment): Promise<boolean> {
  const rows = await ctx.db.getRepository(Assessment).findBy({ yotId: award.yotId, kind: 'REDESIGNATION' as never });
  return rows.some((r) => r.id !== award.id && (r.baselineAssessmentId === award.id || r.decidedOn == null || award.decidedOn == null || r.decidedOn > award.decidedOn));
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
