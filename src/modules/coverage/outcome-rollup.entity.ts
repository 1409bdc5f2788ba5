import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Outcome counts per (YOT, quarter, measure, met), with the sum of the cell keys of their rows
 * (disclosure/record-key.ts): what the usual outcome summaries add up, so a national summary reads about ten
 * thousand rollup rows instead of a million outcome rows (a SEND status or a child's characteristics, which would
 * multiply the cells by their values, are counted from the rows). Kept by database triggers on `child_outcome`
 * and `child` (migration OutcomeRollup), so every write path (mutations, imports, seeds, the synthetic loader,
 * a hand-written SQL fix) keeps it exact in the same transaction; nothing in the application writes it.
 */
@Entity('outcome_rollup')
export class OutcomeRollup {
  @PrimaryColumn({ type: 'integer' })
  yotId!: number;

  @PrimaryColumn({ type: 'varchar', length: 7 })
  period!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  measure!: string;

  @PrimaryColumn({ type: 'boolean' })
  met!: boolean;

  /** Outcome rows in the cell. */
  @Column({ type: 'integer' })
  rows!: number;

  /** Sum of the rows' keys (0–255 each), not reduced: a summary takes its cells' sum modulo 256. */
  @Column({ type: 'bigint' })
  keySum!: number;
}
