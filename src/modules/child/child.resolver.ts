import { Arg, Args, Authorized, Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs, Page } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { Agency } from '../agency/agency.entity';
import { Yot } from '../yot/yot.entity';
import { ChildOutcome } from './child-outcome.entity';
import { Child } from './child.entity';
import { SendStatus } from './child.enums';
import { ChildService } from './child.service';
import { CAN } from '../auth/auth-checker';
import { forbidden } from '../../graphql/errors';
import { canSeeChildren } from '../auth/scope';

@ObjectType({ description: 'A page of pseudonymised children.' })
export class ChildConnection extends Connection(Child, 'Child') {}

/** Relations of a child. */
@Resolver(() => Child)
export class ChildResolver {
  @FieldResolver(() => Yot, { description: 'The YOT the child is known to.' })
  yot(@Root() child: Child, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Yot).load(child.yotId);
  }

  @FieldResolver(() => [ChildOutcome], { description: "The child's measured outcomes, oldest period first." })
  outcomes(@Root() child: Child, @Ctx() ctx: HubContext) {
    return ctx.loaders.manyBy(ChildOutcome, 'childId', ['period', 'measure']).load(child.id);
  }
}

/** Relations of a child outcome. */
@Resolver(() => ChildOutcome)
export class ChildOutcomeResolver {
  @FieldResolver(() => Child, { description: 'The child the outcome is for.' })
  child(@Root() outcome: ChildOutcome, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Child).load(outcome.childId);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: 'The agency that recorded the outcome; null when the YOT recorded it.',
  })
  recordedBy(@Root() outcome: ChildOutcome, @Ctx() ctx: HubContext) {
    return outcome.recordedById == null ? null : ctx.loaders.byId(Agency).load(outcome.recordedById);
  }
}

/** `Yot.children`: the children a YOT works with. */
@Resolver(() => Yot)
export class YotChildrenResolver {
  @Authorized(...CAN.readChildren)
  @FieldResolver(() => ChildConnection, {
    nullable: true,
    description:
      "Pseudonymised children known to the YOT, ordered by reference; a cursor connection. Administrators and the YOT's own manager only (null with FORBIDDEN for others).",
  })
  children(
    @Root() yot: Yot,
    @Ctx() ctx: HubContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('sendStatuses', () => [SendStatus], {
      nullable: true,
      description: 'Only children with one of these SEND statuses.',
    })
    sendStatuses?: SendStatus[],
  ) {
    if (!canSeeChildren(ctx, yot.id)) throw forbidden(ctx.caller.role, "read another YOT's children");
    const key = `children:${JSON.stringify([sendStatuses ?? null, args])}`;
    return ctx.loaders
      .custom<number, Page<Child>>(key, (ids) => ChildService.pagesForYots(ctx, ids, sendStatuses, args))
      .load(yot.id);
  }
}
