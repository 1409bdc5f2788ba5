import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NOW, TIMESTAMP } from '../../db/column-types';
import { Role } from './roles';

/** An API token: only its SHA-256 hash is stored, so the database never holds a usable secret. */
@Entity('api_token')
export class ApiToken {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ type: 'integer', nullable: true })
  yotId!: number | null;

  @Column({ type: 'integer', nullable: true })
  agencyId!: number | null;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ ...TIMESTAMP, default: NOW })
  createdAt!: Date;

  @Column({ ...TIMESTAMP, nullable: true })
  revokedAt!: Date | null;
}
