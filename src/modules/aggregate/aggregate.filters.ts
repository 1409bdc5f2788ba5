import { Field, ID, InputType } from 'type-graphql';
import { DateRange } from '../../graphql/date-range';
import { AgencyType } from '../agency/agency.enums';
import { AgreementStatus } from '../agreement/agreement.enums';
import { PartnershipStatus, PlacementArrangement, StaffRole } from '../partnership/partnership.enums';
import { Nation } from '../yot/yot.enums';

@InputType({ description: 'Narrows an aggregate over partnerships; all given conditions must hold.' })
export class PartnershipAggregateFilter {
  @Field(() => [String], { nullable: true, description: 'Only partnerships of these YOTs (ONS codes).' })
  yotCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only partnerships of YOTs in these regions (any case; unknown is BAD_USER_INPUT).',
  })
  regions?: string[] | null;

  @Field(() => [Nation], { nullable: true, description: 'Only partnerships of YOTs in these nations.' })
  nations?: Nation[] | null;

  @Field(() => [AgencyType], { nullable: true, description: 'Only partnerships with agencies of these types.' })
  agencyTypes?: AgencyType[] | null;

  @Field(() => [PartnershipStatus], { nullable: true, description: 'Only partnerships in these statuses.' })
  statuses?: PartnershipStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only statutory (true) or non-statutory (false) partnerships.' })
  statutory?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only partnerships active on `asOf` (running, not ended, the body not ceased); false: only those that are not.',
  })
  active?: boolean | null;

  @Field(() => DateRange, {
    nullable: true,
    description: 'Only partnerships that started within this range (inclusive).',
  })
  startedOn?: DateRange | null;

  @Field(() => DateRange, {
    nullable: true,
    description: 'Only partnerships that ended within this range (inclusive).',
  })
  endedOn?: DateRange | null;
}

@InputType({ description: 'Narrows an aggregate over information-sharing agreements; all given conditions must hold.' })
export class AgreementAggregateFilter {
  @Field(() => [String], { nullable: true, description: 'Only agreements of these YOTs (ONS codes).' })
  yotCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only agreements of YOTs in these regions (any case; unknown is BAD_USER_INPUT).',
  })
  regions?: string[] | null;

  @Field(() => [Nation], { nullable: true, description: 'Only agreements of YOTs in these nations.' })
  nations?: Nation[] | null;

  @Field(() => [AgreementStatus], { nullable: true, description: 'Only agreements in these statuses.' })
  statuses?: AgreementStatus[] | null;

  @Field(() => [AgencyType], { nullable: true, description: 'Only agreements with a party of one of these types.' })
  partyTypes?: AgencyType[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only agreements to which one of these agencies (global ids) is party.',
  })
  partyIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only agreements in force on `asOf`; false: only those that are not.',
  })
  inForce?: boolean | null;

  @Field(() => DateRange, { nullable: true, description: 'Only agreements signed within this range (inclusive).' })
  signedOn?: DateRange | null;

  @Field(() => DateRange, {
    nullable: true,
    description: 'Only agreements due for review within this range (inclusive).',
  })
  reviewDue?: DateRange | null;
}

@InputType({ description: 'Narrows an aggregate over staff placements; all given conditions must hold.' })
export class PlacementAggregateFilter {
  @Field(() => [String], { nullable: true, description: 'Only placements in these YOTs (ONS codes).' })
  yotCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only placements in YOTs of these regions (any case; unknown is BAD_USER_INPUT).',
  })
  regions?: string[] | null;

  @Field(() => [Nation], { nullable: true, description: 'Only placements in YOTs of these nations.' })
  nations?: Nation[] | null;

  @Field(() => [StaffRole], { nullable: true, description: 'Only placements of these roles.' })
  roles?: StaffRole[] | null;

  @Field(() => [PlacementArrangement], { nullable: true, description: 'Only placements with these arrangements.' })
  arrangements?: PlacementArrangement[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only placements running on `asOf`; false: only those that are not.',
  })
  running?: boolean | null;

  @Field(() => DateRange, {
    nullable: true,
    description: 'Only placements that started within this range (inclusive).',
  })
  startedOn?: DateRange | null;

  @Field(() => DateRange, { nullable: true, description: 'Only placements that ended within this range (inclusive).' })
  endedOn?: DateRange | null;

  @Field(() => [AgencyType], {
    nullable: true,
    description:
      'Only placements whose employing agency (through the partnership) is of one of these types; placements with no named employer never match.',
  })
  agencyTypes?: AgencyType[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only placements employed by one of these agencies (global ids), through a partnership with the YOT.',
  })
  agencyIds?: string[] | null;
}
