import { Column, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../db/record';
import { SourceDocument } from './source-document.entity';

/** An editable record that may have been taken from a published document (seed data always is). */
@ObjectType()
export abstract class SourcedRecord extends VersionedRecord {
  @Index()
  @Column({ type: 'integer', nullable: true })
  sourceDocumentId!: number | null;

  @ManyToOne(() => SourceDocument, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sourceDocumentId' })
  sourceDocument?: SourceDocument;
}
