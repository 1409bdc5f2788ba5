import { Column, Entity, Index } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { KeyedRecord } from '../../db/record';
import { DateScalar } from '../../graphql/scalars';
import { Node } from '../../graphql/relay';

/** A published document that seeded records were taken from, so every fact can be traced to its source. */
@ObjectType({
  implements: Node,
  description: 'A published document (press release, report, web page) that records in the hub were taken from.',
})
@Entity('source_document')
export class SourceDocument extends KeyedRecord {
  @Field(() => String, { description: 'Short stable key used by seed files, e.g. `knowsley-quality-lead-award`.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  key!: string;

  @Field(() => String, { description: 'Title as published.' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Organisation that published it; null when not stated.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: 'Named author; null when not stated.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  author!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Publication date; null when the document does not give one.',
  })
  @Column({ type: 'date', nullable: true })
  publishedOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Web address of the document or of the page it points to; null when unknown.',
  })
  @Column({ type: 'varchar', length: 500, nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'File name of the archived copy under `shared/seeds/`.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  file!: string | null;
}
