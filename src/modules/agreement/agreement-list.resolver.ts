import { Arg, Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { DateScalar, toIsoDate, todayIso } from '../../graphql/scalars';
import { AgreementAggregateFilter } from '../aggregate/aggregate.filters';
import { InformationSharingAgreement } from './agreement.entity';
import { AgreementOrder } from './agreement-list.inputs';
import { AgreementListService } from './agreement-list.service';

@ObjectType({ description: 'A page of information-sharing agreements.' })
export class AgreementConnection extends Connection(InformationSharingAgreement, 'Agreement') {}

/** The root list of information-sharing agreements, with the same filter as `agreementAggregate`. */
@Resolver()
export class AgreementListResolver {
  @Query(() => AgreementConnection, {
    description:
      'Information-sharing agreements of every YOT the caller may see, filtered (the `agreementAggregate` filter) and ordered (default: latest signed first); a cursor connection.',
  })
  agreements(
    @Ctx() ctx: HubContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => AgreementAggregateFilter, {
      nullable: true,
      description: 'Conditions the agreements must meet.',
    })
    filter?: AgreementAggregateFilter,
    @Arg('orderBy', () => [AgreementOrder], {
      nullable: true,
      description: 'Ordering terms (default: latest signed first).',
    })
    orderBy?: AgreementOrder[],
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day `filter.inForce` is judged on (default today).',
    })
    asOf?: Date,
  ) {
    return AgreementListService.list(ctx, filter, orderBy, asOf ? toIsoDate(asOf, 'asOf') : todayIso(), args);
  }
}
