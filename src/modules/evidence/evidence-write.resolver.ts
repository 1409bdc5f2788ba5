import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { inTransaction } from '../../db/transaction';
import { HubContext } from '../../graphql/context';
import { CAN } from '../auth/auth-checker';
import {
  LinkEvidenceInput,
  RecordEvidenceInput,
  ReviewEvidenceInput,
  UnlinkEvidenceInput,
  UpdateEvidenceInput,
  WithdrawEvidenceInput,
} from './evidence-write.inputs';
import { EvidenceWriteService } from './evidence-write.service';
import {
  LinkEvidencePayload,
  RecordEvidencePayload,
  ReviewEvidencePayload,
  UnlinkEvidencePayload,
  UpdateEvidencePayload,
  WithdrawEvidencePayload,
} from './evidence.payloads';

/** Mutations on evidence items and their criterion links. */
@Resolver()
export class EvidenceWriteResolver {
  @Authorized(...CAN.editEvidence)
  @Mutation(() => RecordEvidencePayload, {
    nullable: true,
    description:
      'Records an evidence item with the criteria it supports and the agencies involved; it starts SUBMITTED.',
  })
  recordEvidence(
    @Ctx() ctx: HubContext,
    @Arg('input', () => RecordEvidenceInput, { description: 'The item.' }) input: RecordEvidenceInput,
  ) {
    return inTransaction(ctx, (tx) => EvidenceWriteService.record(tx, input));
  }

  @Authorized(...CAN.editEvidence)
  @Mutation(() => UpdateEvidencePayload, {
    nullable: true,
    description: 'Changes an evidence item. CONFLICT when `expectedVersion` is stale; withdrawn items cannot change.',
  })
  async updateEvidence(
    @Ctx() ctx: HubContext,
    @Arg('input', () => UpdateEvidenceInput, { description: 'The changes.' }) input: UpdateEvidenceInput,
  ) {
    return inTransaction(ctx, (tx) => EvidenceWriteService.update(tx, input));
  }

  @Authorized(...CAN.assess)
  @Mutation(() => ReviewEvidencePayload, {
    nullable: true,
    description: 'Accepts or rejects an item, or asks for changes, recording the reviewer and a note.',
  })
  async reviewEvidence(
    @Ctx() ctx: HubContext,
    @Arg('input', () => ReviewEvidenceInput, { description: 'The review.' }) input: ReviewEvidenceInput,
  ) {
    return inTransaction(ctx, (tx) => EvidenceWriteService.review(tx, input));
  }

  @Authorized(...CAN.editEvidence)
  @Mutation(() => LinkEvidencePayload, {
    nullable: true,
    description: 'Links an item to a criterion it supports, with why. CONFLICT when already linked.',
  })
  linkEvidence(
    @Ctx() ctx: HubContext,
    @Arg('input', () => LinkEvidenceInput, { description: 'The link.' }) input: LinkEvidenceInput,
  ) {
    return inTransaction(ctx, (tx) => EvidenceWriteService.link(tx, input));
  }

  @Authorized(...CAN.editEvidence)
  @Mutation(() => UnlinkEvidencePayload, {
    nullable: true,
    description: 'Removes the link between an item and a criterion.',
  })
  unlinkEvidence(
    @Ctx() ctx: HubContext,
    @Arg('input', () => UnlinkEvidenceInput, { description: 'The link to remove.' }) input: UnlinkEvidenceInput,
  ) {
    return inTransaction(ctx, (tx) => EvidenceWriteService.unlink(tx, input));
  }

  @Authorized(...CAN.editEvidence)
  @Mutation(() => WithdrawEvidencePayload, {
    nullable: true,
    description:
      'Withdraws an item with a reason. It is never deleted: assessors still see it, coverage no longer counts it.',
  })
  async withdrawEvidence(
    @Ctx() ctx: HubContext,
    @Arg('input', () => WithdrawEvidenceInput, { description: 'The item and why.' }) input: WithdrawEvidenceInput,
  ) {
    return inTransaction(ctx, (tx) => EvidenceWriteService.withdraw(tx, input));
  }
}
