import { ArrayMaxSize, IsOptional, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { GapKind } from '../coverage/gaps.types';
import { StaffRole } from '../partnership/partnership.enums';
import { ActionPlanItem } from './action-plan.entity';
import { ActionStatus } from './action-plan.enums';

@InputType({ description: 'A finding of the `gaps` view, as `gaps` reports it today.' })
export class GapSourceInput {
  @Field(() => GapKind, { description: "The gap's kind." })
  kind!: GapKind;

  @Field(() => ID, { description: 'The `node.id` of the gap.' })
  nodeId!: string;
}

@InputType({ description: 'What an action is raised from: give at most one of the three (none: raised directly).' })
export class ActionSourceInput {
  @Field(() => GapSourceInput, {
    nullable: true,
    description: 'A current gap of the YOT; refused when `gaps` does not report it today.',
  })
  @IsOptional()
  @ValidateNested()
  gap?: GapSourceInput | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A self-assessment of the YOT; with `criterionId`, whose self-score must be 3 or less.',
  })
  selfAssessmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The statement of the low self-score (with `selfAssessmentId`).' })
  criterionId?: string | null;

  @Field(() => ID, { nullable: true, description: "An assessor's rating of the YOT (a development area)." })
  criterionRatingId?: string | null;
}

@InputType({ description: 'A new action-plan item.' })
export class CreateActionPlanItemInput {
  @Field(() => ID, { description: 'The YOT.' })
  yotId!: string;

  @Field(() => String, { description: 'What is to be done (3 to 500 characters).' })
  @Length(3, 500)
  title!: string;

  @Field(() => ID, { description: "The agency that owns it (the YOT's own service is an agency too)." })
  ownerAgencyId!: string;

  @Field(() => StaffRole, { description: 'The role within that agency that answers for it.' })
  ownerRole!: StaffRole;

  @Field(() => DateScalar, { description: 'When it is due.' })
  dueOn!: Date;

  @Field(() => [ID], { nullable: true, description: 'Statements it answers, besides any its source names.' })
  @IsOptional()
  @ArrayMaxSize(10)
  criterionIds?: string[] | null;

  @Field(() => ActionSourceInput, { nullable: true, description: 'What it is raised from.' })
  @IsOptional()
  @ValidateNested()
  source?: ActionSourceInput | null;
}

@InputType({
  description:
    'Changes to an action-plan item; omitted fields stay as they are. A partner may change only items its agency owns, and not their owner.',
})
export class UpdateActionPlanItemInput {
  @Field(() => ID, { description: 'The item.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you last read.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'What is to be done.' })
  @IsOptional()
  @Length(3, 500)
  title?: string | null;

  @Field(() => ID, { nullable: true, description: 'A new owning agency (managers and administrators only).' })
  ownerAgencyId?: string | null;

  @Field(() => StaffRole, { nullable: true, description: 'A new owning role.' })
  ownerRole?: StaffRole | null;

  @Field(() => DateScalar, { nullable: true, description: 'A new due date.' })
  dueOn?: Date | null;

  @Field(() => ActionStatus, {
    nullable: true,
    description:
      'A new status: DROPPED needs `droppedReason`; DONE needs closing evidence (given here or already recorded).',
  })
  status?: ActionStatus | null;

  @Field(() => String, { nullable: true, description: 'Why it is dropped (2 to 2,000 characters); only with DROPPED.' })
  @IsOptional()
  @MaxLength(2000)
  droppedReason?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Replaces the evidence that shows it done (the YOT's own, not withdrawn).",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  closingEvidenceIds?: string[] | null;
}

@ObjectType({ description: 'Result of `createActionPlanItem`.' })
export class CreateActionPlanItemPayload {
  @Field(() => ActionPlanItem, { description: 'The new item.' })
  actionPlanItem!: ActionPlanItem;
}

@ObjectType({ description: 'Result of `updateActionPlanItem`.' })
export class UpdateActionPlanItemPayload {
  @Field(() => ActionPlanItem, { description: 'The item as changed.' })
  actionPlanItem!: ActionPlanItem;
}

@InputType({ description: 'Which action-plan items.' })
export class ActionPlanFilter {
  @Field(() => [ActionStatus], { nullable: true, description: 'Only these statuses (default: all).' })
  @IsOptional()
  @ArrayMaxSize(4)
  statuses?: ActionStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only items overdue on `asOf` (OPEN or IN_PROGRESS and due before it).',
  })
  overdue?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date `overdue` is judged on (default today, UTC).' })
  asOf?: Date | null;
}
