import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { inTransaction } from '../../db/transaction';
import { HubContext } from '../../graphql/context';
import { loadExisting } from '../../graphql/loaders';
import { loadNode } from '../../graphql/node.resolver';
import { Node } from '../../graphql/relay';
import { DateScalar, isoDateOrToday } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { CAN } from '../auth/auth-checker';
import { GapKind } from '../coverage/gaps.types';
import { Evidence } from '../evidence/evidence.entity';
import { Criterion } from '../framework/criterion.entity';
import { Yot } from '../yot/yot.entity';
import { ActionPlanItem, GapRef } from './action-plan.entity';
import { OUTSTANDING_STATUSES } from './action-plan.enums';
import {
  ActionPlanFilter,
  CreateActionPlanItemInput,
  CreateActionPlanItemPayload,
  UpdateActionPlanItemInput,
  UpdateActionPlanItemPayload,
} from './action-plan.inputs';
import { ActionPlanService } from './action-plan.service';

@ObjectType({ description: 'A gap an action answers, as the `gaps` view reported it when the action was raised.' })
export class AnsweredGap {
  @Field(() => GapKind, { description: "The gap's kind." })
  kind!: GapKind;

  typeName!: string;
  key!: number;
}

/** True when the item is still to be done and its due day has passed on `asOf`. */
export function isOverdue(item: Pick<ActionPlanItem, 'status' | 'dueOn'>, asOf: string): boolean {
  return OUTSTANDING_STATUSES.includes(item.status) && item.dueOn < asOf;
}

/** Raising and updating action-plan items, and what they refer to. */
@Resolver(() => ActionPlanItem)
export class ActionPlanResolver {
  @Authorized(...CAN.editYotData)
  @Mutation(() => CreateActionPlanItemPayload, {
    nullable: true,
    description:
      "Raises an action-plan item for a YOT, from a current gap, a low self-score or an assessor's rating (or directly). Its manager or an administrator only.",
  })
  createActionPlanItem(
    @Ctx() ctx: HubContext,
    @Arg('input', () => CreateActionPlanItemInput, { description: 'The item.' }) input: CreateActionPlanItemInput,
  ) {
    return inTransaction(ctx, (tx) => ActionPlanService.create(tx, input));
  }

  @Authorized(...CAN.editEvidence)
  @Mutation(() => UpdateActionPlanItemPayload, {
    nullable: true,
    description:
      "Changes an action-plan item: the YOT's manager or an administrator any item, a partner the items its agency owns. CONFLICT when `expectedVersion` is stale.",
  })
  updateActionPlanItem(
    @Ctx() ctx: HubContext,
    @Arg('input', () => UpdateActionPlanItemInput, { description: 'What to change.' }) input: UpdateActionPlanItemInput,
  ) {
    return inTransaction(ctx, (tx) => ActionPlanService.update(tx, input));
  }

  @FieldResolver(() => Yot, { description: 'The YOT whose plan it is in.' })
  yot(@Root() item: ActionPlanItem, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Yot).load(item.yotId);
  }

  @FieldResolver(() => Agency, { description: 'The agency that owns it.' })
  ownerAgency(@Root() item: ActionPlanItem, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Agency).load(item.ownerAgencyId);
  }

  @FieldResolver(() => [Criterion], { description: 'The statements it answers.' })
  criteria(@Root() item: ActionPlanItem, @Ctx() ctx: HubContext) {
    return loadExisting(ctx.loaders.byId(Criterion), item.criterionIds);
  }

  @FieldResolver(() => [AnsweredGap], { description: 'The gaps it answers (empty unless raised from a gap).' })
  answersGaps(@Root() item: ActionPlanItem): GapRef[] {
    return item.gaps;
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description:
      'The SelfAssessment or CriterionRating it was raised from; null for a gap (see `answersGaps`) or when raised directly.',
  })
  raisedFrom(@Root() item: ActionPlanItem, @Ctx() ctx: HubContext) {
    return item.sourceTypeName && item.sourceKey ? loadNode(ctx, item.sourceTypeName, item.sourceKey) : null;
  }

  @FieldResolver(() => [Evidence], { description: 'The evidence that shows it done.' })
  closingEvidence(@Root() item: ActionPlanItem, @Ctx() ctx: HubContext) {
    return loadExisting(ctx.loaders.byId(Evidence), item.closingEvidenceIds);
  }

  @FieldResolver(() => Boolean, { description: 'True when OPEN or IN_PROGRESS and due before `asOf`.' })
  overdue(
    @Root() item: ActionPlanItem,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date to judge on (default today, UTC).' })
    asOf?: Date,
  ) {
    return isOverdue(item, isoDateOrToday(asOf));
  }
}

/** The node an answered gap concerns. */
@Resolver(() => AnsweredGap)
export class AnsweredGapResolver {
  @FieldResolver(() => Node, {
    nullable: true,
    description: 'The object the gap concerned; null if it has since been removed.',
  })
  node(@Root() gap: AnsweredGap, @Ctx() ctx: HubContext) {
    return loadNode(ctx, gap.typeName, gap.key);
  }
}

/** `Yot.actionPlan(filter)`. */
@Resolver(() => Yot)
export class YotActionPlanResolver {
  @FieldResolver(() => [ActionPlanItem], {
    description: "The YOT's action-plan items, by due date (one statement for all the YOTs of a request).",
  })
  async actionPlan(
    @Root() yot: Yot,
    @Ctx() ctx: HubContext,
    @Arg('filter', () => ActionPlanFilter, { nullable: true, description: 'Which items (default: all).' })
    filter?: ActionPlanFilter,
  ) {
    const items = await ctx.loaders.manyBy(ActionPlanItem, 'yotId', ['dueOn', 'id']).load(yot.id);
    const asOf = isoDateOrToday(filter?.asOf, 'filter.asOf');
    return items.filter(
      (i) =>
        (!filter?.statuses?.length || filter.statuses.includes(i.status)) &&
        (filter?.overdue == null || isOverdue(i, asOf) === filter.overdue),
    );
  }
}
