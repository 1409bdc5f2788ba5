import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay';
import { DateScalar } from '../../graphql/scalars';
import { SourcedRecord } from '../source/sourced-record';
import { Yot } from '../yot/yot.entity';
import { AgreementStatus } from './agreement.enums';

/** A data-sharing agreement between a YOT and one or more partner agencies (UK GDPR). */
@ObjectType({
  implements: Node,
  description:
    'An information-sharing agreement (ISA) between a YOT and partner agencies: parties, purpose, lawful basis, data categories, signature and review dates.',
})
@Entity('information_sharing_agreement')
export class InformationSharingAgreement extends SourcedRecord {
  @Index()
  @Column({ type: 'integer' })
  yotId!: number;

  @ManyToOne(() => Yot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'yotId' })
  yot?: Yot;

  @Field(() => String, { description: 'Title of the agreement.' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field(() => String, { description: 'Why the data is shared.' })
  @Column({ type: 'text' })
  purpose!: string;

  @Field(() => [String], {
    description: 'Lawful bases relied on, e.g. "UK GDPR art. 6(1)(e)", "art. 9(2)(g)", "art. 10".',
  })
  @Column({ type: 'simple-json' })
  lawfulBasis!: string[];

  @Field(() => [String], { description: 'Categories of data shared, e.g. "SEND status", "EHCP", "offence history".' })
  @Column({ type: 'simple-json' })
  dataCategories!: string[];

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the last party signed; null while a draft or when unknown.',
  })
  @Column({ type: 'date', nullable: true })
  signedOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the agreement must next be reviewed; null when no date is set.',
  })
  @Index()
  @Column({ type: 'date', nullable: true })
  reviewDue!: string | null;

  @Field(() => AgreementStatus, { description: 'Lifecycle state.' })
  @Index()
  @Column({ type: 'varchar', length: 20 })
  status!: AgreementStatus;
}
