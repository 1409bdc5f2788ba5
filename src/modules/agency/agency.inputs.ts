import { IsOptional, Length, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/connections';
import { DateScalar } from '../../graphql/scalars';
import { AgencyType } from './agency.enums';

@InputType({ description: 'Narrows the `agencies` connection; all given conditions must hold.' })
export class AgencyFilter {
  @Field(() => [AgencyType], { nullable: true, description: 'Only agencies of one of these types.' })
  types?: AgencyType[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only agencies whose name contains this text (case-insensitive).',
  })
  nameContains?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Only agencies with a partnership (active or ended) with one of these YOTs, by ONS code. A PARTNER token counts only the YOTs its agency works with.',
  })
  partnerOfYotCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Only agencies with a partnership active today (running, not ended, the body not ceased) with one of these YOTs, by ONS code. A PARTNER token counts only the YOTs its agency works with.',
  })
  activePartnerOfYotCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Only agencies party to an information-sharing agreement (any status) of one of these YOTs, by ONS code.',
  })
  agreementPartyOfYotCodes?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only agencies that have ceased by today (`ceasedOn` on or before today); false: only those that still exist.',
  })
  ceased?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Only agencies with an active partnership today with at least this many YOTs (the `activePartnerYotCount` the caller sees).',
  })
  @IsOptional()
  @Min(0)
  minActivePartnerYots?: number | null;
}

export enum AgencyOrderField {
  NAME = 'NAME',
  TYPE = 'TYPE',
  ACTIVE_PARTNER_YOT_COUNT = 'ACTIVE_PARTNER_YOT_COUNT',
}

registerEnumType(AgencyOrderField, {
  name: 'AgencyOrderField',
  description: 'Fields `agencies` can be ordered by.',
  valuesConfig: {
    NAME: { description: 'Agency name.' },
    TYPE: { description: 'Agency type (enum name, alphabetical).' },
    ACTIVE_PARTNER_YOT_COUNT: {
      description:
        'How many YOTs the agency has an active partnership with today (`activePartnerYotCount`); DESC lists the agencies partnering with the most YOTs first.',
    },
  },
});

@InputType({ description: 'One ordering term for `agencies`; later terms break ties of earlier ones.' })
export class AgencyOrder {
  @Field(() => AgencyOrderField, { description: 'Field to order by.' })
  field!: AgencyOrderField;

  @Field(() => SortDirection, {
    nullable: true,
    defaultValue: SortDirection.ASC,
    description: 'Direction (default ASC).',
  })
  direction?: SortDirection;
}

@InputType({ description: 'A new partner agency.' })
export class CreateAgencyInput {
  @Field(() => String, { description: 'Name of the organisation. Unique within its type.' })
  @Length(2, 200)
  name!: string;

  @Field(() => AgencyType, { description: 'Kind of organisation.' })
  type!: AgencyType;

  @Field(() => String, { nullable: true, description: 'NHS ODS code (3–6 letters or digits).' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{3,6}$/, { message: 'must be an ODS code: 3 to 6 capital letters or digits' })
  odsCode?: string | null;

  @Field(() => String, { nullable: true, description: 'School URN (6 or 7 digits).' })
  @IsOptional()
  @Matches(/^\d{6,7}$/, { message: 'must be a school URN: 6 or 7 digits' })
  schoolUrn?: string | null;

  @Field(() => String, { nullable: true, description: 'UKPRN (8 digits starting with 1).' })
  @IsOptional()
  @Matches(/^1\d{7}$/, { message: 'must be a UKPRN: 8 digits starting with 1' })
  ukprn?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes for readers.' })
  @IsOptional()
  @MaxLength(2000)
  notes?: string | null;
}

@InputType({ description: 'Changes to an agency; only the fields given change.' })
export class UpdateAgencyInput {
  @Field(() => ID, { description: 'The agency to change.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you last read; a stale version answers CONFLICT.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @Length(2, 200)
  name?: string;

  @Field(() => AgencyType, { nullable: true, description: 'New type.' })
  @IsOptional()
  type?: AgencyType;

  @Field(() => String, { nullable: true, description: 'New ODS code.' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{3,6}$/, { message: 'must be an ODS code: 3 to 6 capital letters or digits' })
  odsCode?: string;

  @Field(() => String, { nullable: true, description: 'New school URN.' })
  @IsOptional()
  @Matches(/^\d{6,7}$/, { message: 'must be a school URN: 6 or 7 digits' })
  schoolUrn?: string;

  @Field(() => String, { nullable: true, description: 'New UKPRN.' })
  @IsOptional()
  @Matches(/^1\d{7}$/, { message: 'must be a UKPRN: 8 digits starting with 1' })
  ukprn?: string;

  @Field(() => String, { nullable: true, description: 'New notes.' })
  @IsOptional()
  @MaxLength(2000)
  notes?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'First day the organisation no longer existed (abolished, merged, acquired); partnerships with it are reported as ceased from then.',
  })
  ceasedOn?: Date;

  @Field(() => ID, {
    nullable: true,
    description:
      'The agency that took over its functions on `ceasedOn`; needs `ceasedOn` (given now or already recorded).',
  })
  successorId?: string;
}
