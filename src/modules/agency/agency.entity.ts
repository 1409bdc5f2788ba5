import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
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

  @Field(() => String, { nullable: true, description: 'NHS Organisation Data Service code, for health bodies; null when unknown.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  odsCode!: string | null;

  @Field(() => String, { nullable: true, description: 'School unique reference number (URN), for schools and PRUs; null when unknown.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  schoolUrn!: string | null;

  @Field(() => String, { nullable: true, description: 'UK Provider Reference Number (UKPRN), for colleges and training providers; null when unknown.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  ukprn!: string | null;

  @Field(() => String, { nullable: true, description: 'Anything a reader should know about this record, e.g. that the source does not name the organisation.' })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;
}
