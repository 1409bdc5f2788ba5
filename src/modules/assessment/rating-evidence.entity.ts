import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Evidence } from '../evidence/evidence.entity';
import { CriterionRating } from './criterion-rating.entity';

/** An evidence item a rating cites. */
@Entity('rating_evidence')
export class RatingEvidence {
  @PrimaryColumn({ type: 'integer' })
  ratingId!: number;

  @ManyToOne(() => CriterionRating, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ratingId' })
  rating?: CriterionRating;

  @Index()
  @PrimaryColumn({ type: 'integer' })
  evidenceId!: number;

  @ManyToOne(() => Evidence, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evidenceId' })
  evidence?: Evidence;
}
