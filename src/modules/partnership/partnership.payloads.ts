import { Field, ObjectType } from 'type-graphql';
import { Agency } from '../agency/agency.entity';
import { Yot } from '../yot/yot.entity';
import { Partnership } from './partnership.entity';
import { StaffPlacement } from './staff-placement.entity';

@ObjectType({ description: 'Result of `addPartnership`.' })
export class AddPartnershipPayload {
  @Field(() => Partnership, { description: 'The new partnership.' })
  partnership!: Partnership;

  @Field(() => Yot, { description: 'The YOT, whose `partnerships` now include it.' })
  yot!: Yot;

  @Field(() => Agency, { description: 'The agency, whose `partnerships` now include it.' })
  agency!: Agency;
}

@ObjectType({ description: 'Result of `updatePartnership`.' })
export class UpdatePartnershipPayload {
  @Field(() => Partnership, { description: 'The partnership as changed.' })
  partnership!: Partnership;
}

@ObjectType({ description: 'Result of `endPartnership`.' })
export class EndPartnershipPayload {
  @Field(() => Partnership, { description: 'The ended partnership.' })
  partnership!: Partnership;

  @Field(() => [StaffPlacement], { description: 'Placements under it that were still running and ended with it.' })
  endedPlacements!: StaffPlacement[];
}

@ObjectType({ description: 'Result of `addStaffPlacement`.' })
export class AddStaffPlacementPayload {
  @Field(() => StaffPlacement, { description: 'The new placement.' })
  staffPlacement!: StaffPlacement;

  @Field(() => Yot, { description: 'The YOT, whose `staffPlacements` now include it.' })
  yot!: Yot;
}

@ObjectType({ description: 'Result of `endStaffPlacement`.' })
export class EndStaffPlacementPayload {
  @Field(() => StaffPlacement, { description: 'The ended placement.' })
  staffPlacement!: StaffPlacement;
}
