import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { inTransaction } from '../../db/transaction';
import { HubContext } from '../../graphql/context';
import { CAN } from '../auth/auth-checker';
import { loadExisting } from '../../graphql/loaders';
import { DateScalar, isoDateOrToday } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { Yot } from '../yot/yot.entity';
import { AgreementParty } from './agreement-party.entity';
import { InformationSharingAgreement } from './agreement.entity';
import { isAgreementCurrent } from './agreement.rules';
import { RecordAgreementInput, UpdateAgreementInput } from './agreement.inputs';
import { RecordAgreementPayload, UpdateAgreementPayload } from './agreement.payloads';
import { AgreementService } from './agreement.service';

/** Relations and derived fields of an information-sharing agreement. */
@Resolver(() => InformationSharingAgreement)
export class AgreementResolver {
  @Authorized(...CAN.editYotData)
  @Mutation(() => RecordAgreementPayload, {
    nullable: true,
    description: 'Records an information-sharing agreement between a YOT and partner agencies.',
  })
  recordAgreement(
    @Ctx() ctx: HubContext,
    @Arg('input', () => RecordAgreementInput, { description: 'The agreement.' }) input: RecordAgreementInput,
  ) {
    return inTransaction(ctx, (tx) => AgreementService.record(tx, input));
  }

  @Authorized(...CAN.editYotData)
  @Mutation(() => UpdateAgreementPayload, {
    nullable: true,
    description: 'Changes an agreement: status, dates, parties. CONFLICT when `expectedVersion` is stale.',
  })
  async updateAgreement(
    @Ctx() ctx: HubContext,
    @Arg('input', () => UpdateAgreementInput, { description: 'The changes.' }) input: UpdateAgreementInput,
  ) {
    return inTransaction(ctx, (tx) => AgreementService.update(tx, input));
  }

  @FieldResolver(() => Yot, { description: 'The YOT that is party to the agreement.' })
  yot(@Root() agreement: InformationSharingAgreement, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Yot).load(agreement.yotId);
  }

  @FieldResolver(() => [Agency], { description: 'Partner agencies party to the agreement (besides the YOT).' })
  async parties(@Root() agreement: InformationSharingAgreement, @Ctx() ctx: HubContext) {
    const parties = await ctx.loaders.manyBy(AgreementParty, 'agreementId', ['agencyId']).load(agreement.id);
    return loadExisting(
      ctx.loaders.byId(Agency),
      parties.map((p) => p.agencyId),
    );
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when the agreement is in force on `asOf` (default today): ACTIVE or UNDER_REVIEW, signed by then, and not past its review date.',
  })
  isCurrent(
    @Root() agreement: InformationSharingAgreement,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date to judge on (default today, UTC).' })
    asOf?: Date,
  ) {
    return isAgreementCurrent(agreement, isoDateOrToday(asOf));
  }
}
