import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Agency } from '../agency/agency.entity';
import { Evidence } from './evidence.entity';

/** An agency involved in an evidence item (besides, or instead of, the one that provided it). */
@Entity('evidence_agency')
export class EvidenceAgency {
  @PrimaryColumn({ type: 'integer' })
  evidenceId!: number;

  @ManyToOne(() => Evidence, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evidenceId' })
  evidence?: Evidence;

  @Index()
  @PrimaryColumn({ type: 'integer' })
  agencyId!: number;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agencyId' })
  agency?: Agency;
}
