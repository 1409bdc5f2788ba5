import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { inTransaction } from '../../db/transaction';
import { HubContext } from '../../graphql/context';
import { CAN } from '../auth/auth-checker';
import { RecordOutcomesInput, RegisterChildInput } from './child.inputs';
import { RecordOutcomesPayload, RegisterChildPayload } from './child.payloads';
import { ChildWriteService } from './child-write.service';

/** Mutations on pseudonymised children and their outcomes. */
@Resolver()
export class ChildWriteResolver {
  @Authorized(...CAN.readChildren)
  @Mutation(() => RegisterChildPayload, {
    nullable: true,
    description: 'Registers a child under a pseudonymous reference. CONFLICT when the YOT already uses the reference.',
  })
  async registerChild(
    @Ctx() ctx: HubContext,
    @Arg('input', () => RegisterChildInput, { description: 'The child.' }) input: RegisterChildInput,
  ) {
    return inTransaction(ctx, (tx) => ChildWriteService.register(tx, input));
  }

  @Authorized(...CAN.readChildren)
  @Mutation(() => RecordOutcomesPayload, {
    nullable: true,
    description:
      'Records up to 5,000 child outcomes all or nothing. One bad row rejects the batch: `extensions.rows` lists bad rows (index and reason, up to 50) and nothing is written.',
  })
  async recordOutcomes(
    @Ctx() ctx: HubContext,
    @Arg('input', () => RecordOutcomesInput, { description: 'The batch.' }) input: RecordOutcomesInput,
  ) {
    return inTransaction(ctx, (tx) => ChildWriteService.record(tx, input));
  }
}
