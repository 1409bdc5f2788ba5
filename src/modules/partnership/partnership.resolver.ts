import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { HubContext } from '../../graphql/context';
import { Agency } from '../agency/agency.entity';
import { Yot } from '../yot/yot.entity';
import { Partnership } from './partnership.entity';
import { StaffPlacement } from './staff-placement.entity';

/** Relations of a partnership, each through a per-request loader. */
@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => Yot, { description: 'The YOT side of the partnership.' })
  yot(@Root() partnership: Partnership, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Yot).load(partnership.yotId);
  }

  @FieldResolver(() => Agency, { description: 'The partner agency.' })
  agency(@Root() partnership: Partnership, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Agency).load(partnership.agencyId);
  }

  @FieldResolver(() => [StaffPlacement], { description: 'Staff the agency places with the YOT under this partnership.' })
  staffPlacements(@Root() partnership: Partnership, @Ctx() ctx: HubContext) {
    return ctx.loaders.manyBy(StaffPlacement, 'partnershipId').load(partnership.id);
  }
}

/** Relations of a staff placement. */
@Resolver(() => StaffPlacement)
export class StaffPlacementResolver {
  @FieldResolver(() => Yot, { description: 'The YOT the staff work in or with.' })
  yot(@Root() placement: StaffPlacement, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Yot).load(placement.yotId);
  }

  @FieldResolver(() => Partnership, { nullable: true, description: 'The partnership the staff are placed under; null when the source does not name the employing agency.' })
  partnership(@Root() placement: StaffPlacement, @Ctx() ctx: HubContext) {
    return placement.partnershipId == null ? null : ctx.loaders.byId(Partnership).load(placement.partnershipId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The employing agency (through the partnership); null when not named.' })
  async agency(@Root() placement: StaffPlacement, @Ctx() ctx: HubContext) {
    if (placement.partnershipId == null) return null;
    const partnership = await ctx.loaders.byId(Partnership).load(placement.partnershipId);
    return partnership ? ctx.loaders.byId(Agency).load(partnership.agencyId) : null;
  }
}
