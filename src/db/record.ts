import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars';
import { Node } from '../graphql/relay';
import { NOW, TIMESTAMP } from './column-types';

/**
 * A row with an integer key that is exposed only as a global id. The `@ObjectType()` lets type-graphql
 * inherit the fields below into every entity type; the base type itself is never in the schema.
 */
@ObjectType()
export abstract class KeyedRecord extends Node {
  @PrimaryGeneratedColumn()
  override id!: number;
}

/** A row people edit: it carries a version for optimistic concurrency and creation/update instants. */
@ObjectType()
export abstract class VersionedRecord extends KeyedRecord {
  @Field(() => Int, { description: 'Incremented on every change; send it back as `expectedVersion` when updating.' })
  @VersionColumn()
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When this record was created in the hub (UTC).' })
  @CreateDateColumn({ ...TIMESTAMP, default: NOW })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When this record last changed in the hub (UTC).' })
  @UpdateDateColumn({ ...TIMESTAMP, default: NOW })
  updatedAt!: Date;
}
