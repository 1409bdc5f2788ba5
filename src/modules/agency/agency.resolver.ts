import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { inTransaction } from '../../db/transaction';
import { Connection, ConnectionArgs } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { CAN } from '../auth/auth-checker';
import { loadExisting } from '../../graphql/loaders';
import { AgreementParty } from '../agreement/agreement-party.entity';
import { InformationSharingAgreement } from '../agreement/agreement.entity';
import { Partnership } from '../partnership/partnership.entity';
import { Agency } from './agency.entity';
import { AgencyFilter, AgencyOrder, CreateAgencyInput, UpdateAgencyInput } from './agency.inputs';
import { CreateAgencyPayload, UpdateAgencyPayload } from './agency.payloads';
import { AgencyService } from './agency.service';
import { visibleYots } from '../auth/scope';

@ObjectType({ description: 'A page of agencies.' })
export class AgencyConnection extends Connection(Agency, 'Agency') {}

/** Root reads of agencies and their relations. */
@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => AgencyConnection, { description: 'Partner agencies, filtered and ordered; a cursor connection.' })
  agencies(
    @Ctx() ctx: HubContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => AgencyFilter, { nullable: true, description: 'Conditions the agencies must meet.' })
    filter?: AgencyFilter,
    @Arg('orderBy', () => [AgencyOrder], { nullable: true, description: 'Ordering terms (default: by name).' })
    orderBy?: AgencyOrder[],
  ) {
    return AgencyService.list(ctx, filter, orderBy, args);
  }

  @Authorized(...CAN.administer)
  @Mutation(() => CreateAgencyPayload, {
    nullable: true,
    description: 'Adds a partner agency. CONFLICT when one of the same type has the name.',
  })
  async createAgency(
    @Ctx() ctx: HubContext,
    @Arg('input', () => CreateAgencyInput, { description: 'The new agency.' }) input: CreateAgencyInput,
  ) {
    return inTransaction(ctx, (tx) => AgencyService.create(tx, input));
  }

  @Authorized(...CAN.administer)
  @Mutation(() => UpdateAgencyPayload, {
    nullable: true,
    description: "Changes an agency's details. CONFLICT when `expectedVersion` is stale.",
  })
  async updateAgency(
    @Ctx() ctx: HubContext,
    @Arg('input', () => UpdateAgencyInput, { description: 'The changes.' }) input: UpdateAgencyInput,
  ) {
    return inTransaction(ctx, (tx) => AgencyService.update(tx, input));
  }

  @FieldResolver(() => Int, {
    description:
      'How many YOTs the agency has an active partnership with today (running, not ended, the body not ceased), among the YOTs the caller may see. What `orderBy: ACTIVE_PARTNER_YOT_COUNT` sorts by.',
  })
  activePartnerYotCount(@Root() agency: Agency, @Ctx() ctx: HubContext) {
    return AgencyService.activePartnerYotCount(ctx, agency.id);
  }

  @FieldResolver(() => [Partnership], { description: "The agency's partnerships with YOTs, active and ended." })
  async partnerships(@Root() agency: Agency, @Ctx() ctx: HubContext) {
    return onlyVisible(ctx, await ctx.loaders.manyBy(Partnership, 'agencyId').load(agency.id));
  }

  @FieldResolver(() => [InformationSharingAgreement], {
    description: 'Information-sharing agreements the agency is party to.',
  })
  async agreements(@Root() agency: Agency, @Ctx() ctx: HubContext) {
    const parties = await ctx.loaders.manyBy(AgreementParty, 'agencyId', ['agreementId']).load(agency.id);
    return onlyVisible(
      ctx,
      await loadExisting(
        ctx.loaders.byId(InformationSharingAgreement),
        parties.map((p) => p.agreementId),
      ),
    );
  }
}

/** Drops rows of YOTs the caller may not see (a PARTNER sees only the YOTs its agency partners with). */
async function onlyVisible<T extends { yotId: number }>(ctx: HubContext, rows: T[]): Promise<T[]> {
  const visible = await visibleYots(ctx);
  return visible ? rows.filter((r) => visible.has(r.yotId)) : rows;
}
