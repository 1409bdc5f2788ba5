import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay';
import { RecordBasis } from '../../domain/record-basis';
import { DateScalar } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { SourcedRecord } from '../source/sourced-record';
import { Yot } from '../yot/yot.entity';
import { PartnershipStatus } from './partnership.enums';

/** A YOT ↔ agency working relationship. */
@ObjectType({ implements: Node, description: 'A working relationship between one YOT and one partner agency.' })
@Entity('partnership')
@Index(['yotId', 'status'])
export class Partnership extends SourcedRecord {
  @Index()
  @Column({ type: 'integer' })
  yotId!: number;

  @ManyToOne(() => Yot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'yotId' })
  yot?: Yot;

  @Index()
  @Column({ type: 'integer' })
  agencyId!: number;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agencyId' })
  agency?: Agency;

  @Field(() => Boolean, {
    description:
      'True when the agency is a statutory YOT partner (Crime and Disorder Act 1998 s.39: police, probation, health, the local authority).',
  })
  @Column({ type: 'boolean', default: false })
  statutory!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the agency sits on the YOT management board; null when the sources do not say.',
  })
  @Column({ type: 'boolean', nullable: true })
  boardMember!: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the partnership began; null when unknown.' })
  @Column({ type: 'date', nullable: true })
  startedOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the partnership ended; null while active or when unknown.',
  })
  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Field(() => PartnershipStatus, { description: 'Whether the partnership is running.' })
  @Column({ type: 'varchar', length: 10, default: PartnershipStatus.ACTIVE })
  status!: PartnershipStatus;

  @Field(() => String, { nullable: true, description: 'What the partnership involves, in the words of its sources.' })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Field(() => RecordBasis, {
    description:
      "Whether the sources state the partnership (STATED) or the hub inferred it, e.g. from the partner's staff in the team (INFERRED).",
  })
  @Column({ type: 'varchar', length: 10, default: RecordBasis.STATED })
  basis!: RecordBasis;
}
