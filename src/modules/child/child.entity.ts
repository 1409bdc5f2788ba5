import { BeforeInsert, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../db/record';
import { Node } from '../../graphql/relay';
import { Yot } from '../yot/yot.entity';
import { AgeBand, SendStatus } from './child.enums';
import {
  CareStatus,
  Ethnicity,
  ExclusionStatus,
  NeedStatus,
  NeurodevelopmentalNeed,
  Sex,
} from './characteristics.enums';
import { newRecordKey } from '../coverage/disclosure/record-key';

/** A pseudonymous child known to a YOT: a reference, never a name or date of birth. */
@ObjectType({
  implements: Node,
  description: 'A child known to a YOT, pseudonymised: a reference chosen by the YOT, never a name or date of birth.',
})
@Entity('child')
@Index(['yotId', 'ref'], { unique: true })
@Index(['yotId', 'sendStatus'])
export class Child extends VersionedRecord {
  @Column({ type: 'integer' })
  yotId!: number;

  @ManyToOne(() => Yot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'yotId' })
  yot?: Yot;

  @Field(() => String, {
    description: 'Pseudonymous reference, unique within the YOT. Never a name, date of birth or case-system id.',
  })
  @Column({ type: 'varchar', length: 40 })
  ref!: string;

  @Field(() => AgeBand, { description: 'Age band at registration.' })
  @Column({ type: 'varchar', length: 20 })
  ageBand!: AgeBand;

  @Field(() => SendStatus, { description: 'SEND/ALN status.' })
  @Column({ type: 'varchar', length: 20 })
  sendStatus!: SendStatus;

  @Field(() => [String], {
    description: 'Broad areas of need, e.g. "communication and interaction", "social, emotional and mental health".',
  })
  @Column({ type: 'simple-json' })
  needs!: string[];

  // Disproportionality characteristics (README "Disproportionality"): optional, null = not recorded.
  @Field(() => Ethnicity, {
    nullable: true,
    description: 'Ethnicity (ONS five high-level groups); null when not recorded.',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  ethnicity!: Ethnicity | null;

  @Field(() => Sex, { nullable: true, description: 'Sex; null when not recorded.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  sex!: Sex | null;

  @Field(() => CareStatus, {
    nullable: true,
    description: "Status with children's social care; null when not recorded.",
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  careStatus!: CareStatus | null;

  @Field(() => ExclusionStatus, {
    nullable: true,
    description: 'Exclusion history from school; null when not recorded.',
  })
  @Column({ type: 'varchar', length: 30, nullable: true })
  exclusion!: ExclusionStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the child is in alternative provision (a pupil referral unit or other alternative provision); null when not recorded.',
  })
  @Column({ type: 'boolean', nullable: true })
  alternativeProvision!: boolean | null;

  @Field(() => NeedStatus, {
    nullable: true,
    description: 'Speech, language and communication needs (SLCN); null when not recorded.',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  slcn!: NeedStatus | null;

  @Field(() => [NeurodevelopmentalNeed], {
    nullable: true,
    description: 'Neurodevelopmental needs, diagnosed or under assessment (empty: none); null when not recorded.',
  })
  @Column({ type: 'simple-json', nullable: true })
  neurodevelopmentalNeeds!: NeurodevelopmentalNeed[] | null;

  /**
   * Secret random key of the cell-key method (README "Disclosure control"), fixed at registration so the
   * same records always get the same noise. Never exposed in the GraphQL schema, nor changed.
   */
  @Column({ type: 'integer' })
  recordKey!: number;

  /** Gives a child saved through TypeORM without a key one, so no insert path can leave it out. */
  @BeforeInsert()
  protected assignRecordKey(): void {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a child built as a plain object reaches insert without a key
    this.recordKey ??= newRecordKey();
  }
}
