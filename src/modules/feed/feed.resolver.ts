import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root, Subscription } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { requireRole } from '../auth/roles';
import { Yot } from '../yot/yot.entity';
import { Change, ChangeConnection, ChangeFilter } from './change.types';
import { ChangeStream } from './change-stream';
import { FeedService } from './feed.service';

/** The change feed: a resumable `changes` query for clients that poll. */
@Resolver(() => Change)
export class FeedResolver {
  @Authorized()
  @Query(() => ChangeConnection, {
    description:
      'Committed changes that concern the YOTs you may see, oldest first: evidence recorded, reviewed or changed, ratings, assessments, agreements, partnerships and placements. Poll with `after` set to the last `endCursor` (keep your own cursor when a page comes back empty). Changes about children and agencies are not in the feed.',
  })
  changes(
    @Ctx() ctx: HubContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ChangeFilter, { nullable: true, description: 'Which changes to list.' }) filter?: ChangeFilter,
  ) {
    return FeedService.changes(ctx, args, filter);
  }

  @FieldResolver(() => Yot, { description: 'The YOT the change concerns.' })
  yot(@Root() change: Change, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Yot).load(change.yotKey);
  }
}

/** The change feed as a subscription over graphql-ws (`/graphql`). */
@Resolver()
export class FeedSubscriptionResolver {
  @Subscription(() => Change, {
    name: 'changes',
    description:
      'Each change that concerns a YOT you may see, as soon as it is committed (by this or any other hub process; within FEED_POLL_MS). Without `after`, starts with the next change; with `after` (a cursor from `changes` or from an earlier event), first replays what was missed. Only over graphql-ws at `/graphql`.',
    subscribe: async ({ args, context }) => {
      const ctx = context as HubContext;
      requireRole(ctx.caller);
      const { filter, after } = args as { filter?: ChangeFilter | null; after?: string | null };
      const afterKey = after != null ? FeedService.keyOfCursor(after) : await FeedService.latestKey(ctx);
      // Refuses an unknown or hidden YOT code now, with its error, rather than on the first change.
      await FeedService.checkFilter(ctx, filter);
      return new ChangeStream(ctx, afterKey, filter);
    },
  })
  changeFeed(
    @Root() change: Change,
    @Arg('filter', () => ChangeFilter, { nullable: true, description: 'Which changes to deliver.' })
    _filter?: ChangeFilter,
    @Arg('after', () => String, {
      nullable: true,
      description:
        "Resume after this cursor (`Change.cursor` or a `changes` page's `endCursor`), replaying what was missed.",
    })
    _after?: string,
  ): Change {
    return change;
  }
}
