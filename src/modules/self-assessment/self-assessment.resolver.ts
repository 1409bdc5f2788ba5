import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { inTransaction } from '../../db/transaction';
import { HubContext } from '../../graphql/context';
import { loadExisting } from '../../graphql/loaders';
import { DateScalar, isoDateOrToday } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { CAN } from '../auth/auth-checker';
import { Evidence } from '../evidence/evidence.entity';
import { Criterion } from '../framework/criterion.entity';
import { Yot } from '../yot/yot.entity';
import { compareStatements } from './self-assessment.comparison';
import { SelfAssessment, SelfAssessmentScore } from './self-assessment.entity';
import {
  CreateSelfAssessmentInput,
  CreateSelfAssessmentPayload,
  UpdateSelfAssessmentInput,
  UpdateSelfAssessmentPayload,
} from './self-assessment.inputs';
import { SelfAssessmentService } from './self-assessment.service';
import { StatementComparison } from './self-assessment.types';

const asOfArg = { nullable: true, description: 'Date to judge the evidence on (default today, UTC).' };

/** Recording self-assessments, and reading them beside the assessor's ratings and the evidence. */
@Resolver(() => SelfAssessment)
export class SelfAssessmentResolver {
  @Authorized(...CAN.editYotData)
  @Mutation(() => CreateSelfAssessmentPayload, {
    nullable: true,
    description:
      "Records a YOT's self-assessment: who took part and a 0–10 score per statement. Its manager or an administrator only.",
  })
  createSelfAssessment(
    @Ctx() ctx: HubContext,
    @Arg('input', () => CreateSelfAssessmentInput, { description: 'The self-assessment.' })
    input: CreateSelfAssessmentInput,
  ) {
    return inTransaction(ctx, (tx) => SelfAssessmentService.create(tx, input));
  }

  @Authorized(...CAN.editYotData)
  @Mutation(() => UpdateSelfAssessmentPayload, {
    nullable: true,
    description:
      'Changes a self-assessment (date, participants, note, some scores). CONFLICT when `expectedVersion` is stale.',
  })
  updateSelfAssessment(
    @Ctx() ctx: HubContext,
    @Arg('input', () => UpdateSelfAssessmentInput, { description: 'What to change.' }) input: UpdateSelfAssessmentInput,
  ) {
    return inTransaction(ctx, (tx) => SelfAssessmentService.update(tx, input));
  }

  @FieldResolver(() => Yot, { description: 'The YOT that assessed itself.' })
  yot(@Root() sa: SelfAssessment, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Yot).load(sa.yotId);
  }

  @FieldResolver(() => [Agency], { description: 'Agencies that took part, in the order recorded.' })
  participants(@Root() sa: SelfAssessment, @Ctx() ctx: HubContext) {
    return loadExisting(ctx.loaders.byId(Agency), sa.participantAgencyIds);
  }

  @FieldResolver(() => [SelfAssessmentScore], { description: 'The scores given, in statement order.' })
  async scores(@Root() sa: SelfAssessment, @Ctx() ctx: HubContext) {
    const scores = await ctx.loaders.manyBy(SelfAssessmentScore, 'selfAssessmentId').load(sa.id);
    const criteria = await loadExisting(
      ctx.loaders.byId(Criterion),
      scores.map((s) => s.criterionId),
    );
    const position = new Map(criteria.map((c) => [c.id, c.position]));
    return [...scores].sort((a, b) => position.get(a.criterionId)! - position.get(b.criterionId)!);
  }

  @FieldResolver(() => [StatementComparison], {
    description:
      "Every statement of the framework: the self-score beside the assessor's latest rating and the evidence coverage on `asOf`, with a disagreement flag.",
  })
  comparison(@Root() sa: SelfAssessment, @Ctx() ctx: HubContext, @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date) {
    return compareStatements(ctx, sa, isoDateOrToday(asOf));
  }
}

/** The statement and evidence of a self-score. */
@Resolver(() => SelfAssessmentScore)
export class SelfAssessmentScoreResolver {
  @FieldResolver(() => Criterion, { description: 'The statement scored.' })
  criterion(@Root() score: SelfAssessmentScore, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Criterion).load(score.criterionId);
  }

  @FieldResolver(() => [Evidence], { description: 'The evidence the score rests on.' })
  evidence(@Root() score: SelfAssessmentScore, @Ctx() ctx: HubContext) {
    return loadExisting(ctx.loaders.byId(Evidence), score.evidenceIds);
  }
}

/** The statement and evidence of a comparison row. */
@Resolver(() => StatementComparison)
export class StatementComparisonResolver {
  @FieldResolver(() => Criterion, { description: 'The statement.' })
  criterion(@Root() row: StatementComparison, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Criterion).load(row.criterionId);
  }

  @FieldResolver(() => [Evidence], { description: 'The evidence the self-score rests on (empty when not scored).' })
  selfEvidence(@Root() row: StatementComparison, @Ctx() ctx: HubContext) {
    return loadExisting(ctx.loaders.byId(Evidence), row.selfEvidenceIds);
  }
}

/** `Yot.selfAssessments` and `Yot.latestSelfAssessment`. */
@Resolver(() => Yot)
export class YotSelfAssessmentResolver {
  @FieldResolver(() => [SelfAssessment], {
    description: "The YOT's self-assessments, newest first (a few per award cycle, so a plain list).",
  })
  async selfAssessments(@Root() yot: Yot, @Ctx() ctx: HubContext) {
    return [...(await byYot(ctx, yot.id))].reverse();
  }

  @FieldResolver(() => SelfAssessment, {
    nullable: true,
    description: 'The most recent self-assessment (by `assessedOn`); null when none is recorded.',
  })
  async latestSelfAssessment(@Root() yot: Yot, @Ctx() ctx: HubContext) {
    return (await byYot(ctx, yot.id)).at(-1) ?? null;
  }
}

/** A YOT's self-assessments, oldest first; one statement for all the YOTs of a request. */
function byYot(ctx: HubContext, yotId: number): Promise<SelfAssessment[]> {
  return ctx.loaders.manyBy(SelfAssessment, 'yotId', ['assessedOn', 'id']).load(yotId);
}
