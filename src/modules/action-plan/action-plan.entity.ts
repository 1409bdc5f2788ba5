import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../db/record';
import { Node } from '../../graphql/relay';
import { DateScalar } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { StaffRole } from '../partnership/partnership.enums';
import { Yot } from '../yot/yot.entity';
import { ActionSource, ActionStatus } from './action-plan.enums';

/** A gap an action answers, by kind and the node the finding concerns. */
export interface GapRef {
  kind: string;
  typeName: string;
  key: number;
}

/** One item of a YOT's action plan: what, who (agency and role), by when, and what closed it. */
@ObjectType({
  implements: Node,
  description:
    'An action-plan item: what is to be done, by which agency and role, by when, which statements and gaps it answers, and the evidence that closed it.',
})
@Entity('action_plan_item')
@Index(['yotId', 'status', 'dueOn'])
export class ActionPlanItem extends VersionedRecord {
  @Column({ type: 'integer' })
  yotId!: number;

  @ManyToOne(() => Yot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'yotId' })
  yot?: Yot;

  @Field(() => String, { description: 'What is to be done.' })
  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Index()
  @Column({ type: 'integer' })
  ownerAgencyId!: number;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ownerAgencyId' })
  ownerAgency?: Agency;

  @Field(() => StaffRole, { description: 'The role within the owning agency that answers for it.' })
  @Column({ type: 'varchar', length: 40 })
  ownerRole!: StaffRole;

  @Field(() => DateScalar, { description: 'When it is due; overdue after this day while OPEN or IN_PROGRESS.' })
  @Column({ type: 'date' })
  dueOn!: string;

  @Field(() => ActionStatus, { description: 'Where it stands.' })
  @Column({ type: 'varchar', length: 20 })
  status!: ActionStatus;

  @Field(() => String, { nullable: true, description: 'Why it was dropped; null unless DROPPED.' })
  @Column({ type: 'text', nullable: true })
  droppedReason!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was marked DONE; null otherwise.' })
  @Column({ type: 'date', nullable: true })
  completedOn!: string | null;

  /** Statements it answers (criterion ids). */
  @Column({ type: 'simple-json' })
  criterionIds!: number[];

  /** Gaps it answers. */
  @Column({ type: 'simple-json' })
  gaps!: GapRef[];

  /** Evidence that shows it done (ids, same YOT). */
  @Column({ type: 'simple-json' })
  closingEvidenceIds!: number[];

  @Field(() => ActionSource, { description: 'What it was raised from.' })
  @Column({ type: 'varchar', length: 20 })
  source!: ActionSource;

  /** The node it was raised from (a self-assessment or rating), by type and key; null for GAP (see `gaps`) and NONE. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  sourceTypeName!: string | null;

  @Column({ type: 'integer', nullable: true })
  sourceKey!: number | null;

  @Field(() => String, { description: "Who raised it (the caller's token name)." })
  @Column({ type: 'varchar', length: 200 })
  recordedBy!: string;
}
