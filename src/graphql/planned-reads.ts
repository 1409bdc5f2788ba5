import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLFieldResolver,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLSchema,
  isObjectType,
  Kind,
  SelectionSetNode,
} from 'graphql';
import { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { Dialect, dialectOf } from '../db/dialect';
import { readRows } from '../db/prepared-reads';
import { getOrInsert } from '../collections';
import type { HubContext } from './context';
import { encodeGlobalId } from './relay';

/*
 * Planned reads (issue 16): a relation whose selection asks only for columns and for other planned relations is
 * answered by one statement that builds the whole subtree as JSON in the database, as PostGraphile and
 * join-monster do, instead of a loader per level and a TypeORM entity per row. `yots { partnerships { status agency
 * { name } } }` is then one statement for the partnerships of every YOT on the page, each with its agency; the
 * nested resolvers read the answer off their parent and return it synchronously.
 *
 * What may be planned is decided field by field from the schema, never guessed: a field is a column when
 * graphql-js resolves it by default (type-graphql gave it no resolver) and the entity has a column of that name
 * whose stored form is what GraphQL serialises (text, integers, booleans, dates); `id` is the Relay global id; a
 * relation must be declared with `plannedRelation`, a count with `plannedCount`, and a field whose resolver reads
 * only its parent's key with `readsParentKeyOnly`. Anything else in the selection (a field with arguments or its
 * own resolver, a directive, a fragment on another type, a timestamp or JSON column) and the relation is loaded as
 * before. The relations declared carry no row-level rule of their own (their resolvers apply none), and pages and
 * counts keep their service's filter and the caller's scope, so the answer is the same rows either way;
 * test/planned-reads.test.ts compares both paths field by field on both databases.
 *
 * Where it is used: a relation (`loadPlanned`), a row by a unique column (`loadPlannedBy`: `yot(code:)`), and the
 * rows of a page (`plannedPageNodes`: the root `yots` page and nested evidence pages select the JSON of each row
 * in the statement that finds the page, so a page costs one statement however deep its selection goes).
 */

/** A relation that can be answered inside its parent's statement. Aliases: `c` the target rows, `l` a link table. */
export interface PlannedRelation {
  /** `Type.field` of the GraphQL field, e.g. `Yot.partnerships`. */
  field: string;
  /** The entity of the rows returned (its GraphQL type must be its columns' names). */
  target: EntityTarget<ObjectLiteral>;
  many: boolean;
  /** FROM clause of the target rows, e.g. `evidence_agency l JOIN agency c ON c.id = l."agencyId"`. */
  from: (c: string, l: string) => string;
  /** The SQL expression that equals the parent's `parentColumn`, e.g. `c."yotId"`. */
  key: (c: string, l: string) => string;
  /** The parent's column (and property) the key refers to, e.g. `id` or `agencyId`. */
  parentColumn: string;
  /** Order of a list (ends with something unique), as the loader it replaces orders it. */
  orderBy: (c: string, l: string) => string[];
}

/** The key in every planned object: its fields are read off it, not resolved. */
const PLANNED = '$planned';

const relations = new Map<string, PlannedRelation>();

/** Declares a relation as plannable (at module load, beside its resolver). */
export function plannedRelation(relation: PlannedRelation): PlannedRelation {
  relations.set(relation.field, relation);
  return relation;
}

/**
 * A connection field whose `totalCount` alone a planned statement can count for each parent, e.g. `Yot.evidence`
 * when a page of YOTs asks for `evidence { totalCount }` without arguments (Q4 of issue 16).
 */
export interface PlannedCount {
  field: string;
  /** A statement counting the parent's rows, `parentKey` being the SQL of the parent's key, with its parameters. */
  sql: (ctx: HubContext, parentKey: string) => Promise<{ sql: string; params: Record<string, unknown> }>;
}

const counts = new Map<string, PlannedCount>();

/** Declares a connection's count as plannable (beside its resolver). */
export function plannedCount(count: PlannedCount): void {
  counts.set(count.field, count);
}

const keyReaders = new Set<string>();

/**
 * Declares fields (`Type.field`) whose resolvers read nothing of their parent but its key (`id`), such as
 * `Yot.evidence`: a planned object can be their parent, and they resolve as usual, whatever their selection and
 * arguments. (type-graphql hands them the planned object as an instance of the parent's class.)
 */
export function readsParentKeyOnly(...fields: string[]): void {
  for (const field of fields) keyReaders.add(field);
}

const MAX_PLANNED_FIELDS = 48;

/** Kinds of column whose stored value is what GraphQL serialises, on both databases. */
const PLAIN_COLUMNS = new Set(['varchar', 'text', 'integer', 'int', 'int4', 'boolean', 'date']);

interface Shape {
  metadata: EntityMetadata;
  /** Field name → column, in selection order. */
  columns: Map<string, ColumnMetadata>;
  relations: Map<string, { relation: PlannedRelation; shape: Shape }>;
  /** Connection fields of which only `totalCount` is asked (top level of a root page only). */
  counts: Map<string, PlannedCount>;
  /** A canonical text of the shape: requests whose selections plan the same share a loader and a statement. */
  signature: string;
}

/** Shapes by the field nodes of the relation (documents are parsed once and cached, so the nodes recur). */
const shapes = new WeakMap<FieldNode, Map<string, Shape | null>>();

/** A number for each field node and data source seen, so a cache key can name a set of them. */
const numbers = new WeakMap<object, number>();
let numbered = 0;
const numberOf = (value: object) => getOrInsert(numbers, value, () => ++numbered);

/** The selection of a field merged over its nodes (aliases and repeats), by field name; null when not plannable. */
function collect(
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  fragments: Record<string, FragmentDefinitionNode>,
  into = new Map<string, FieldNode[]>(),
): Map<string, FieldNode[]> | null {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.directives?.length) return null;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__typename') continue;
        getOrInsert(into, selection.name.value, () => []).push(selection);
        continue;
      }
      // Validation has checked that every spread names a fragment of the document.
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
      if (fragment.typeCondition && fragment.typeCondition.name.value !== type.name) return null;
      if (fragment.directives?.length) return null;
      if (!collect(type, [fragment.selectionSet], fragments, into)) return null;
    }
  }
  return into;
}

/** True when every node of a connection field has no arguments and asks for `totalCount` (and `__typename`) only. */
function countOnly(
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
): boolean {
  const connection = getNamedType(type.getFields()[nodes[0].name.value].type);
  if (!isObjectType(connection) || nodes.some((node) => node.arguments?.length || !node.selectionSet)) return false;
  const fields = collect(
    connection,
    nodes.map((node) => node.selectionSet!),
    fragments,
  );
  return fields !== null && [...fields.keys()].every((name) => name === 'totalCount');
}

function shapeOf(
  db: EntityManager,
  type: GraphQLObjectType,
  target: EntityTarget<ObjectLiteral>,
  nodes: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
  /** Whether counts may be planned: only in a root page's statement, which binds their parameters by name. */
  withCounts = false,
): Shape | null {
  const sets = nodes.map((n) => n.selectionSet).filter((s): s is SelectionSetNode => s !== undefined);
  const fields = collect(type, sets, fragments);
  if (!fields) return null;
  const metadata = db.connection.getMetadata(target);
  // `id` of a planned object is the global id of its GraphQL type, which must name the entity as `Node.id` does.
  if (metadata.primaryColumns.length !== 1 || metadata.name !== type.name) return null;
  const shape: Shape = { metadata, columns: new Map(), relations: new Map(), counts: new Map(), signature: '' };
  const parts: string[] = [];
  const definitions = type.getFields();
  for (const [name, fieldNodes] of fields) {
    const definition = definitions[name] as (typeof definitions)[string] | undefined;
    if (!definition) return null;
    const count = withCounts ? counts.get(`${type.name}.${name}`) : undefined;
    if (count && countOnly(type, fieldNodes, fragments)) {
      shape.counts.set(name, count);
      parts.push(`${name}{totalCount}`);
      continue;
    }
    if (keyReaders.has(`${type.name}.${name}`)) {
      parts.push(`${name}(*)`);
      continue;
    }
    if (fieldNodes.some((node) => node.arguments?.length)) return null;
    const relation = relations.get(`${type.name}.${name}`);
    if (relation) {
      const childType = getNamedType(definition.type);
      if (!isObjectType(childType)) return null;
      const child = shapeOf(db, childType, relation.target, fieldNodes, fragments);
      if (!child) return null;
      shape.relations.set(name, { relation, shape: child });
      parts.push(`${name}{${child.signature}}`);
    } else if (name === 'id') {
      parts.push('id');
    } else {
      if (definition.resolve) return null;
      const column = metadata.findColumnWithPropertyPath(name);
      if (!column || column.isVirtual || column.transformer || !PLAIN_COLUMNS.has(String(column.type))) return null;
      shape.columns.set(name, column);
      parts.push(name);
    }
  }
  // PostgreSQL's json_build_object takes at most 100 arguments: a key and a value for each field, with `$planned`
  // and `id`. No planned type is near it; a wider selection is loaded as before.
  if (shape.columns.size + shape.relations.size + shape.counts.size > MAX_PLANNED_FIELDS) return null;
  shape.signature = parts.sort().join(',');
  return shape;
}

/**
 * The JSON object of one row of `shape` under alias `alias`; nested relations are correlated subqueries, and
 * `counted` holds the statement of each planned count.
 */
function objectSql(
  dialect: Dialect,
  db: EntityManager,
  shape: Shape,
  alias: string,
  depth: number,
  counted = new Map<string, string>(),
): string {
  const { driver } = db.connection;
  // The row's key is always there: `id` resolves to the global id from it, and pages find their rows by it.
  const pairs: [string, string][] = [
    [PLANNED, '1'],
    ['id', `${alias}.${driver.escape(shape.metadata.primaryColumns[0].databaseName)}`],
  ];
  for (const [name, column] of shape.columns) pairs.push([name, `${alias}.${driver.escape(column.databaseName)}`]);
  for (const name of shape.counts.keys()) {
    const sql = counted.get(name);
    if (sql === undefined) throw new Error(`planned count ${name} has no statement`);
    pairs.push([name, dialect.jsonObject([['totalCount', `(${sql})`]])]);
  }
  for (const [name, { relation, shape: child }] of shape.relations) {
    const [c, l] = [`c${depth}`, `l${depth}`];
    const where = `${relation.key(c, l)} = ${alias}.${driver.escape(relation.parentColumn)}`;
    const object = objectSql(dialect, db, child, c, depth + 1);
    const from = relation.from(c, l);
    const subquery = relation.many
      ? dialect.jsonArray(object, from, where, relation.orderBy(c, l))
      : `SELECT ${object} FROM ${from} WHERE ${where}`;
    pairs.push([name, dialect.jsonValue(subquery)]);
  }
  return dialect.jsonObject(pairs);
}

interface Statement {
  sql: string;
  relation: PlannedRelation;
}

const statements = new WeakMap<PlannedRelation, Map<string, Statement>>();

/** Statements kept per relation: callers choose their selections, so the cache is forgotten past this, not grown. */
const MAX_STATEMENTS = 200;

function statementFor(db: EntityManager, relation: PlannedRelation, shape: Shape): Statement {
  const dialect = dialectOf(db);
  const cached = getOrInsert(statements, relation, () => new Map<string, Statement>());
  const key = `${numberOf(db.connection)}:${shape.signature}`;
  if (cached.size >= MAX_STATEMENTS && !cached.has(key)) cached.clear();
  return getOrInsert(cached, key, () => {
    const [c, l] = ['c0', 'l0'];
    const key = relation.key(c, l);
    const sql =
      `SELECT ${key} AS k, ${objectSql(dialect, db, shape, c, 1)} AS j FROM ${relation.from(c, l)}` +
      ` WHERE ${dialect.inFirstParam(key)} ORDER BY ${relation.orderBy(c, l).join(', ')}`;
    return { sql, relation };
  });
}

/** The shape of a selection, planned once per parsed document (`nodes` stands for the merged field). */
function cachedShape(
  ctx: HubContext,
  nodes: readonly FieldNode[],
  plan: () => Shape | null,
  purpose: string,
): Shape | null {
  if (nodes.length === 0) return null;
  // Every node of the merged field is in the key: a fragment spread in two places starts both merges with the same
  // node, but their other nodes differ (found in review).
  const key = `${purpose}:${numberOf(ctx.db.connection)}:${nodes.map(numberOf).join(',')}`;
  const byNodes = getOrInsert(shapes, nodes[0], () => new Map<string, Shape | null>());
  let shape = byNodes.get(key);
  if (shape === undefined) {
    shape = plan();
    byNodes.set(key, shape);
  }
  return shape;
}

/** Runs `relation`'s statement for `keys` through a per-request loader: rows (or a row, or null) per key. */
function loadThrough(ctx: HubContext, relation: PlannedRelation, shape: Shape, key: number | string): Promise<unknown> {
  const { sql } = statementFor(ctx.db, relation, shape);
  const dialect = dialectOf(ctx.db);
  return ctx.loaders
    .custom<number | string, unknown>(`planned:${relation.field}:${shape.signature}`, async (keys) => {
      const rows = await readRows<{ k: number | string; j: unknown }>(ctx.db, sql, [dialect.listParam(keys)]);
      const found = new Map<string, unknown[]>();
      for (const row of rows) getOrInsert(found, String(row.k), () => []).push(dialect.readJson(row.j));
      return keys.map((k) => (relation.many ? (found.get(String(k)) ?? []) : (found.get(String(k))?.[0] ?? null)));
    })
    .load(key);
}

/**
 * The planned answer of `relation` for the parent whose key is `parentKey`: a promise of its rows (or row, or
 * null) as JSON objects, batched with its siblings into one statement; undefined when the selection cannot be
 * planned, so the caller loads it as before.
 */
export function loadPlanned(
  ctx: HubContext,
  info: GraphQLResolveInfo,
  relation: PlannedRelation,
  parentKey: number,
): Promise<unknown> | undefined {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return undefined;
  const shape = cachedShape(
    ctx,
    info.fieldNodes,
    () => shapeOf(ctx.db, type, relation.target, info.fieldNodes, info.fragments),
    relation.field,
  );
  return shape ? loadThrough(ctx, relation, shape, parentKey) : undefined;
}

/** Rows of one entity by a unique column, as a relation from a value to its row. */
const lookups = new WeakMap<EntityMetadata, Map<string, PlannedRelation>>();

function lookup(db: EntityManager, metadata: EntityMetadata, property: string): PlannedRelation {
  return getOrInsert(
    getOrInsert(lookups, metadata, () => new Map<string, PlannedRelation>()),
    property,
    () => {
      const { driver } = db.connection;
      const table = metadata.tablePath
        .split('.')
        .map((part) => driver.escape(part))
        .join('.');
      const column = metadata.findColumnWithPropertyPath(property);
      if (!column) throw new Error(`${metadata.name} has no column ${property}`);
      const name = driver.escape(column.databaseName);
      return {
        field: `${metadata.name}.by.${property}`,
        target: metadata.target,
        many: false,
        from: (c: string) => `${table} ${c}`,
        key: (c: string) => `${c}.${name}`,
        parentColumn: property,
        orderBy: (c: string) => [`${c}.${name}`],
      };
    },
  );
}

/**
 * The row of `target` whose unique `column` is `value`, as a planned object (or null), batched per request; undefined
 * when the selection of the field (`info`) does not plan, so the caller loads the entity as before.
 */
export function loadPlannedBy<T>(
  ctx: HubContext,
  info: GraphQLResolveInfo,
  target: EntityTarget<ObjectLiteral>,
  column: string,
  value: string | number,
): Promise<T | null> | undefined {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return undefined;
  const shape = cachedShape(
    ctx,
    info.fieldNodes,
    () => shapeOf(ctx.db, type, target, info.fieldNodes, info.fragments),
    `by:${column}`,
  );
  return shape
    ? (loadThrough(ctx, lookup(ctx.db, shape.metadata, column), shape, value) as Promise<T | null>)
    : undefined;
}

/**
 * What `plannedPageNodes` gives: the nodes' signature (part of a page loader's key) and the JSON of a row with the
 * parameters it binds, selected by the page's own statement in place of the entity's columns.
 */
export interface PlannedNodes {
  signature: string;
  select: (alias: string) => Promise<{ sql: string; params: Record<string, unknown> }>;
}

/**
 * For a connection field (`info`) whose selection asks for `nodes` (or `edges { node }`), total and
 * `hasNextPage`/`hasPreviousPage` only, and whose nodes plan: how to select those nodes as planned objects.
 * Null when a cursor is asked for (it is made from the row's sort values) or anything does not plan.
 */
export function plannedPageNodes<T extends ObjectLiteral>(
  ctx: HubContext,
  info: GraphQLResolveInfo,
  target: EntityTarget<T>,
  /** Whether the nodes' counts may be planned (`plannedCount`): where the page binds their parameters by name. */
  options: { counts: boolean } = { counts: false },
): PlannedNodes | null {
  const connection = getNamedType(info.returnType);
  if (!isObjectType(connection)) return null;
  const nodes: FieldNode[] = [];
  let nodeType: GraphQLObjectType | undefined;
  const fields = collect(
    connection,
    info.fieldNodes.map((n) => n.selectionSet).filter((s): s is SelectionSetNode => s !== undefined),
    info.fragments,
  );
  if (!fields) return null;
  const childType = (type: GraphQLObjectType, name: string) => {
    const named = getNamedType(type.getFields()[name].type);
    return isObjectType(named) ? named : undefined;
  };
  for (const [name, fieldNodes] of fields) {
    if (name === 'totalCount') continue;
    if (name === 'nodes') {
      nodes.push(...fieldNodes);
      nodeType = childType(connection, name);
    } else if (name === 'pageInfo' || name === 'edges') {
      const type = childType(connection, name);
      const inner =
        type &&
        collect(
          type,
          fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])),
          info.fragments,
        );
      if (!type || !inner) return null;
      for (const [innerName, innerNodes] of inner) {
        if (name === 'pageInfo' && (innerName === 'hasNextPage' || innerName === 'hasPreviousPage')) continue;
        if (name !== 'edges' || innerName !== 'node') return null;
        nodes.push(...innerNodes);
        nodeType = childType(type, innerName);
      }
    } else return null;
  }
  const type = nodeType;
  if (!type) return null;
  const shape = cachedShape(
    ctx,
    nodes,
    () => shapeOf(ctx.db, type, target, nodes, info.fragments, options.counts),
    `nodes:${options.counts}`,
  );
  if (!shape) return null;
  return {
    signature: shape.signature,
    select: async (alias) => {
      const counted = new Map<string, string>();
      const params: Record<string, unknown> = {};
      const key = `${alias}.${ctx.db.connection.driver.escape(shape.metadata.primaryColumns[0].databaseName)}`;
      for (const [name, count] of shape.counts) {
        const statement = await count.sql(ctx, key);
        counted.set(name, statement.sql);
        Object.assign(params, statement.params);
      }
      return { sql: objectSql(dialectOf(ctx.db), ctx.db, shape, alias, 1, counted), params };
    },
  };
}

type Resolver = GraphQLFieldResolver<Record<string, unknown>, HubContext>;

/**
 * Makes the fields of planned objects read their answer off the object: each declared relation (its value is
 * there, nested) and `id` (the global id of the row's key). Other objects go to the field's own resolver.
 */
export function servePlannedFields(schema: GraphQLSchema): void {
  for (const [name, relation] of relations) {
    const [typeName, fieldName] = name.split('.');
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`planned relation ${name}: no object type ${typeName}`);
    const field = type.getFields()[fieldName] as ReturnType<typeof type.getFields>[string] | undefined;
    if (!field?.resolve) throw new Error(`planned relation ${name}: no field with a resolver`);
    const target = getNamedType(field.type).name;
    if (target !== (relation.target as { name?: string }).name)
      throw new Error(`planned relation ${name}: GraphQL type ${target} is not named as its entity`);
    field.resolve = servedFrom(fieldName, field.resolve as Resolver);
  }
  for (const name of counts.keys()) {
    const [typeName, fieldName] = name.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field?.resolve) throw new Error(`planned count ${name}: no field with a resolver`);
    field.resolve = servedFrom(fieldName, field.resolve as Resolver);
  }
  // `Node.id` of any planned object: the global id of its key (a planned type is named as its entity, see shapeOf).
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const id = type.getFields().id as ReturnType<typeof type.getFields>[string] | undefined;
    if (!id?.resolve) continue;
    const resolve = id.resolve as Resolver;
    const typeName = type.name;
    id.resolve = ((root, args, context, info) =>
      root[PLANNED] === undefined
        ? resolve(root, args, context, info)
        : encodeGlobalId(typeName, root.id as number)) as Resolver;
  }
}

/**
 * A field that a planned object answers when its selection was planned, else its own resolver: a planned object
 * carries the value only for the selection it was planned for, and never for a field asked with arguments.
 */
function servedFrom(fieldName: string, resolve: Resolver): Resolver {
  return (root, args, context, info) =>
    root[PLANNED] !== undefined && root[fieldName] !== undefined && !info.fieldNodes.some((n) => n.arguments?.length)
      ? root[fieldName]
      : resolve(root, args, context, info);
}
