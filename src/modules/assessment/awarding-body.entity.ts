import { Column, Entity, Index } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay';
import { SourcedRecord } from '../source/sourced-record';

/** Reference data: an organisation that runs award assessments (seeds/awarding-bodies.json). */
@ObjectType({
  implements: Node,
  description:
    'An organisation that runs Youth Justice SEND award assessments: Achievement for All, later Microlink PC, in both cases with the Association of YOT Managers.',
})
@Entity('awarding_body')
export class AwardingBody extends SourcedRecord {
  @Field(() => String, { description: 'Short stable key, e.g. `achievement-for-all`.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  key!: string;

  @Field(() => String, { description: 'Name, e.g. "Achievement for All".' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The body it awards with ("Association of YOT Managers"); null when none.',
  })
  @Column({ type: 'varchar', length: 200, nullable: true })
  withBody!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When it ran the award, in the words of its sources (exact dates are not published).',
  })
  @Column({ type: 'text', nullable: true })
  period!: string | null;
}
