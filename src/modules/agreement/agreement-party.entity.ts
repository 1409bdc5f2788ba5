import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Agency } from '../agency/agency.entity';
import { InformationSharingAgreement } from './agreement.entity';

/** An agency that is party to an information-sharing agreement (the YOT itself is always a party). */
@Entity('agreement_party')
export class AgreementParty {
  @PrimaryColumn({ type: 'integer' })
  agreementId!: number;

  @ManyToOne(() => InformationSharingAgreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreementId' })
  agreement?: InformationSharingAgreement;

  @Index()
  @PrimaryColumn({ type: 'integer' })
  agencyId!: number;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agencyId' })
  agency?: Agency;
}
