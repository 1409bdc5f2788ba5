import { Field, ID, ObjectType } from 'type-graphql';
import { Yot } from '../yot/yot.entity';
import { EvidenceLink } from './evidence-link.entity';
import { Evidence } from './evidence.entity';

@ObjectType({ description: 'Result of `recordEvidence`.' })
export class RecordEvidencePayload {
  @Field(() => Evidence, { description: 'The new item, with its criteria links.' })
  evidence!: Evidence;

  @Field(() => Yot, { description: 'The YOT, whose `evidence` now includes it.' })
  yot!: Yot;
}

@ObjectType({ description: 'Result of `updateEvidence`.' })
export class UpdateEvidencePayload {
  @Field(() => Evidence, { description: 'The item as changed.' })
  evidence!: Evidence;
}

@ObjectType({ description: 'Result of `reviewEvidence`.' })
export class ReviewEvidencePayload {
  @Field(() => Evidence, { description: 'The item with its new review state.' })
  evidence!: Evidence;
}

@ObjectType({ description: 'Result of `linkEvidence`.' })
export class LinkEvidencePayload {
  @Field(() => EvidenceLink, { description: 'The new link.' })
  link!: EvidenceLink;

  @Field(() => Evidence, { description: 'The item, whose `criteria` now include the link.' })
  evidence!: Evidence;
}

@ObjectType({ description: 'Result of `unlinkEvidence`.' })
export class UnlinkEvidencePayload {
  @Field(() => ID, { description: 'Global id of the removed link, for clients to drop from their cache.' })
  removedLinkId!: string;

  @Field(() => Evidence, { description: 'The item without the link.' })
  evidence!: Evidence;
}

@ObjectType({ description: 'Result of `withdrawEvidence`.' })
export class WithdrawEvidencePayload {
  @Field(() => Evidence, { description: 'The withdrawn item.' })
  evidence!: Evidence;
}
