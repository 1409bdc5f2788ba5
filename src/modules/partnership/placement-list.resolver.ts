import { Arg, Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { DateScalar, toIsoDate, todayIso } from '../../graphql/scalars';
import { PlacementAggregateFilter } from '../aggregate/aggregate.filters';
import { PlacementOrder } from './placement-list.inputs';
import { PlacementListService } from './placement-list.service';
import { StaffPlacement } from './staff-placement.entity';

@ObjectType({ description: 'A page of staff placements.' })
export class StaffPlacementConnection extends Connection(StaffPlacement, 'StaffPlacement') {}

/** The root list of staff placements (seconded, co-located and other staff), with the same filter as `placementAggregate`. */
@Resolver()
export class PlacementListResolver {
  @Query(() => StaffPlacementConnection, {
    description:
      'Staff placements (secondments, co-location and other staff working with a YOT) of every YOT the caller may see, filtered (the `placementAggregate` filter) and ordered (default: latest start first); a cursor connection.',
  })
  placements(
    @Ctx() ctx: HubContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => PlacementAggregateFilter, {
      nullable: true,
      description: 'Conditions the placements must meet.',
    })
    filter?: PlacementAggregateFilter,
    @Arg('orderBy', () => [PlacementOrder], {
      nullable: true,
      description: 'Ordering terms (default: latest start first).',
    })
    orderBy?: PlacementOrder[],
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day `filter.running` is judged on (default today).',
    })
    asOf?: Date,
  ) {
    return PlacementListService.list(ctx, filter, orderBy, asOf ? toIsoDate(asOf, 'asOf') : todayIso(), args);
  }
}
