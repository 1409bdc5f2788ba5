import { Arg, Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { DateScalar, isoDateOrToday } from '../../graphql/scalars';
import { PartnershipAggregateFilter } from '../aggregate/aggregate.filters';
import { PartnershipOrder } from './partnership-list.inputs';
import { PartnershipListService } from './partnership-list.service';
import { Partnership } from './partnership.entity';

@ObjectType({ description: 'A page of partnerships.' })
export class PartnershipConnection extends Connection(Partnership, 'Partnership') {}

/** The root list of partnerships, with the same filter as `partnershipAggregate`. */
@Resolver()
export class PartnershipListResolver {
  @Query(() => PartnershipConnection, {
    description:
      'Partnerships of every YOT the caller may see, filtered (the `partnershipAggregate` filter) and ordered (default: latest start first); a cursor connection.',
  })
  partnerships(
    @Ctx() ctx: HubContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => PartnershipAggregateFilter, {
      nullable: true,
      description: 'Conditions the partnerships must meet.',
    })
    filter?: PartnershipAggregateFilter,
    @Arg('orderBy', () => [PartnershipOrder], {
      nullable: true,
      description: 'Ordering terms (default: latest start first).',
    })
    orderBy?: PartnershipOrder[],
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day `filter.active` is judged on (default today).',
    })
    asOf?: Date,
  ) {
    return PartnershipListService.list(ctx, filter, orderBy, isoDateOrToday(asOf), args);
  }
}
