import { Column, Entity, Index } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { NOW, TIMESTAMP } from '../../db/column-types';
import { KeyedRecord } from '../../db/record';
import { Node } from '../../graphql/relay';
import { DateTimeScalar } from '../../graphql/scalars';

/** One successful change, written in the same transaction as the change itself. */
@ObjectType({
  implements: Node,
  description: 'One change made through the API: who, when, what, and the fields before and after.',
})
@Entity('audit_event')
@Index(['entityType', 'entityKey', 'id'])
export class AuditEvent extends KeyedRecord {
  @Field(() => DateTimeScalar, { description: 'When the change was committed (UTC).' })
  @Column({ ...TIMESTAMP, default: NOW })
  at!: Date;

  @Field(() => String, {
    description:
      "Who made the change: the caller's identity (token name), `anonymous`, or `import:<file>` for bulk imports.",
  })
  @Column({ type: 'varchar', length: 200 })
  actor!: string;

  @Field(() => String, { description: 'The mutation that made the change, e.g. `recordEvidence`.' })
  @Index()
  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Field(() => String, { description: 'GraphQL type of the changed object, e.g. `Evidence`.' })
  @Column({ type: 'varchar', length: 60 })
  entityType!: string;

  /** Database key of the changed object; with `entityType` it gives the global id. */
  @Column({ type: 'integer' })
  entityKey!: number;

  @Field(() => GraphQLJSONObject, {
    description: 'Changed fields as `{ field: { before, after } }`; `before` is null for a created object.',
  })
  @Column({ type: 'simple-json' })
  changes!: { [field: string]: { before: unknown; after: unknown } };
}
