import { In, LessThan } from 'typeorm';
import { runSql } from '../../db/dialect';
import { HubContext } from '../../graphql/context';
import { addMonths } from '../../graphql/scalars';
import { AGENCY_TYPE_IN_WORDS, AgencyType } from '../agency/agency.enums';
import { IN_FORCE_STATUSES } from '../agreement/agreement.rules';
import { InformationSharingAgreement } from '../agreement/agreement.entity';
import { Assessment } from '../assessment/assessment.entity';
import { AwardLevel, RatingBand } from '../assessment/assessment.enums';
import { invalidCitation, showsOutcomes } from '../assessment/assessment.gates';
import { CriterionRating } from '../assessment/criterion-rating.entity';
import { RatingEvidence } from '../assessment/rating-evidence.entity';
import { Evidence } from '../evidence/evidence.entity';
import { Criterion } from '../framework/criterion.entity';
import { DEFAULT_FRAMEWORK_CODE, FrameworkService } from '../framework/framework.service';
import { YotService } from '../yot/yot.service';
import { COUNTABLE, FACTS } from './coverage.sql';
import { REVERIFICATION_WARNING_MONTHS } from './coverage.service';
import { CriterionCoverageService } from './criterion-coverage.service';
import { Gap, GapKind } from './gaps.types';

/** Evidence expiring within this many days is flagged. */
export const EXPIRY_WARNING_DAYS = 90;

/** The findings for one YOT on `asOf`, in the order of GapKind; a fixed number of statements. */
export async function findGaps(ctx: HubContext, yotCode: string, asOf: string): Promise<Gap[]> {
  const code = yotCode.trim().toUpperCase();
  const yot = await YotService.idForCode(ctx, code);
  const framework = await FrameworkService.find(ctx, DEFAULT_FRAMEWORK_CODE);
  const params = { yot, framework: framework.id, asOf, expiringBy: addDays(asOf, EXPIRY_WARNING_DAYS) };
  const gaps: Gap[] = [];
  const add = (kind: GapKind, typeName: string, key: number, message: string) => gaps.push({ kind, typeName, key: Number(key), message });

  // Partners: expected types with no active partnership, and active expected partners with no current agreement.
  const partners = await runSql<{ type: string; statutory: number; partnerships: number; expected_id: number }>(
    ctx.db,
    `WITH scope AS (SELECT CAST(:yot AS INTEGER) AS id), ${FACTS}
     SELECT f.type, f.statutory, f.partnerships, ep.id AS expected_id FROM facts f
     JOIN expected_partner ep ON ep."agencyType" = f.type AND ep."frameworkId" = :framework ORDER BY ep.id`,
    params,
  );
  for (const p of partners.filter((p) => Number(p.partnerships) === 0)) {
    const statutory = Number(p.statutory) === 1;
    add(
      statutory ? GapKind.MISSING_STATUTORY_PARTNER : GapKind.MISSING_EXPECTED_PARTNER,
      'ExpectedPartner',
      p.expected_id,
      `No active partnership with ${AGENCY_TYPE_IN_WORDS[p.type as AgencyType]}${statutory ? ', a statutory YOT partner' : ''}.`,
    );
  }
  const overdue = await ctx.db.getRepository(InformationSharingAgreement).find({
    where: { yotId: yot, status: In([...IN_FORCE_STATUSES]), reviewDue: LessThan(asOf) },
    order: { reviewDue: 'ASC', id: 'ASC' },
  });
  for (const a of overdue) add(GapKind.AGREEMENT_REVIEW_OVERDUE, 'InformationSharingAgreement', a.id, `"${a.title}" was due for review on ${a.reviewDue}.`);
  const unshared = await runSql<{ id: number; name: string }>(
    ctx.db,
    `SELECT p.id, a.name FROM partnership p JOIN agency a ON a.id = p."agencyId"
     WHERE p."yotId" = :yot
       AND (p."startedOn" IS NULL OR p."startedOn" <= :asOf) AND (p."endedOn" IS NULL OR p."endedOn" >= :asOf)
       AND a.type IN (SELECT "agencyType" FROM expected_partner WHERE "frameworkId" = :framework)
       AND NOT EXISTS (
         SELECT 1 FROM information_sharing_agreement i JOIN agreement_party ap ON ap."agreementId" = i.id
         WHERE i."yotId" = p."yotId" AND ap."agencyId" = p."agencyId" AND i.status IN ('ACTIVE', 'UNDER_REVIEW')
           AND (i."signedOn" IS NULL OR i."signedOn" <= :asOf) AND (i."reviewDue" IS NULL OR i."reviewDue" >= :asOf))
     ORDER BY a.name, p.id`,
    params,
  );
  for (const p of unshared) add(GapKind.NO_AGREEMENT_WITH_PARTNER, 'Partnership', p.id, `${p.name} is not party to a current information-sharing agreement.`);

  // Criteria.
  const criteria = await ctx.db.getRepository(Criterion).find({ where: { frameworkId: framework.id }, order: { position: 'ASC' } });
  const codeOf = new Map(criteria.map((c) => [c.id, c.code]));
  for (const c of await CriterionCoverageService.forYot(ctx, code, asOf)) {
    if (c.evidenceCount === 0) add(GapKind.CRITERION_WITHOUT_EVIDENCE, 'Criterion', c.criterionId, `${codeOf.get(c.criterionId)} has no countable evidence.`);
    else if (c.contributingAgencyTypes.length < 2) {
      const from = c.contributingAgencyTypes.length ? `evidence involving only ${AGENCY_TYPE_IN_WORDS[c.contributingAgencyTypes[0]]}` : 'evidence from the YOT alone';
      add(GapKind.CRITERION_SINGLE_AGENCY, 'Criterion', c.criterionId, `${codeOf.get(c.criterionId)} rests on ${from}; partner evidence from a second agency type would triangulate it.`);
    }
  }

  // Evidence.
  const countable = await runSql<{ id: number }>(ctx.db, `WITH scope AS (SELECT CAST(:yot AS INTEGER) AS id), countable AS (${COUNTABLE}) SELECT id FROM countable`, params);
  const items = countable.length ? await ctx.db.getRepository(Evidence).find({ where: { id: In(countable.map((c) => Number(c.id))) }, order: { id: 'ASC' } }) : [];
  for (const e of items.filter((e) => e.expiresOn && e.expiresOn <= params.expiringBy)) add(GapKind.EVIDENCE_EXPIRING, 'Evidence', e.id, `"${e.title}" expires on ${e.expiresOn}.`);
  for (const e of items.filter((e) => e.reviewState === 'SUBMITTED')) add(GapKind.EVIDENCE_AWAITING_REVIEW, 'Evidence', e.id, `"${e.title}" is awaiting an assessor's review.`);

  // Ratings of the latest assessment (ratings recorded from published sources are facts, not re-judged).
  const latest = await ctx.db.getRepository(Assessment).findOne({ where: { yotId: yot }, order: { id: 'DESC' } });
  if (latest) {
    const ratings = (await ctx.db.getRepository(CriterionRating).find({ where: { assessmentId: latest.id }, order: { id: 'ASC' } })).filter((r) => r.sourceDocumentId == null);
    const cited = ratings.length ? await ctx.db.getRepository(RatingEvidence).findBy({ ratingId: In(ratings.map((r) => r.id)) }) : [];
    const evidence = cited.length ? await ctx.db.getRepository(Evidence).findBy({ id: In(cited.map((c) => c.evidenceId)) }) : [];
    for (const r of ratings) {
      const mine = cited.filter((c) => c.ratingId === r.id).map((c) => evidence.find((e) => e.id === c.evidenceId)!);
      const invalid = mine.map((e) => invalidCitation(e, asOf)).find(Boolean);
      const unsupported = r.band === RatingBand.WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES && !mine.some((e) => showsOutcomes(e, asOf));
      if (invalid || unsupported) {
        const why = invalid ?? 'no longer cites accepted outcome data or a case study';
        add(GapKind.RATING_ABOVE_EVIDENCE, 'CriterionRating', r.id, `The ${codeOf.get(r.criterionId)} rating (${r.band}) ${why}.`);
      }
    }
  }

  // The award.
  const award = await ctx.db.getRepository(Assessment).findOne({ where: { yotId: yot, status: 'AWARDED' as never }, order: { decidedOn: { direction: 'DESC', nulls: 'LAST' }, id: 'DESC' } });
  if (award?.validUntil) {
    if (award.validUntil < asOf) add(GapKind.AWARD_EXPIRED, 'Assessment', award.id, `The ${LEVEL_IN_WORDS[award.level]} award expired on ${award.validUntil}; it needs re-verification.`);
    else if (award.validUntil <= addMonths(asOf, REVERIFICATION_WARNING_MONTHS)) add(GapKind.AWARD_EXPIRING, 'Assessment', award.id, `The ${LEVEL_IN_WORDS[award.level]} award expires on ${award.validUntil}; start re-verification.`);
  }
  const order = Object.values(GapKind);
  return gaps.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

const LEVEL_IN_WORDS: Record<AwardLevel, string> = { QUALITY_MARK: 'Quality Mark', QUALITY_LEAD: 'Quality Lead' };

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
