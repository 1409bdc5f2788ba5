import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { NOW, TIMESTAMP } from '../../db/column-types';
import { KeyedRecord } from '../../db/record';
import { Node } from '../../graphql/relay';
import { DateTimeScalar } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { Child } from './child.entity';
import { OutcomeMeasure } from './child.enums';

/** One measured outcome for one child in one quarter. */
@ObjectType({ implements: Node, description: 'One measured outcome for one child in one quarter.' })
@Entity('child_outcome')
@Index(['childId', 'measure', 'period'], { unique: true })
@Index(['measure', 'period'])
// Covers outcome summaries over a range of quarters: read from the index alone (halves them on SQLite, npm run bench).
@Index(['period', 'measure', 'childId', 'met'])
export class ChildOutcome extends KeyedRecord {
  @Column({ type: 'integer' })
  childId!: number;

  @ManyToOne(() => Child, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'childId' })
  child?: Child;

  @Field(() => OutcomeMeasure, { description: 'What was measured.' })
  @Column({ type: 'varchar', length: 40 })
  measure!: OutcomeMeasure;

  @Field(() => Boolean, { description: 'Whether the measure was met (see each measure for what true means).' })
  @Column({ type: 'boolean' })
  met!: boolean;

  @Field(() => String, { description: 'Quarter the outcome belongs to, written `YYYY-Qn`, e.g. `2024-Q1`.' })
  @Column({ type: 'varchar', length: 7 })
  period!: string;

  @Index()
  @Column({ type: 'integer', nullable: true })
  recordedById!: number | null;

  @ManyToOne(() => Agency, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recordedById' })
  recordedBy?: Agency;

  @Field(() => DateTimeScalar, { description: 'When the hub recorded the outcome.' })
  @Column({ ...TIMESTAMP, default: NOW })
  recordedAt!: Date;
}
