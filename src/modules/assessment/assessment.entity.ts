import { RecordBasis } from '../../domain/record-basis';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay';
import { DateScalar } from '../../graphql/scalars';
import { Framework } from '../framework/framework.entity';
import { SourcedRecord } from '../source/sourced-record';
import { Yot } from '../yot/yot.entity';
import { AssessmentKind, AssessmentStatus, AwardLevel, Commendation, DatePrecision } from './assessment.enums';
import { SourceDocument } from '../source/source-document.entity';

/** One award assessment of a YOT against a framework. */
@ObjectType({
  implements: Node,
  description: 'One award assessment of a YOT: its level, outcome, validity and criterion ratings.',
})
@Entity('assessment')
@Index(['yotId', 'status'])
export class Assessment extends SourcedRecord {
  @Column({ type: 'integer' })
  yotId!: number;

  @ManyToOne(() => Yot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'yotId' })
  yot?: Yot;

  @Index()
  @Column({ type: 'integer' })
  frameworkId!: number;

  @ManyToOne(() => Framework, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'frameworkId' })
  framework?: Framework;

  @Field(() => AwardLevel, { description: 'Level assessed for (and, when awarded, the level awarded).' })
  @Index()
  @Column({ type: 'varchar', length: 20 })
  level!: AwardLevel;

  @Field(() => AssessmentKind, { description: 'First award or re-verification.' })
  @Column({ type: 'varchar', length: 20 })
  kind!: AssessmentKind;

  @Field(() => RecordBasis, {
    description:
      'Whether a source states `kind` (STATED) or the hub inferred it (INFERRED: e.g. an announcement that does not say whether the award was a first one).',
  })
  @Column({ type: 'varchar', length: 10, default: RecordBasis.STATED })
  kindBasis!: RecordBasis;

  @Field(() => AssessmentStatus, { description: 'Where the assessment stands.' })
  @Index()
  // 40: ADDITIONAL_EVIDENCE_REQUESTED (29) does not fit the original 20, and PostgreSQL enforces the length.
  @Column({ type: 'varchar', length: 40 })
  status!: AssessmentStatus;

  @Field(() => DateScalar, { nullable: true, description: 'When the assessment started; null when unknown.' })
  @Column({ type: 'date', nullable: true })
  startedOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the award decision was made; null while in progress or when the source gives no date.',
  })
  @Index()
  @Column({ type: 'date', nullable: true })
  decidedOn!: string | null;

  @Field(() => DatePrecision, {
    description:
      'How precisely `decidedOn` and `validUntil` are known: DAY, or MONTH (then `decidedOn` is the first of its month and `validUntil` the last day of its month).',
  })
  @Column({ type: 'varchar', length: 5, default: DatePrecision.DAY })
  decidedOnPrecision!: DatePrecision;

  @Index()
  @Column({ type: 'integer', nullable: true })
  dateSourceDocumentId!: number | null;

  @ManyToOne(() => SourceDocument, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'dateSourceDocumentId' })
  dateSourceDocument?: SourceDocument;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Last day the award is valid (decision date + the framework's validity months; with MONTH precision the last day of that month); null when not awarded or the decision date is unknown.",
  })
  @Index()
  @Column({ type: 'date', nullable: true })
  validUntil!: string | null;

  @Field(() => [Commendation], { description: 'Commendations added to the award (empty when none).' })
  @Column({ type: 'simple-json' })
  commendations!: Commendation[];

  @Field(() => String, { nullable: true, description: 'Who assessed, when known.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  assessedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'What the assessors concluded, in the words of the sources.' })
  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'integer', nullable: true })
  baselineAssessmentId!: number | null;

  @ManyToOne(() => Assessment, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'baselineAssessmentId' })
  baselineAssessment?: Assessment;
}
