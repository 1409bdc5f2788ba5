import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { PlacementArrangement, StaffRole } from './partnership.enums';

@InputType({ description: 'A new partnership between a YOT and an agency.' })
export class AddPartnershipInput {
  @Field(() => ID, { description: 'The YOT.' })
  yotId!: string;

  @Field(() => ID, { description: 'The partner agency.' })
  agencyId!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Whether the agency is a statutory partner (s.39).' })
  statutory!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the agency sits on the management board; null when unknown.',
  })
  boardMember?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the partnership began.' })
  startedOn?: Date | null;

  @Field(() => String, { nullable: true, description: 'What the partnership involves.' })
  @IsOptional()
  @MaxLength(2000)
  notes?: string | null;
}

@InputType({ description: 'Changes to a partnership; only the fields given change.' })
export class UpdatePartnershipInput {
  @Field(() => ID, { description: 'The partnership to change.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you last read; a stale version answers CONFLICT.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => Boolean, { nullable: true, description: 'New statutory flag.' })
  statutory?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'New board membership.' })
  boardMember?: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'New start date.' })
  startedOn?: Date;

  @Field(() => String, { nullable: true, description: 'New notes.' })
  @IsOptional()
  @MaxLength(2000)
  notes?: string;
}

@InputType({ description: 'Ends a partnership (and any staff placements under it still running).' })
export class EndPartnershipInput {
  @Field(() => ID, { description: 'The partnership to end.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you last read.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => DateScalar, { description: 'Last day of the partnership; not before it started.' })
  endedOn!: Date;
}

@InputType({ description: 'Staff placed with a YOT.' })
export class AddStaffPlacementInput {
  @Field(() => ID, { description: 'The YOT the staff work in or with.' })
  yotId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The active partnership (of this YOT) the staff are placed under; omit when the employer is not known.',
  })
  partnershipId?: string | null;

  @Field(() => StaffRole, { description: 'Professional role.' })
  role!: StaffRole;

  @Field(() => PlacementArrangement, { description: 'How the staff work with the YOT.' })
  arrangement!: PlacementArrangement;

  @Field(() => Float, { nullable: true, description: 'Full-time equivalents, more than 0 and at most 50.' })
  @IsOptional()
  @Min(0.01)
  @Max(50)
  fte?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the placement began.' })
  startedOn?: Date | null;

  @Field(() => String, { nullable: true, description: 'Context for readers.' })
  @IsOptional()
  @MaxLength(2000)
  notes?: string | null;
}

@InputType({ description: 'Ends a staff placement.' })
export class EndStaffPlacementInput {
  @Field(() => ID, { description: 'The placement to end.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you last read.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => DateScalar, { description: 'Last day of the placement; not before it started.' })
  endedOn!: Date;
}
