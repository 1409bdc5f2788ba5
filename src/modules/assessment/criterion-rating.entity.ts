import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { TIMESTAMP } from '../../db/column-types';
import { DateTimeScalar } from '../../graphql/scalars';
import { Node } from '../../graphql/relay';
import { Criterion } from '../framework/criterion.entity';
import { SourcedRecord } from '../source/sourced-record';
import { Assessment } from './assessment.entity';
import { RatingBand } from './assessment.enums';

/** The rating one assessment gives one criterion. */
@ObjectType({
  implements: Node,
  description:
    'The rating an assessment gives one criterion: a 0–10 score and a band, with the rationale and the evidence cited.',
})
@Entity('criterion_rating')
@Index(['assessmentId', 'criterionId'], { unique: true })
export class CriterionRating extends SourcedRecord {
  @Column({ type: 'integer' })
  assessmentId!: number;

  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessmentId' })
  assessment?: Assessment;

  @Index()
  @Column({ type: 'integer' })
  criterionId!: number;

  @ManyToOne(() => Criterion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'criterionId' })
  criterion?: Criterion;

  @Field(() => Int, {
    nullable: true,
    description:
      'Score 0–10 (0 = not applicable, 10 = outstanding practice to share); null when the source states only the band.',
  })
  @Column({ type: 'integer', nullable: true })
  score!: number | null;

  @Field(() => RatingBand, { description: 'Qualitative band.' })
  @Column({ type: 'varchar', length: 50 })
  band!: RatingBand;

  @Field(() => String, { nullable: true, description: 'Why the assessor gave this rating.' })
  @Column({ type: 'text', nullable: true })
  rationale!: string | null;

  @Field(() => String, { nullable: true, description: 'Who gave the rating, when known.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  ratedBy!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the current rating was given; null for ratings taken from published sources.',
  })
  @Column({ ...TIMESTAMP, nullable: true })
  ratedAt!: Date | null;

  @Field(() => Boolean, {
    description: 'True when copied from the baseline assessment of a re-verification and not yet re-rated.',
  })
  @Column({ type: 'boolean', default: false })
  carriedOver!: boolean;
}
