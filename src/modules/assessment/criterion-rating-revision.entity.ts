import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { NOW, TIMESTAMP } from '../../db/column-types';
import { KeyedRecord } from '../../db/record';
import { Node } from '../../graphql/relay';
import { DateTimeScalar } from '../../graphql/scalars';
import { RatingBand } from './assessment.enums';
import { CriterionRating } from './criterion-rating.entity';

/** One `rateCriterion` call (or a carried-over copy), kept so a rating is never overwritten silently. */
@ObjectType({
  implements: Node,
  description: 'One version of a criterion rating: every rating given is kept, with who gave it and why.',
})
@Entity('criterion_rating_revision')
@Index(['ratingId', 'id'])
export class CriterionRatingRevision extends KeyedRecord {
  @Column({ type: 'integer' })
  ratingId!: number;

  @ManyToOne(() => CriterionRating, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ratingId' })
  rating?: CriterionRating;

  @Field(() => Int, { nullable: true, description: 'Score 0–10 given.' })
  @Column({ type: 'integer', nullable: true })
  score!: number | null;

  @Field(() => RatingBand, { description: 'Band given.' })
  @Column({ type: 'varchar', length: 50 })
  band!: RatingBand;

  @Field(() => String, { nullable: true, description: 'Why.' })
  @Column({ type: 'text', nullable: true })
  rationale!: string | null;

  @Field(() => String, { description: 'Who gave it.' })
  @Column({ type: 'varchar', length: 200 })
  ratedBy!: string;

  @Field(() => DateTimeScalar, { description: 'When it was given.' })
  @Column({ ...TIMESTAMP, default: NOW })
  ratedAt!: Date;

  @Field(() => Boolean, { description: 'True when this version was copied from a baseline assessment.' })
  @Column({ type: 'boolean', default: false })
  carriedOver!: boolean;

  /** Evidence ids cited by this version. */
  @Column({ type: 'simple-json' })
  evidenceIds!: number[];
}
