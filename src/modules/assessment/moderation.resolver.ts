import { EvidenceKind } from '../evidence/evidence.enums';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { inTransaction } from '../../db/transaction';
import { HubContext } from '../../graphql/context';
import { BadUserInputError } from '../../graphql/errors';
import { loadExisting } from '../../graphql/loaders';
import { DateScalar, isoDateOrToday } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { CAN } from '../auth/auth-checker';
import { Evidence } from '../evidence/evidence.entity';
import { SourceDocument } from '../source/source-document.entity';
import { Yot } from '../yot/yot.entity';
import { Assessment } from './assessment.entity';
import { AwardingBody } from './awarding-body.entity';
import { AssessmentProcess, ModerationAttendee, ModerationMeeting } from './moderation.entity';
import {
  CiteAwardDecisionInput,
  CiteAwardDecisionPayload,
  RecordInterimDecisionInput,
  RecordInterimDecisionPayload,
  RecordModerationMeetingInput,
  RecordModerationMeetingPayload,
  RecordSubmissionInput,
  RecordSubmissionPayload,
} from './moderation.inputs';
import { ModerationService } from './moderation.service';
import { RedesignationReminder, redesignationReminders } from './redesignation.service';

@ObjectType({ description: 'What the partnership submitted for an assessment.' })
export class AssessmentSubmission {
  @Field(() => DateScalar, { description: 'The day it was submitted.' })
  submittedOn!: string;

  evidenceIds!: number[];
}

@ObjectType({ description: 'One person at a moderation meeting.' })
export class ModerationAttendance {
  agencyId!: number | null;

  @Field(() => String, { description: 'Their role, e.g. "SEND Manager" or "Moderator".' })
  role!: string;
}

/** The largest reminder window, in months (a re-designation cycle is 36). */
export const MAX_REMINDER_MONTHS = 36;

/** The assessment as it runs: awarding body, submission, moderation, interim decisions, citation; and the reminder. */
@Resolver(() => Assessment)
export class AssessmentProcessResolver {
  @Query(() => [AwardingBody], { description: 'Bodies that run the award (reference data with sources).' })
  awardingBodies(@Ctx() ctx: HubContext) {
    return ctx.db.getRepository(AwardingBody).find({ order: { id: 'ASC' } });
  }

  @Query(() => [RedesignationReminder], {
    description:
      "Re-designation reminder: each YOT's latest award that lapses within `withinMonths` of `asOf` or has lapsed (award-state rule; awards of unknown date are left out, see the AWARD_DATE_UNKNOWN gap). Lapsed first. Partners see their YOTs only.",
  })
  redesignationReminders(
    @Ctx() ctx: HubContext,
    @Arg('withinMonths', () => Int, { description: `Window in months, 0 to ${MAX_REMINDER_MONTHS}.` })
    withinMonths: number,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date to judge on (default today, UTC).' })
    asOf?: Date,
  ) {
    if (!Number.isInteger(withinMonths) || withinMonths < 0 || withinMonths > MAX_REMINDER_MONTHS)
      throw new BadUserInputError(`withinMonths must be from 0 to ${MAX_REMINDER_MONTHS}.`, 'withinMonths');
    return redesignationReminders(ctx, withinMonths, isoDateOrToday(asOf));
  }

  @Authorized(...CAN.editYotData)
  @Mutation(() => RecordSubmissionPayload, {
    nullable: true,
    description:
      "Records the partnership's submission of evidence and case studies to an awarding body (a later submission replaces it). The YOT's manager or an administrator.",
  })
  recordSubmission(
    @Ctx() ctx: HubContext,
    @Arg('input', () => RecordSubmissionInput, { description: 'The submission.' }) input: RecordSubmissionInput,
  ) {
    return inTransaction(ctx, (tx) => ModerationService.submit(tx, input));
  }

  @Authorized(...CAN.assess)
  @Mutation(() => RecordModerationMeetingPayload, {
    nullable: true,
    description: 'Records a moderation meeting of an undecided assessment. Assessors and administrators.',
  })
  recordModerationMeeting(
    @Ctx() ctx: HubContext,
    @Arg('input', () => RecordModerationMeetingInput, { description: 'The meeting.' })
    input: RecordModerationMeetingInput,
  ) {
    return inTransaction(ctx, (tx) => ModerationService.moderate(tx, input));
  }

  @Authorized(...CAN.assess)
  @Mutation(() => RecordInterimDecisionPayload, {
    nullable: true,
    description:
      'Asks for additional evidence, defers the decision, or puts the assessment back in progress. CONFLICT when `expectedVersion` is stale.',
  })
  recordInterimDecision(
    @Ctx() ctx: HubContext,
    @Arg('input', () => RecordInterimDecisionInput, { description: 'The interim decision.' })
    input: RecordInterimDecisionInput,
  ) {
    return inTransaction(ctx, (tx) => ModerationService.interim(tx, input));
  }

  @Authorized(...CAN.assess)
  @Mutation(() => CiteAwardDecisionPayload, {
    nullable: true,
    description:
      'Cites the published announcement of a decided assessment (kept as a SourceDocument). CONFLICT when one is cited.',
  })
  citeAwardDecision(
    @Ctx() ctx: HubContext,
    @Arg('input', () => CiteAwardDecisionInput, { description: 'The announcement.' }) input: CiteAwardDecisionInput,
  ) {
    return inTransaction(ctx, (tx) => ModerationService.cite(tx, input));
  }

  @FieldResolver(() => AwardingBody, { nullable: true, description: 'The awarding body; null when not recorded.' })
  async awardingBody(@Root() a: Assessment, @Ctx() ctx: HubContext) {
    const p = await processOf(ctx, a.id);
    return p?.awardingBodyId ? ctx.loaders.byId(AwardingBody).load(p.awardingBodyId) : null;
  }

  @FieldResolver(() => SourceDocument, {
    nullable: true,
    description: 'The source that says who awarded it (seeded awards); null when recorded in the hub or not known.',
  })
  async awardingBodySource(@Root() a: Assessment, @Ctx() ctx: HubContext) {
    const p = await processOf(ctx, a.id);
    return p?.awardingBodySourceDocumentId
      ? ctx.loaders.byId(SourceDocument).load(p.awardingBodySourceDocumentId)
      : null;
  }

  @FieldResolver(() => AssessmentSubmission, {
    nullable: true,
    description: 'What was submitted; null when no submission is recorded.',
  })
  async submission(@Root() a: Assessment, @Ctx() ctx: HubContext): Promise<AssessmentSubmission | null> {
    const p = await processOf(ctx, a.id);
    return p?.submittedOn ? { submittedOn: p.submittedOn, evidenceIds: p.submittedEvidenceIds } : null;
  }

  @FieldResolver(() => [ModerationMeeting], { description: 'Moderation meetings, oldest first.' })
  moderationMeetings(@Root() a: Assessment, @Ctx() ctx: HubContext) {
    return ctx.loaders.manyBy(ModerationMeeting, 'assessmentId', ['heldOn', 'id']).load(a.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'What additional evidence was asked for, or why the decision was deferred; null otherwise.',
  })
  async interimNote(@Root() a: Assessment, @Ctx() ctx: HubContext) {
    return (await processOf(ctx, a.id))?.interimNote ?? null;
  }

  @FieldResolver(() => SourceDocument, {
    nullable: true,
    description: 'The published announcement of the decision; null when none is cited.',
  })
  async decisionCitation(@Root() a: Assessment, @Ctx() ctx: HubContext) {
    const p = await processOf(ctx, a.id);
    return p?.decisionSourceDocumentId ? ctx.loaders.byId(SourceDocument).load(p.decisionSourceDocumentId) : null;
  }
}

/** The submitted items, and the case studies among them. */
@Resolver(() => AssessmentSubmission)
export class AssessmentSubmissionResolver {
  @FieldResolver(() => [Evidence], { description: 'Every item submitted.' })
  evidence(@Root() s: AssessmentSubmission, @Ctx() ctx: HubContext) {
    return loadExisting(ctx.loaders.byId(Evidence), s.evidenceIds);
  }

  @FieldResolver(() => [Evidence], { description: 'The case studies submitted (items of kind CASE_STUDY).' })
  async caseStudies(@Root() s: AssessmentSubmission, @Ctx() ctx: HubContext) {
    return (await loadExisting(ctx.loaders.byId(Evidence), s.evidenceIds)).filter(
      (e) => e.kind === EvidenceKind.CASE_STUDY,
    );
  }
}

/** A meeting's attendees. */
@Resolver(() => ModerationMeeting)
export class ModerationMeetingResolver {
  @FieldResolver(() => [ModerationAttendance], { description: 'Who attended, in the order recorded.' })
  attendees(@Root() m: ModerationMeeting): ModerationAttendee[] {
    return m.attendees;
  }

  @FieldResolver(() => Assessment, { description: 'The assessment moderated.' })
  assessment(@Root() m: ModerationMeeting, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Assessment).load(m.assessmentId);
  }
}

/** An attendee's agency. */
@Resolver(() => ModerationAttendance)
export class ModerationAttendanceResolver {
  @FieldResolver(() => Agency, { nullable: true, description: 'The agency they came from; null for the moderator.' })
  agency(@Root() a: ModerationAttendance, @Ctx() ctx: HubContext) {
    return a.agencyId ? ctx.loaders.byId(Agency).load(a.agencyId) : null;
  }
}

/** A reminder's YOT and award. */
@Resolver(() => RedesignationReminder)
export class RedesignationReminderResolver {
  @FieldResolver(() => Yot, { description: 'The YOT.' })
  yot(@Root() r: RedesignationReminder, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Yot).load(r.yotId);
  }

  @FieldResolver(() => Assessment, { description: 'The award.' })
  award(@Root() r: RedesignationReminder, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Assessment).load(r.assessmentId);
  }
}

async function processOf(ctx: HubContext, assessmentId: number): Promise<AssessmentProcess | null> {
  return (await ctx.loaders.manyBy(AssessmentProcess, 'assessmentId').load(assessmentId))[0] ?? null;
}
