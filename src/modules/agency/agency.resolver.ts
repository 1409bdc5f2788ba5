import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { loadExisting } from '../../graphql/loaders';
import { AgreementParty } from '../agreement/agreement-party.entity';
import { InformationSharingAgreement } from '../agreement/agreement.entity';
import { Partnership } from '../partnership/partnership.entity';
import { Agency } from './agency.entity';
import { AgencyFilter, AgencyOrder } from './agency.inputs';
import { AgencyService } from './agency.service';

@ObjectType({ description: 'A page of agencies.' })
export class AgencyConnection extends Connection(Agency, 'Agency') {}

/** Root reads of agencies and their relations. */
@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => AgencyConnection, { description: 'Partner agencies, filtered and ordered; a cursor connection.' })
  agencies(
    @Ctx() ctx: HubContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => AgencyFilter, { nullable: true, description: 'Conditions the agencies must meet.' }) filter?: AgencyFilter,
    @Arg('orderBy', () => [AgencyOrder], { nullable: true, description: 'Ordering terms (default: by name).' }) orderBy?: AgencyOrder[],
  ) {
    return AgencyService.list(ctx, filter, orderBy, args);
  }

  @FieldResolver(() => [Partnership], { description: 'The agency\'s partnerships with YOTs, active and ended.' })
  partnerships(@Root() agency: Agency, @Ctx() ctx: HubContext) {
    return ctx.loaders.manyBy(Partnership, 'agencyId').load(agency.id);
  }

  @FieldResolver(() => [InformationSharingAgreement], { description: 'Information-sharing agreements the agency is party to.' })
  async agreements(@Root() agency: Agency, @Ctx() ctx: HubContext) {
    const parties = await ctx.loaders.manyBy(AgreementParty, 'agencyId', ['agreementId']).load(agency.id);
    return loadExisting(ctx.loaders.byId(InformationSharingAgreement), parties.map((p) => p.agreementId));
  }
}
