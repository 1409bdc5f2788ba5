import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { HubContext } from '../../graphql/context';
import { loadExisting } from '../../graphql/loaders';
import { DateScalar, todayIso, toIsoDate } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { Yot } from '../yot/yot.entity';
import { AgreementParty } from './agreement-party.entity';
import { InformationSharingAgreement } from './agreement.entity';
import { isAgreementCurrent } from './agreement.rules';

/** Relations and derived fields of an information-sharing agreement. */
@Resolver(() => InformationSharingAgreement)
export class AgreementResolver {
  @FieldResolver(() => Yot, { description: 'The YOT that is party to the agreement.' })
  yot(@Root() agreement: InformationSharingAgreement, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Yot).load(agreement.yotId);
  }

  @FieldResolver(() => [Agency], { description: 'Partner agencies party to the agreement (besides the YOT).' })
  async parties(@Root() agreement: InformationSharingAgreement, @Ctx() ctx: HubContext) {
    const parties = await ctx.loaders.manyBy(AgreementParty, 'agreementId', ['agencyId']).load(agreement.id);
    return loadExisting(ctx.loaders.byId(Agency), parties.map((p) => p.agencyId));
  }

  @FieldResolver(() => Boolean, { description: 'True when the agreement is in force (ACTIVE or UNDER_REVIEW) and not past its review date on `asOf` (default today).' })
  isCurrent(
    @Root() agreement: InformationSharingAgreement,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date to judge on (default today, UTC).' }) asOf?: Date,
  ) {
    return isAgreementCurrent(agreement, asOf ? toIsoDate(asOf, 'asOf') : todayIso());
  }
}
