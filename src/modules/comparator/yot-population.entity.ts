import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { KeyedRecord } from '../../db/record';
import { Node } from '../../graphql/relay';
import { Yot } from '../yot/yot.entity';

/** The number of children aged 10–17 in a YOT's area in one year, with its source: the base of rates per 1,000. */
@ObjectType({
  implements: Node,
  description:
    "The number of children aged 10–17 living in a YOT's area in one year (e.g. ONS mid-year estimates), with its source: the base of rates per 1,000 children.",
})
@Entity('yot_population')
@Index(['yotId', 'year'], { unique: true })
export class YotPopulation extends KeyedRecord {
  @Column({ type: 'integer' })
  yotId!: number;

  @ManyToOne(() => Yot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'yotId' })
  yot?: Yot;

  @Field(() => Int, { description: 'The year the estimate is for, e.g. 2025.' })
  @Column({ type: 'integer' })
  year!: number;

  @Field(() => Int, { description: 'Children aged 10 to 17 in the area.' })
  @Column({ type: 'integer' })
  population10To17!: number;

  @Field(() => String, {
    description: 'Where the figure comes from, e.g. "ONS mid-year population estimates 2025" or a URL.',
  })
  @Column({ type: 'varchar', length: 300 })
  source!: string;
}
