import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { RecordBasis } from '../../domain/record-basis';
import { DateScalar } from '../../graphql/scalars';
import { SourceDocument } from '../source/source-document.entity';
import { Node } from '../../graphql/relay';
import { SourcedRecord } from '../source/sourced-record';
import { AgencyType } from './agency.enums';

/** A partner organisation: police force, NHS trust, school, the council's SEND team, and so on. */
@ObjectType({ implements: Node, description: 'A partner organisation that works with one or more YOTs.' })
@Entity('agency')
@Index(['type', 'name'])
export class Agency extends SourcedRecord {
  @Field(() => String, { description: 'Name of the organisation as its sources give it.' })
  @Index()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => AgencyType, { description: 'Kind of organisation.' })
  @Column({ type: 'varchar', length: 40 })
  type!: AgencyType;

  @Field(() => String, {
    nullable: true,
    description: 'NHS Organisation Data Service code, for health bodies; null when unknown.',
  })
  @Column({ type: 'varchar', length: 10, nullable: true })
  odsCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'School unique reference number (URN), for schools and PRUs; null when unknown.',
  })
  @Column({ type: 'varchar', length: 10, nullable: true })
  schoolUrn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'UK Provider Reference Number (UKPRN), for colleges and training providers; null when unknown.',
  })
  @Column({ type: 'varchar', length: 10, nullable: true })
  ukprn!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Anything a reader should know about this record, e.g. that the source does not name the organisation.',
  })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Field(() => RecordBasis, {
    description:
      'Whether the sources name this organisation (STATED) or the hub inferred it (INFERRED; `notes` say from what).',
  })
  @Column({ type: 'varchar', length: 10, default: RecordBasis.STATED })
  basis!: RecordBasis;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'First day the organisation no longer existed (abolished, merged or acquired): its functions passed to `successor` that day. Null while it exists or when unknown.',
  })
  @Column({ type: 'date', nullable: true })
  ceasedOn!: string | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  successorId!: number | null;

  @ManyToOne(() => Agency, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'successorId' })
  successor?: Agency;

  @Index()
  @Column({ type: 'integer', nullable: true })
  ceasedSourceDocumentId!: number | null;

  @ManyToOne(() => SourceDocument, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ceasedSourceDocumentId' })
  ceasedSourceDocument?: SourceDocument;
}
