import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { NOW, TIMESTAMP } from '../../db/column-types';
import { Node } from '../../graphql/relay';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { SourcedRecord } from '../source/sourced-record';
import { Yot } from '../yot/yot.entity';
import { EvidenceKind, EvidenceReviewState, EvidenceStatus } from './evidence.enums';

/** An item a YOT holds as evidence for one or more criteria. Never hard-deleted. */
@ObjectType({
  implements: Node,
  description: 'An evidence item a YOT holds for one or more criteria, who provided it, and its review state.',
})
@Entity('evidence')
@Index(['yotId', 'occurredOn'])
@Index(['yotId', 'status'])
export class Evidence extends SourcedRecord {
  @Column({ type: 'integer' })
  yotId!: number;

  @ManyToOne(() => Yot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'yotId' })
  yot?: Yot;

  @Field(() => String, { description: 'Title of the item.' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field(() => EvidenceKind, { description: 'What sort of item it is.' })
  @Index()
  @Column({ type: 'varchar', length: 40 })
  kind!: EvidenceKind;

  @Field(() => String, {
    nullable: true,
    description: 'What the item shows, in the words of its source where possible.',
  })
  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the item was produced or the practice happened; null when the source gives no date.',
  })
  @Index()
  @Column({ type: 'date', nullable: true })
  occurredOn!: string | null;

  @Field(() => DateTimeScalar, { description: 'When the hub received the item.' })
  @Index()
  @Column({ ...TIMESTAMP, default: NOW })
  recordedAt!: Date;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the item stops counting as current evidence; null when it does not expire.',
  })
  @Column({ type: 'date', nullable: true })
  expiresOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the item itself can be found: a document reference or URL.',
  })
  @Column({ type: 'varchar', length: 500, nullable: true })
  source!: string | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  providedById!: number | null;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'providedById' })
  providedBy?: Agency;

  @Field(() => EvidenceStatus, { description: 'Whether the item counts; withdrawn items are kept.' })
  @Column({ type: 'varchar', length: 10, default: EvidenceStatus.CURRENT })
  status!: EvidenceStatus;

  @Field(() => String, { nullable: true, description: 'Why the item was withdrawn; null unless withdrawn.' })
  @Column({ type: 'text', nullable: true })
  withdrawnReason!: string | null;

  @Field(() => EvidenceReviewState, { description: "The assessor's review state." })
  @Index()
  @Column({ type: 'varchar', length: 20, default: EvidenceReviewState.SUBMITTED })
  reviewState!: EvidenceReviewState;

  @Field(() => String, { nullable: true, description: 'Who reviewed the item; null until reviewed.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  reviewedBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the item was last reviewed; null until reviewed.' })
  @Column({ ...TIMESTAMP, nullable: true })
  reviewedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the item was withdrawn; null unless withdrawn.' })
  @Column({ ...TIMESTAMP, nullable: true })
  withdrawnAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The reviewer's note; null until reviewed." })
  @Column({ type: 'text', nullable: true })
  reviewNote!: string | null;
}
