import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { REFERENCE_DATA_MAX_AGE } from '../../graphql/cache-control';
import { Node } from '../../graphql/relay';
import { SourcedRecord } from '../source/sourced-record';
import { Framework } from './framework.entity';
import { WordingSource } from './framework.enums';

/** One statement of a framework (S1…S10) that assessors rate and evidence supports. */
// Reference data: the same for every caller, so responses made only of it may be cached (graphql/cache-control.ts).
@Directive(`@cacheControl(maxAge: ${REFERENCE_DATA_MAX_AGE})`)
@ObjectType({
  implements: Node,
  description: 'One criterion (key statement) of an award framework, rated by assessors and supported by evidence.',
})
@Entity('criterion')
@Index(['frameworkId', 'code'], { unique: true })
export class Criterion extends SourcedRecord {
  @Column({ type: 'integer' })
  frameworkId!: number;

  @ManyToOne(() => Framework, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'frameworkId' })
  framework?: Framework;

  @Field(() => String, { description: 'Code within the framework, `S1` … `S10`.' })
  @Column({ type: 'varchar', length: 10 })
  code!: string;

  @Field(() => Int, { description: 'Order of the criterion within its framework (1-based).' })
  @Column({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'Short title for tables and charts.' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => String, {
    description: 'Full wording of the statement; see `wordingSource` for whether it is official.',
  })
  @Column({ type: 'text' })
  wording!: string;

  @Field(() => WordingSource, { description: 'Whether `wording` is the official text or a paraphrase.' })
  @Column({ type: 'varchar', length: 12 })
  wordingSource!: WordingSource;

  @Field(() => WordingSource, {
    description:
      "Whether `code` and `position` are the published numbering (VERBATIM) or the hub's own ordering of paraphrased statements (PARAPHRASE).",
  })
  @Column({ type: 'varchar', length: 12, default: WordingSource.PARAPHRASE })
  numberingSource!: WordingSource;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the wording and numbering come from, in words (e.g. that they are paraphrases, not the published text).',
  })
  @Column({ type: 'text', nullable: true })
  sourceNote!: string | null;
}
