import { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Info,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { inTransaction } from '../../db/transaction';
import { DateScalar } from '../../graphql/scalars';
import { Connection, ConnectionArgs } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import {
  loadPlanned,
  loadPlannedBy,
  plannedPageNodes,
  plannedRelation,
  readsParentKeyOnly,
} from '../../graphql/planned-reads';
import { CAN } from '../auth/auth-checker';
import { InformationSharingAgreement } from '../agreement/agreement.entity';
import { Assessment } from '../assessment/assessment.entity';
import { Partnership } from '../partnership/partnership.entity';
import { PartnershipStatus } from '../partnership/partnership.enums';
import { placementsAsOfArg, runningOnly } from '../partnership/placements-on';
import { StaffPlacement } from '../partnership/staff-placement.entity';
import { Yot } from './yot.entity';
import { CreateYotInput, UpdateYotInput, YotFilter, YotOrder } from './yot.inputs';
import { CreateYotPayload, UpdateYotPayload } from './yot.payloads';
import { YotService } from './yot.service';
import { normaliseYotCode } from './yot-code';

/** `Yot.partnerships` in its parent's statement when the selection allows (planned-reads.ts); ordered as `manyBy`. */
const PARTNERSHIPS = plannedRelation({
  field: 'Yot.partnerships',
  target: Partnership,
  many: true,
  from: (c) => `partnership ${c}`,
  key: (c) => `${c}."yotId"`,
  parentColumn: 'id',
  orderBy: (c) => [`${c}.id`],
});

// Their resolvers read only `yot.id`, so a planned YOT can be their parent.
readsParentKeyOnly('Yot.evidence', 'Yot.staffPlacements', 'Yot.agreements', 'Yot.assessments');

@ObjectType({ description: 'A page of YOTs.' })
export class YotConnection extends Connection(Yot, 'Yot') {}

/** Root reads of YOTs and their one-to-many relations (each through a per-request loader). */
@Resolver(() => Yot)
export class YotResolver {
  @Query(() => YotConnection, { description: 'YOTs, filtered and ordered; a cursor connection.' })
  yots(
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => YotFilter, { nullable: true, description: 'Conditions the YOTs must meet.' })
    filter?: YotFilter,
    @Arg('orderBy', () => [YotOrder], { nullable: true, description: 'Ordering terms (default: by name).' })
    orderBy?: YotOrder[],
  ) {
    return YotService.list(ctx, filter, orderBy, args, plannedPageNodes(ctx, info, Yot, { counts: true }));
  }

  @Query(() => Yot, {
    nullable: true,
    description:
      'The YOT with this ONS local-authority code (e.g. `E08000011`); null with a NOT_FOUND error when there is none.',
  })
  yot(
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('code', () => String, { description: 'ONS local-authority code, e.g. `E08000011`.' }) code: string,
  ) {
    const normalised = normaliseYotCode(code);
    return YotService.byCode(ctx, normalised, loadPlannedBy<Yot>(ctx, info, Yot, 'code', normalised));
  }

  @Authorized(...CAN.administer)
  @Mutation(() => CreateYotPayload, { nullable: true, description: 'Adds a YOT. CONFLICT when its code exists.' })
  async createYot(
    @Ctx() ctx: HubContext,
    @Arg('input', () => CreateYotInput, { description: 'The new YOT.' }) input: CreateYotInput,
  ) {
    return inTransaction(ctx, (tx) => YotService.create(tx, input));
  }

  @Authorized(...CAN.editYotData)
  @Mutation(() => UpdateYotPayload, {
    nullable: true,
    description: "Changes a YOT's details. CONFLICT when `expectedVersion` is stale.",
  })
  async updateYot(
    @Ctx() ctx: HubContext,
    @Arg('input', () => UpdateYotInput, { description: 'The changes.' }) input: UpdateYotInput,
  ) {
    return inTransaction(ctx, (tx) => YotService.update(tx, input));
  }

  @FieldResolver(() => [Partnership], {
    description: "The YOT's partnerships with agencies, optionally only those with `status`.",
  })
  async partnerships(
    @Root() yot: Yot,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('status', () => PartnershipStatus, {
      nullable: true,
      description: 'Only partnerships in this status; all when omitted.',
    })
    status?: PartnershipStatus,
  ) {
    const planned = status ? undefined : loadPlanned(ctx, info, PARTNERSHIPS, yot.id);
    if (planned) return planned;
    const all = await ctx.loaders.manyBy(Partnership, 'yotId').load(yot.id);
    return status ? all.filter((p) => p.status === status) : all;
  }

  @FieldResolver(() => [StaffPlacement], {
    description: 'Staff working in or with the YOT, whether or not a source names their employing agency.',
  })
  async staffPlacements(
    @Root() yot: Yot,
    @Ctx() ctx: HubContext,
    @Arg('asOf', () => DateScalar, placementsAsOfArg) asOf?: Date,
  ) {
    const all = await ctx.loaders.manyBy(StaffPlacement, 'yotId').load(yot.id);
    return runningOnly(all, asOf);
  }

  @FieldResolver(() => [InformationSharingAgreement], {
    description: 'Information-sharing agreements the YOT is party to.',
  })
  agreements(@Root() yot: Yot, @Ctx() ctx: HubContext) {
    return ctx.loaders.manyBy(InformationSharingAgreement, 'yotId').load(yot.id);
  }

  @FieldResolver(() => [Assessment], { description: 'Award assessments of the YOT, oldest first.' })
  assessments(@Root() yot: Yot, @Ctx() ctx: HubContext) {
    return ctx.loaders.manyBy(Assessment, 'yotId').load(yot.id);
  }
}
