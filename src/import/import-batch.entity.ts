import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NOW, TIMESTAMP } from '../db/column-types';

/**
 * One file imported by `npm run import`, keyed by the SHA-256 of its bytes: written in the import's own
 * transaction, so a file is recorded exactly when its rows are, and importing the same file again writes nothing.
 */
@Entity('import_batch')
export class ImportBatch {
  @PrimaryGeneratedColumn()
  id!: number;

  /** SHA-256 of the file's bytes, hex. */
  @Column({ type: 'varchar', length: 64, unique: true })
  contentHash!: string;

  /** The file's name (without its directory) when it was imported. */
  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  /** evidence, partnerships or outcomes. */
  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  /** Rows the file held. */
  @Column({ type: 'integer' })
  rowCount!: number;

  /** Rows written (rows already in the hub under their natural key are skipped). */
  @Column({ type: 'integer' })
  writtenCount!: number;

  @Column({ ...TIMESTAMP, default: NOW })
  importedAt!: Date;
}
