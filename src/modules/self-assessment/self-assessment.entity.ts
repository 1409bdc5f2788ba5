import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../db/record';
import { Node } from '../../graphql/relay';
import { DateScalar } from '../../graphql/scalars';
import { Yot } from '../yot/yot.entity';

/**
 * A YOT's self-assessment against the framework's ten statements on one date (the "benchmark" of the
 * benchmark – improve – review cycle). Each edit bumps `version`; earlier states are in the audit trail.
 */
@ObjectType({
  implements: Node,
  description:
    "A YOT's self-assessment on one date: a 0–10 score per statement, who took part (by agency), and what each score rests on.",
})
@Entity('self_assessment')
@Index(['yotId', 'assessedOn'])
export class SelfAssessment extends VersionedRecord {
  @Column({ type: 'integer' })
  yotId!: number;

  @ManyToOne(() => Yot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'yotId' })
  yot?: Yot;

  @Column({ type: 'integer' })
  frameworkId!: number;

  @Field(() => DateScalar, { description: 'The day the partnership scored itself.' })
  @Column({ type: 'date' })
  assessedOn!: string;

  /** Agencies that took part (ids, in the order given); resolved through the loaders. */
  @Column({ type: 'simple-json' })
  participantAgencyIds!: number[];

  @Field(() => String, {
    nullable: true,
    description: 'What the partnership said about the exercise as a whole; null when nothing.',
  })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => String, { description: "Who recorded it (the caller's token name)." })
  @Column({ type: 'varchar', length: 200 })
  recordedBy!: string;
}

/** One statement's self-score within a self-assessment. */
@ObjectType({
  description:
    "The partnership's own 0–10 score for one statement (0 = not applicable to our setting, 10 = case studies of outstanding practice to share).",
})
@Entity('self_assessment_score')
@Index(['selfAssessmentId', 'criterionId'], { unique: true })
export class SelfAssessmentScore {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  selfAssessmentId!: number;

  @ManyToOne(() => SelfAssessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'selfAssessmentId' })
  selfAssessment?: SelfAssessment;

  @Column({ type: 'integer' })
  criterionId!: number;

  @Field(() => Int, { description: 'The self-score, 0 to 10.' })
  @Column({ type: 'integer' })
  score!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why the partnership gave this score; null when it said nothing.',
  })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Evidence items of the same YOT the score rests on (ids). */
  @Column({ type: 'simple-json' })
  evidenceIds!: number[];
}
