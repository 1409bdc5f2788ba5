import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A single row whose `revision` goes up in every write transaction (see revision.ts). Views cached in a server
 * process are valid only for the revision they were computed at, so a write on any process, or by a tool,
 * makes every process recompute them.
 */
@Entity('hub_revision')
export class HubRevision {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', default: 0 })
  revision!: number;
}
