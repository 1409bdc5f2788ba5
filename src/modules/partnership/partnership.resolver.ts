import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { inTransaction } from '../../db/transaction';
import { HubContext } from '../../graphql/context';
import { plannedRelation } from '../../graphql/planned-reads';
import { DateScalar } from '../../graphql/scalars';
import { CAN } from '../auth/auth-checker';
import { Agency } from '../agency/agency.entity';
import { Yot } from '../yot/yot.entity';
import { Partnership } from './partnership.entity';
import { placementsAsOfArg, runningOnly } from './placements-on';
import { StaffPlacement } from './staff-placement.entity';
import {
  AddPartnershipInput,
  AddStaffPlacementInput,
  EndPartnershipInput,
  EndStaffPlacementInput,
  UpdatePartnershipInput,
} from './partnership.inputs';
import {
  AddPartnershipPayload,
  AddStaffPlacementPayload,
  EndPartnershipPayload,
  EndStaffPlacementPayload,
  UpdatePartnershipPayload,
} from './partnership.payloads';
import { PartnershipService } from './partnership.service';

/** Relations of a partnership, each through a per-request loader. */
/** `Partnership.agency` inside a planned statement (planned-reads.ts); alone, through the by-id loader below. */
plannedRelation({
  field: 'Partnership.agency',
  target: Agency,
  many: false,
  from: (c) => `agency ${c}`,
  key: (c) => `${c}.id`,
  parentColumn: 'agencyId',
  orderBy: (c) => [`${c}.id`],
});

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Authorized(...CAN.editYotData)
  @Mutation(() => AddPartnershipPayload, {
    nullable: true,
    description: 'Starts a partnership between a YOT and an agency. CONFLICT while an active one exists.',
  })
  addPartnership(
    @Ctx() ctx: HubContext,
    @Arg('input', () => AddPartnershipInput, { description: 'The partnership.' }) input: AddPartnershipInput,
  ) {
    return inTransaction(ctx, (tx) => PartnershipService.add(tx, input));
  }

  @Authorized(...CAN.editYotData)
  @Mutation(() => UpdatePartnershipPayload, {
    nullable: true,
    description: "Changes a partnership's details. CONFLICT when `expectedVersion` is stale.",
  })
  async updatePartnership(
    @Ctx() ctx: HubContext,
    @Arg('input', () => UpdatePartnershipInput, { description: 'The changes.' }) input: UpdatePartnershipInput,
  ) {
    return inTransaction(ctx, (tx) => PartnershipService.update(tx, input));
  }

  @Authorized(...CAN.editYotData)
  @Mutation(() => EndPartnershipPayload, {
    nullable: true,
    description: 'Ends a partnership and the staff placements still running under it.',
  })
  endPartnership(
    @Ctx() ctx: HubContext,
    @Arg('input', () => EndPartnershipInput, { description: 'Which partnership and when it ended.' })
    input: EndPartnershipInput,
  ) {
    return inTransaction(ctx, (tx) => PartnershipService.end(tx, input));
  }

  @FieldResolver(() => Yot, { description: 'The YOT side of the partnership.' })
  yot(@Root() partnership: Partnership, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Yot).load(partnership.yotId);
  }

  @FieldResolver(() => Agency, { description: 'The partner agency.' })
  agency(@Root() partnership: Partnership, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Agency).load(partnership.agencyId);
  }

  @FieldResolver(() => [StaffPlacement], {
    description: 'Staff the agency places with the YOT under this partnership.',
  })
  async staffPlacements(
    @Root() partnership: Partnership,
    @Ctx() ctx: HubContext,
    @Arg('asOf', () => DateScalar, placementsAsOfArg) asOf?: Date,
  ) {
    const all = await ctx.loaders.manyBy(StaffPlacement, 'partnershipId').load(partnership.id);
    return runningOnly(all, asOf);
  }
}

/** Relations of a staff placement. */
@Resolver(() => StaffPlacement)
export class StaffPlacementResolver {
  @Authorized(...CAN.editYotData)
  @Mutation(() => AddStaffPlacementPayload, {
    nullable: true,
    description: 'Records staff placed with a YOT, under one of its active partnerships when the employer is known.',
  })
  addStaffPlacement(
    @Ctx() ctx: HubContext,
    @Arg('input', () => AddStaffPlacementInput, { description: 'The placement.' }) input: AddStaffPlacementInput,
  ) {
    return inTransaction(ctx, (tx) => PartnershipService.addPlacement(tx, input));
  }

  @Authorized(...CAN.editYotData)
  @Mutation(() => EndStaffPlacementPayload, { nullable: true, description: 'Ends a staff placement.' })
  async endStaffPlacement(
    @Ctx() ctx: HubContext,
    @Arg('input', () => EndStaffPlacementInput, { description: 'Which placement and when it ended.' })
    input: EndStaffPlacementInput,
  ) {
    return inTransaction(ctx, (tx) => PartnershipService.endPlacement(tx, input));
  }

  @FieldResolver(() => Yot, { description: 'The YOT the staff work in or with.' })
  yot(@Root() placement: StaffPlacement, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Yot).load(placement.yotId);
  }

  @FieldResolver(() => Partnership, {
    nullable: true,
    description: 'The partnership the staff are placed under; null when the source does not name the employing agency.',
  })
  partnership(@Root() placement: StaffPlacement, @Ctx() ctx: HubContext) {
    return placement.partnershipId == null ? null : ctx.loaders.byId(Partnership).load(placement.partnershipId);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: 'The employing agency (through the partnership); null when not named.',
  })
  async agency(@Root() placement: StaffPlacement, @Ctx() ctx: HubContext) {
    if (placement.partnershipId == null) return null;
    const partnership = await ctx.loaders.byId(Partnership).load(placement.partnershipId);
    return partnership ? ctx.loaders.byId(Agency).load(partnership.agencyId) : null;
  }
}
