import { Column, Entity, Index } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay';
import { SourcedRecord } from '../source/sourced-record';
import { Nation } from './yot.enums';

/** A Youth Offending Team (Youth Justice Service) set up by one or more local authorities. */
@ObjectType({
  implements: Node,
  description:
    'A Youth Offending Team (YOT), also called a Youth Justice Service: the multi-agency team each local authority sets up under the Crime and Disorder Act 1998 s.39.',
})
@Entity('yot')
export class Yot extends SourcedRecord {
  @Field(() => String, { description: 'ONS local-authority code, unique, e.g. `E08000011` (Knowsley).' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 9 })
  code!: string;

  @Field(() => String, { description: 'Name the service uses, e.g. "Knowsley Youth Offending Service".' })
  @Index()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => [String], { description: 'Local authorities the service covers (more than one for a joint service).' })
  @Column({ type: 'simple-json' })
  localAuthorities!: string[];

  @Field(() => String, { description: 'ONS region (England) or "Wales", e.g. "North West", "London".' })
  @Index()
  @Column({ type: 'varchar', length: 60 })
  region!: string;

  @Field(() => Nation, { description: 'Nation the service is in.' })
  @Index()
  @Column({ type: 'varchar', length: 10 })
  nation!: Nation;

  @Field(() => String, {
    nullable: true,
    description: 'What the service says about itself in its sources; null when nothing is recorded.',
  })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Youngest age (years) of the children the service works with, when stated.',
  })
  @Column({ type: 'integer', nullable: true })
  minAge!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Oldest age (years) of the children the service works with, when stated.',
  })
  @Column({ type: 'integer', nullable: true })
  maxAge!: number | null;

  @Field(() => String, { nullable: true, description: 'Public web page of the service; null when unknown.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  website!: string | null;
}
