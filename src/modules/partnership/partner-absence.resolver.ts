import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { inTransaction } from '../../db/transaction';
import { HubContext } from '../../graphql/context';
import { CAN } from '../auth/auth-checker';
import { Yot } from '../yot/yot.entity';
import { PartnerAbsence } from './partner-absence.entity';
import {
  RecordPartnerAbsenceInput,
  RecordPartnerAbsencePayload,
  WithdrawPartnerAbsenceInput,
  WithdrawPartnerAbsencePayload,
} from './partner-absence.inputs';
import { PartnerAbsenceService } from './partner-absence.service';

/** Recording and withdrawing "we have no partner of this type", and where it shows. */
@Resolver(() => PartnerAbsence)
export class PartnerAbsenceResolver {
  @Authorized(...CAN.editYotData)
  @Mutation(() => RecordPartnerAbsencePayload, {
    nullable: true,
    description:
      'Records that a YOT has no partner of an agency type: coverage then shows RECORDED_ABSENT (not NOT_RECORDED) and gaps MISSING_…_PARTNER. CONFLICT when one still holds or an active partnership of the type exists.',
  })
  recordPartnerAbsence(
    @Ctx() ctx: HubContext,
    @Arg('input', () => RecordPartnerAbsenceInput, { description: 'The absence.' }) input: RecordPartnerAbsenceInput,
  ) {
    return inTransaction(ctx, (tx) => PartnerAbsenceService.record(tx, input));
  }

  @Authorized(...CAN.editYotData)
  @Mutation(() => WithdrawPartnerAbsencePayload, {
    nullable: true,
    description:
      'Withdraws a recorded absence from a date. CONFLICT when already withdrawn or `expectedVersion` is stale.',
  })
  withdrawPartnerAbsence(
    @Ctx() ctx: HubContext,
    @Arg('input', () => WithdrawPartnerAbsenceInput, { description: 'Which absence and its last day.' })
    input: WithdrawPartnerAbsenceInput,
  ) {
    return inTransaction(ctx, (tx) => PartnerAbsenceService.withdraw(tx, input));
  }

  @FieldResolver(() => Yot, { description: 'The YOT.' })
  yot(@Root() absence: PartnerAbsence, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Yot).load(absence.yotId);
  }
}
