import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A YOT's view on a date, computed and kept between requests and restarts (as JSON), so a national view after a
 * write recomputes only the YOTs the write touched. A row is valid while its `generation` and `epoch` equal the
 * YOT's and the global entries of `yot_generation`; see there.
 */
abstract class StoredYotView {
  @PrimaryColumn({ type: 'integer' })
  frameworkId!: number;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  asOf!: string;

  @PrimaryColumn({ type: 'integer' })
  yotId!: number;

  @Column({ type: 'integer' })
  generation!: number;

  @Column({ type: 'integer' })
  epoch!: number;

  @Column({ type: 'text' })
  payload!: string;
}

/** A YOT's coverage (the `YotCoverage` the API returns). */
@Entity('coverage_rollup')
export class CoverageRollup extends StoredYotView {}

/** A YOT's criterion coverage (the `CriterionCoverage` rows of the national criteria heatmap). */
@Entity('criterion_rollup')
export class CriterionRollup extends StoredYotView {}

/**
 * How many times each YOT's coverage inputs have changed (partnerships, staff, absences, agreements, evidence and
 * its links, assessments and their criterion ratings, host authorities), counted up by database triggers in the
 * writing statement itself (migrations CoverageRollup and CriterionRollup); the row of YOT id 0 counts changes
 * that concern every YOT (agencies, the framework). A stored view is valid only at the counts it was computed at,
 * which its computing statement read no later than the data, so a write committed in between always makes it stale.
 */
@Entity('yot_generation')
export class YotGeneration {
  @PrimaryColumn({ type: 'integer' })
  yotId!: number;

  @Column({ type: 'integer' })
  generation!: number;
}
