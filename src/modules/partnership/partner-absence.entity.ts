import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay';
import { DateScalar } from '../../graphql/scalars';
import { AgencyType } from '../agency/agency.enums';
import { SourcedRecord } from '../source/sourced-record';
import { Yot } from '../yot/yot.entity';

/**
 * What a YOT has said it does not have: no partner of an agency type, from a date. Distinct from nothing being
 * recorded either way: coverage reports RECORDED_ABSENT only from one of these.
 */
@ObjectType({
  implements: Node,
  description:
    "A YOT's record that it has no partner of an agency type (from `startedOn`, until `endedOn` when withdrawn).",
})
@Entity('partner_absence')
@Index(['yotId', 'agencyType'])
export class PartnerAbsence extends SourcedRecord {
  @Column({ type: 'integer' })
  yotId!: number;

  @ManyToOne(() => Yot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'yotId' })
  yot?: Yot;

  @Field(() => AgencyType, { description: 'The agency type the YOT has no partner of.' })
  @Column({ type: 'varchar', length: 40 })
  agencyType!: AgencyType;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'From when the YOT has had no such partner; null when it did not say (then it holds on any date until withdrawn).',
  })
  @Column({ type: 'date', nullable: true })
  startedOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day the absence held (set when it is withdrawn); null while it holds.',
  })
  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Field(() => String, { description: 'What the YOT said, e.g. "No CAMHS worker since the post was cut in 2023".' })
  @Column({ type: 'text' })
  note!: string;

  @Field(() => String, { description: "Who recorded it (the caller's token name)." })
  @Column({ type: 'varchar', length: 200 })
  recordedBy!: string;
}
