import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay';
import { SourcedRecord } from '../source/sourced-record';
import { Criterion } from '../framework/criterion.entity';
import { Evidence } from './evidence.entity';

/** Evidence ↔ criterion: why one item supports one criterion, so a document can support several for different reasons. */
@ObjectType({ implements: Node, description: 'A link saying that an evidence item supports a criterion, and why.' })
@Entity('evidence_link')
@Index(['evidenceId', 'criterionId'], { unique: true })
export class EvidenceLink extends SourcedRecord {
  @Column({ type: 'integer' })
  evidenceId!: number;

  @ManyToOne(() => Evidence, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evidenceId' })
  evidence?: Evidence;

  @Index()
  @Column({ type: 'integer' })
  criterionId!: number;

  @ManyToOne(() => Criterion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'criterionId' })
  criterion?: Criterion;

  @Field(() => String, { nullable: true, description: 'Why the item supports this criterion.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An excerpt or page reference within the item; null when the whole item applies.',
  })
  @Column({ type: 'text', nullable: true })
  excerpt!: string | null;
}
