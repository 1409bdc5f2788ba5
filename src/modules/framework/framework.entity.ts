import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { REFERENCE_DATA_MAX_AGE } from '../../graphql/cache-control';
import { Node } from '../../graphql/relay';
import { NOW, TIMESTAMP } from '../../db/column-types';
import { KeyedRecord } from '../../db/record';
import { DateTimeScalar } from '../../graphql/scalars';
import { SourceDocument } from '../source/source-document.entity';

/**
 * A versioned award framework: its criteria, rating scale and validity period are data, not code.
 * Editions are loaded as data and never edited in place, so it has no concurrency version of its own:
 * `version` here is the edition label.
 */
// Reference data: the same for every caller, so responses made only of it may be cached (graphql/cache-control.ts).
@Directive(`@cacheControl(maxAge: ${REFERENCE_DATA_MAX_AGE})`)
@ObjectType({
  implements: Node,
  description:
    'A versioned award framework, such as the Youth Justice SEND Quality Mark / Quality Lead Award, with its criteria.',
})
@Entity('framework')
@Index(['code', 'version'], { unique: true })
export class Framework extends KeyedRecord {
  @Field(() => String, { description: 'Stable code of the framework, e.g. `YJ_SEND`; the same across versions.' })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Field(() => String, { description: 'Name of the framework.' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Version label of this edition of the framework.' })
  @Column({ type: 'varchar', length: 20 })
  version!: string;

  @Field(() => String, { nullable: true, description: 'What the framework recognises and how it is assessed.' })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => [String], { description: 'Organisations that developed the framework.' })
  @Column({ type: 'simple-json' })
  developedBy!: string[];

  @Field(() => [String], { description: 'Organisations that supported its development.' })
  @Column({ type: 'simple-json' })
  supportedBy!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'How criteria are scored, e.g. "0–10 per statement; 0 = not applicable, 10 = outstanding practice to share".',
  })
  @Column({ type: 'text', nullable: true })
  ratingScale!: string | null;

  @Field(() => Int, {
    description: 'Months an award stays valid before re-verification (36 unless the framework says otherwise).',
  })
  @Column({ type: 'integer', default: 36 })
  validityMonths!: number;

  @Field(() => Boolean, {
    description: 'True for the edition new assessments use; exactly one edition per code is current.',
  })
  @Column({ type: 'boolean', default: true })
  current!: boolean;

  @Field(() => DateTimeScalar, { description: 'When this edition was loaded into the hub (UTC).' })
  @CreateDateColumn({ ...TIMESTAMP, default: NOW })
  createdAt!: Date;

  @Index()
  @Column({ type: 'integer', nullable: true })
  sourceDocumentId!: number | null;

  @ManyToOne(() => SourceDocument, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sourceDocumentId' })
  sourceDocument?: SourceDocument;
}
