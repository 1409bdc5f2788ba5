import { Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Min } from 'class-validator';
import { DateScalar } from '../../graphql/scalars';
import { AgencyType } from '../agency/agency.enums';
import { Yot } from '../yot/yot.entity';
import { PartnerAbsence } from './partner-absence.entity';

@InputType({ description: "A YOT's statement that it has no partner of an agency type." })
export class RecordPartnerAbsenceInput {
  @Field(() => ID, { description: 'The YOT.' })
  yotId!: string;

  @Field(() => AgencyType, { description: 'The agency type it has no partner of.' })
  agencyType!: AgencyType;

  @Field(() => DateScalar, { nullable: true, description: 'Since when; omit when not known.' })
  startedOn?: Date | null;

  @Field(() => String, {
    description: 'What the YOT said (2 to 2,000 characters), e.g. "No CAMHS worker since the post was cut".',
  })
  @Length(2, 2000)
  note!: string;
}

@InputType({ description: 'Withdraws a recorded absence (the YOT now has such a partner, or the record was wrong).' })
export class WithdrawPartnerAbsenceInput {
  @Field(() => ID, { description: 'The absence to withdraw.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you last read.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => DateScalar, { description: 'Last day the absence held; not before it began.' })
  endedOn!: Date;
}

@ObjectType({ description: 'Result of `recordPartnerAbsence`.' })
export class RecordPartnerAbsencePayload {
  @Field(() => PartnerAbsence, { description: 'The recorded absence.' })
  partnerAbsence!: PartnerAbsence;

  @Field(() => Yot, { description: 'The YOT, for clients that refetch its coverage.' })
  yot!: Yot;
}

@ObjectType({ description: 'Result of `withdrawPartnerAbsence`.' })
export class WithdrawPartnerAbsencePayload {
  @Field(() => PartnerAbsence, { description: 'The absence with its `endedOn`.' })
  partnerAbsence!: PartnerAbsence;
}
