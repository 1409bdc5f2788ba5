import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { KeyedRecord } from '../../db/record';
import { Node } from '../../graphql/relay';
import { Yot } from '../yot/yot.entity';

/** A named family of similar youth justice services, compared with each other. */
@ObjectType({
  implements: Node,
  description:
    "A comparator group: a named family of similar youth justice services whose figures are compared (for example the YJB's YOT families). A YOT belongs to at most one group.",
})
@Entity('comparator_group')
export class ComparatorGroup extends KeyedRecord {
  @Field(() => String, { description: 'Short unique code, e.g. `FAMILY-03`.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Field(() => String, { description: 'Name of the family.' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Where the grouping comes from; null when not given.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  source!: string | null;
}

/** Membership of a YOT in its comparator group (one group per YOT). */
@Entity('comparator_group_member')
@Index(['yotId'], { unique: true })
export class ComparatorGroupMember extends KeyedRecord {
  @Index()
  @Column({ type: 'integer' })
  groupId!: number;

  @ManyToOne(() => ComparatorGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'groupId' })
  group?: ComparatorGroup;

  @Column({ type: 'integer' })
  yotId!: number;

  @ManyToOne(() => Yot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'yotId' })
  yot?: Yot;
}
