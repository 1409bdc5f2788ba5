import { Field, ID, InterfaceType } from 'type-graphql';
import { BadUserInputError } from './errors';
import { seal, unseal } from './sealed';

/** Largest database key (PostgreSQL `integer`); ids beyond it are malformed. */
export const MAX_KEY = 2 ** 31 - 1;

/** Keys are sealed zero-padded to this many digits, so an id's length says nothing about how many rows exist. */
const KEY_DIGITS = 10;

/** Longest id worth opening: a 60-letter type name sealed is under 120 characters. */
const MAX_ID_LENGTH = 200;

/**
 * Encodes a database key as an opaque Relay global id (`Type:key` sealed with the id secret, see `sealed.ts`),
 * e.g. `encodeGlobalId('Yot', 3)` → `x0p…` (38 characters). The same object always gets the same id under one
 * secret; ids of consecutive rows share nothing a caller can order or count by.
 */
export function encodeGlobalId(typeName: string, key: number): string {
  return seal('id', `${typeName}:${String(key).padStart(KEY_DIGITS, '0')}`);
}

/** Decodes a global id; throws `BAD_USER_INPUT` when it is malformed or, with `expected`, of another type. */
export function decodeGlobalId(globalId: string, expected?: string, field = 'id'): { typeName: string; key: number } {
  const text = globalId.length <= MAX_ID_LENGTH ? unseal('id', globalId) : null;
  const match = text === null ? null : /^([A-Za-z]{1,60}):(\d{10})$/.exec(text);
  // Keys are 32-bit integer columns on both databases: a larger number names nothing and would overflow
  // PostgreSQL's int4 parameter, so it is refused here rather than sent.
  if (!match || Number(match[2]) < 1 || Number(match[2]) > MAX_KEY)
    throw new BadUserInputError(`"${globalId}" is not a valid id.`, field);
  const [, typeName, key] = match;
  if (expected && typeName !== expected) {
    throw new BadUserInputError(`"${globalId}" is a ${typeName} id; expected a ${expected} id.`, field);
  }
  return { typeName, key: Number(key) };
}

/** The GraphQL type name of an entity instance (its class name: entity classes are named after the type). */
export function typeNameOf(value: object): string {
  return value.constructor.name;
}

/**
 * Relay's `Node`: every entity exposes its global `id` here and can be refetched with `node(id:)`.
 * Entities extend this class; their numeric database key stays internal.
 */
@InterfaceType('Node', {
  description: 'An object with a stable, opaque global id that `node(id:)` and `nodes(ids:)` can refetch.',
  resolveType: (value: object) => typeNameOf(value),
})
export abstract class Node {
  /** Database key; never exposed directly. */
  id!: number;

  // `simple: false`: the GraphQL name is not the property's, so the default resolver would return the database key.
  @Field(() => ID, {
    name: 'id',
    simple: false,
    description: 'Opaque global id of this object. Stable across requests; do not parse it.',
  })
  get globalId(): string {
    return encodeGlobalId(typeNameOf(this), this.id);
  }
}
