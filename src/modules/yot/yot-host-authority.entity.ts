import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RecordBasis } from '../../domain/record-basis';
import { Agency } from '../agency/agency.entity';
import { Yot } from './yot.entity';

/**
 * A local authority that establishes a YOT (Crime and Disorder Act 1998 s.39): the YOT's owner, not a partner.
 * A joint service has several. Its children's services and education are the YOT's own statutory side.
 */
@Entity('yot_host_authority')
export class YotHostAuthority {
  @PrimaryColumn({ type: 'integer' })
  yotId!: number;

  @ManyToOne(() => Yot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'yotId' })
  yot?: Yot;

  @Index()
  @PrimaryColumn({ type: 'integer' })
  agencyId!: number;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agencyId' })
  agency?: Agency;

  @Column({ type: 'varchar', length: 10, default: RecordBasis.STATED })
  basis!: RecordBasis;
}
