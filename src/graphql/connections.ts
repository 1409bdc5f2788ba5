import { createHash } from 'node:crypto';
import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ArgsType, ClassType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BadUserInputError } from './errors';
import { MAX_KEY } from './relay';
import { seal, unseal } from './sealed';
import { dateProblem } from './scalars';
import { CONTROL_CHARACTERS } from './validation';
import { dialectOf, RawInteger } from '../db/dialect';
import { rawRows } from '../db/prepared-reads';
import { getOrInsert } from '../collections';
import type { PlannedNodes } from './planned-reads';

/*
 * Every cursor connection goes through this file: page-size rules, opaque cursors, keyset (seek) predicates
 * and the Connection/Edge/PageInfo types. Services hand it a query, the sort keys they allow and the args.
 */

/** Largest page any connection serves; larger `first`/`last` is refused with BAD_USER_INPUT. */
export const MAX_PAGE_SIZE = 100;
/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Sort direction. Empty values (nulls) always sort after every value.',
  valuesConfig: {
    ASC: { description: 'Smallest first (A→Z, oldest first).' },
    DESC: { description: 'Largest first (Z→A, newest first).' },
  },
});

@ObjectType({ description: 'Where a page sits within its connection (Relay cursor connections specification).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page (paginating forward with `first`).' })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description:
      'True when items precede this page (paginating backward with `last`, or forward from an `after` cursor).',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item of the page; null when the page is empty.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of the page; null when the page is empty.',
  })
  endCursor!: string | null;
}

/** `first`/`after` (forward) and `last`/`before` (backward) paging arguments shared by every connection. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size from the start (or from \`after\`); at most ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return items after this cursor (an `endCursor` or edge cursor from an earlier page).',
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Page size from the end (or from \`before\`); at most ${MAX_PAGE_SIZE}.`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor.' })
  before?: string | null;
}

/**
 * An edge whose cursor is sealed only when asked for: most reads select `nodes` alone, and a planned page's nodes
 * (planned-reads.ts) need not carry what the cursor is made of.
 */
class Edge<T> {
  private sealed?: string;

  constructor(
    readonly node: T,
    private readonly seal: () => string,
  ) {}

  get cursor(): string {
    return (this.sealed ??= this.seal());
  }
}

/** One page of a connection. `totalCount` is computed only when a client asks for it. */
export class Page<T> {
  readonly nodes: T[];

  constructor(
    readonly edges: { readonly cursor: string; node: T }[],
    readonly pageInfo: PageInfo,
    private readonly count: () => Promise<number>,
  ) {
    this.nodes = edges.map((e) => e.node);
  }

  /** The same page with each node replaced, e.g. a page of YOTs turned into their coverage rows. */
  map<U>(fn: (node: T) => U): Page<U> {
    return new Page(
      this.edges.map((e) => new Edge(fn(e.node), () => e.cursor)),
      this.pageInfo,
      this.count,
    );
  }

  /** Resolved lazily by GraphQL: the count query runs only when `totalCount` is selected. */
  get totalCount(): Promise<number> {
    return this.count();
  }
}

/**
 * Builds the `XConnection` and `XEdge` GraphQL types for a node type, e.g.
 * `@ObjectType() class YotConnection extends Connection(Yot, 'Yot') {}`.
 */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge in a ${name} connection: one ${name} and its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item; pass it as `after` or `before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionBase {
    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The items of this page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter across all pages.' })
    totalCount!: number;
  }
  return ConnectionBase;
}

/** One sort key of a connection; the last key must be unique and non-null (the row id). */
export interface SortKey<T> {
  /** SQL expression on the query's alias, e.g. `yot.name`. */
  expr: string;
  direction: SortDirection;
  /** True when the column can be null; nulls sort after every value in both directions. */
  nullable?: boolean;
  /** Reads the key's value from a loaded row, for the cursor. */
  read: (row: T) => string | number | null;
  /** What the column holds (default `text`): a cursor's value for it is checked against this before any SQL. */
  type?: CursorValueType;
  /**
   * For a computed key (a count or ratio, not a column): the alias it is selected as, so `paginate` selects it
   * with the rows and `read` can find it with `computedValue(row, alias)`.
   */
  computedAs?: string;
}

/** Where `paginate` leaves a computed sort key's value on a row. */
const COMPUTED = Symbol('computed sort values');

/** The value of the computed sort key `alias` that `paginate` selected with `row`. */
export function computedValue(row: object, alias: string): number | null {
  const value = (row as { [COMPUTED]?: Record<string, unknown> })[COMPUTED]?.[alias];
  return value == null ? null : Number(value);
}

/**
 * The kinds of value a cursor carries. A cursor is opaque but not secret, so a caller can re-encode one with
 * a string where a number was or with `1e20`: each value is checked against its column's kind, or
 * PostgreSQL would fail the query ("invalid input syntax", "out of range").
 */
export type CursorValueType = 'int' | 'number' | 'text' | 'date' | 'timestamp';

const CURSOR_VALUE_CHECKS: Record<CursorValueType, (v: unknown) => boolean> = {
  int: (v) => typeof v === 'number' && Number.isSafeInteger(v) && Math.abs(v) <= MAX_KEY,
  number: (v) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_KEY,
  text: (v) => typeof v === 'string' && v.length <= 2000 && !CONTROL_CHARACTERS.test(v),
  date: (v) => typeof v === 'string' && dateProblem(v) === null,
  // As `SortKey.read` writes it for either database: ISO text with milliseconds, with or without `T`/`Z`.
  timestamp: (v) =>
    typeof v === 'string' &&
    /^\d{4}-\d{2}-\d{2}[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?Z?$/.test(v) &&
    dateProblem(v.slice(0, 10)) === null,
};

interface PageWindow {
  size: number;
  backward: boolean;
  after?: unknown[];
  before?: unknown[];
}

/** Validates the paging args against the sort keys; throws BAD_USER_INPUT with the offending argument. */
export function pageWindow(args: ConnectionArgs, keys: SortKey<never>[], maxPageSize = MAX_PAGE_SIZE): PageWindow {
  const { first, last } = args;
  if (first != null && last != null) throw new BadUserInputError('Pass either `first` or `last`, not both.', 'first');
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value == null) continue;
    if (value < 0) throw new BadUserInputError(`\`${name}\` must not be negative.`, name);
    if (value > maxPageSize)
      throw new BadUserInputError(
        `\`${name}\` must be at most ${maxPageSize}; page through larger results with cursors.`,
        name,
        { maxPageSize },
      );
  }
  const signature = sortSignature(keys);
  return {
    size: last ?? first ?? DEFAULT_PAGE_SIZE,
    backward: last != null,
    after: args.after != null ? decodeCursor(args.after, signature, keys, 'after') : undefined,
    before: args.before != null ? decodeCursor(args.before, signature, keys, 'before') : undefined,
  };
}

/**
 * Runs one page of `qb` with keyset pagination over `keys` (no OFFSET: page 50 costs what page 1 costs).
 * `qb` carries the filters only; this adds the seek predicates, ordering and limit.
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  keys: SortKey<T>[],
  args: ConnectionArgs,
  /**
   * Conditions to add after the cursor's. SQLite seeks an index on the first bound it meets for a column, so a
   * filter's own bound on the first sort key (a date range, say) must come after the cursor's, or late pages
   * scan from the start of the range.
   */
  refine?: (qb: SelectQueryBuilder<T>) => void,
  /** Rows as planned objects (planned-reads.ts): the JSON of each row selected in place of its columns. */
  planned?: PlannedNodes | null,
): Promise<Page<T>> {
  const window = pageWindow(args, keys);
  const countQuery = qb.clone();
  refine?.(countQuery);
  applyWindow(qb, keys, window, 'p');
  refine?.(qb);
  qb.limit(window.size + 1);
  const computed = keys.filter((k) => k.computedAs);
  for (const k of computed) qb.addSelect(k.expr, k.computedAs);
  let rows: T[] = [];
  if (window.size > 0 && computed.length === 0 && planned) {
    const dialect = dialectOf(qb.connection);
    const { sql, params } = await planned.select(qb.alias);
    const raw = await rawRows<{ planned: unknown }, T>(qb.select(sql, 'planned').setParameters(params));
    rows = raw.map((row) => dialect.readJson(row.planned) as T);
  } else if (window.size > 0 && computed.length === 0) rows = await qb.getMany();
  else if (window.size > 0) {
    // One row per entity (computed keys are scalar subqueries or 1:1 joins), so raw rows and entities align.
    const { entities, raw } = await qb.getRawAndEntities<Record<string, unknown>>();
    rows = entities.map((entity, i) =>
      Object.assign(entity, {
        [COMPUTED]: Object.fromEntries(computed.map((k) => [k.computedAs!, raw[i][k.computedAs!]])),
      }),
    );
  }
  return buildPage(rows, keys, window, () => countQuery.getCount());
}

/** Adds the seek predicates and ORDER BY of a page window to `qb`; parameters are prefixed with `prefix`. */
export function applyWindow<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  keys: SortKey<T>[],
  window: PageWindow,
  prefix: string,
): void {
  if (window.after) qb.andWhere(seekPredicate(keys, window.after, false, `${prefix}a`, qb));
  if (window.before) qb.andWhere(seekPredicate(keys, window.before, true, `${prefix}b`, qb));
  for (const [sql, direction, nulls] of orderTerms(keys, window.backward)) qb.addOrderBy(sql, direction, nulls);
}

/** ORDER BY terms for the keys, reversed when paging backward; nulls stay last in reading order. */
export function orderTerms<T>(
  keys: SortKey<T>[],
  backward: boolean,
): [string, 'ASC' | 'DESC', 'NULLS FIRST' | 'NULLS LAST' | undefined][] {
  return keys.map((k) => {
    const direction = backward ? flip(k.direction) : k.direction;
    const nulls = k.nullable ? (backward ? 'NULLS FIRST' : 'NULLS LAST') : undefined;
    return [k.expr, direction, nulls];
  });
}

/** Turns fetched rows (`size + 1` at most, in query order) into a page in reading order. */
export function buildPage<T>(
  fetched: T[],
  keys: SortKey<T>[],
  window: PageWindow,
  count: () => Promise<number>,
): Page<T> {
  const hasMore = fetched.length > window.size;
  const rows = fetched.slice(0, window.size);
  if (window.backward) rows.reverse();
  const signature = sortSignature(keys);
  const edges = rows.map(
    (node) =>
      new Edge(node, () =>
        encodeCursor(
          signature,
          keys.map((k) => k.read(node)),
        ),
      ),
  );
  let counted: Promise<number> | undefined;
  return new Page(
    edges,
    {
      hasNextPage: window.backward ? window.before != null : hasMore,
      hasPreviousPage: window.backward ? hasMore : window.after != null,
      get startCursor() {
        return edges.length ? edges[0].cursor : null;
      },
      get endCursor() {
        return edges.length ? edges[edges.length - 1].cursor : null;
      },
    },
    () => (counted ??= count()),
  );
}

/**
 * The rows strictly after (or, with `before`, strictly before) the cursor in the keys' order:
 * `(k1 > v1) OR (k1 = v1 AND k2 > v2) OR …`, with nulls placed after every value.
 */
function seekPredicate<T extends ObjectLiteral>(
  keys: SortKey<T>[],
  values: unknown[],
  before: boolean,
  prefix: string,
  qb: SelectQueryBuilder<T>,
): Brackets {
  const params: Record<string, unknown> = {};
  const alternatives = keys.map((key, i) => {
    const equalities = keys
      .slice(0, i)
      .map((k, j) => (values[j] === null ? `${k.expr} IS NULL` : `${k.expr} = :${prefix}${j}`));
    const direction = before ? flip(key.direction) : key.direction;
    const nullsLast = !before;
    const value = values[i];
    let beyond: string;
    if (value === null) beyond = nullsLast ? '1 = 0' : `${key.expr} IS NOT NULL`;
    else
      beyond = `(${key.expr} ${direction === SortDirection.ASC ? '>' : '<'} :${prefix}${i}${key.nullable && nullsLast ? ` OR ${key.expr} IS NULL` : ''})`;
    return [...equalities, beyond].join(' AND ');
  });
  values.forEach((v, i) => {
    if (v !== null) params[`${prefix}${i}`] = v;
  });
  qb.setParameters(params);
  // A redundant bound on the first key, `k1 >= v1` (or `<=`), that an index can seek to: without it the OR
  // above is only a filter, and a late page would walk every earlier row of the index. It is only true when
  // no null can follow the cursor: the key is not nullable, or we page backwards (nulls sort last).
  const first = keys[0];
  const leading =
    values[0] !== null && (!first.nullable || before)
      ? `${first.expr} ${(before ? flip(first.direction) : first.direction) === SortDirection.ASC ? '>=' : '<='} :${prefix}0 AND `
      : '';
  return new Brackets((where) => where.where(`${leading}(${alternatives.map((a) => `(${a})`).join(' OR ')})`));
}

function flip(direction: SortDirection): SortDirection {
  return direction === SortDirection.ASC ? SortDirection.DESC : SortDirection.ASC;
}

/** A short hash of the sort keys, stored in each cursor so a cursor from another ordering is refused. */
function sortSignature(keys: SortKey<never>[]): string {
  const text = keys.map((k) => `${k.expr} ${k.direction}`).join(',');
  // Callers choose orderings, so the memo is bounded: forgotten, not grown, past its size.
  if (signatures.size >= 1000 && !signatures.has(text)) signatures.clear();
  return getOrInsert(signatures, text, () => createHash('sha1').update(text).digest('base64url').slice(0, 6));
}

/** Signatures by their orderings: a handful per connection, and a page of 100 nested pages would hash 100 times. */
const signatures = new Map<string, string>();

/** Cursors are padded to a multiple of this many bytes before sealing, so their length hardly tells one row's from another's. */
const CURSOR_BLOCK = 32;

/** A sealed `[signature, ...values]` (see `sealed.ts`): callers can neither read the row keys in it nor forge one. */
function encodeCursor(signature: string, values: (string | number | null)[]): string {
  const json = JSON.stringify([signature, ...values]);
  // JSON.parse ignores trailing spaces.
  const bytes = Buffer.byteLength(json);
  return seal('cursor', json + ' '.repeat(Math.ceil(bytes / CURSOR_BLOCK) * CURSOR_BLOCK - bytes));
}

function decodeCursor(cursor: string, signature: string, keys: SortKey<never>[], field: string): unknown[] {
  const length = keys.length;
  let parsed: unknown;
  if (cursor.length > 8192) throw new BadUserInputError(`\`${field}\` is not a cursor this connection issued.`, field);
  const text = unseal('cursor', cursor);
  if (text === null) throw new BadUserInputError(`\`${field}\` is not a cursor this connection issued.`, field);
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BadUserInputError(`\`${field}\` is not a cursor this connection issued.`, field);
  }
  if (!Array.isArray(parsed) || parsed.length !== length + 1 || parsed[0] !== signature) {
    throw new BadUserInputError(
      `\`${field}\` is not a cursor for this connection and ordering; restart paging without it.`,
      field,
    );
  }
  const values = parsed.slice(1);
  const fits = (v: unknown, key: SortKey<never>) => v === null || CURSOR_VALUE_CHECKS[key.type ?? 'text'](v);
  if (!values.every((v, i) => fits(v, keys[i]))) {
    throw new BadUserInputError(`\`${field}\` is not a cursor this connection issued.`, field);
  }
  return values;
}

/**
 * True when the selection on a connection field asks for nothing but `totalCount` (and `__typename`), so no
 * row of the page need be ranked or fetched: `yots { nodes { evidence { totalCount } } }` used to rank every
 * evidence item of 100 YOTs and load 2,100 of them to answer 100 counts (issue 16).
 */
export function wantsCountOnly(info: GraphQLResolveInfo): boolean {
  const onlyCount = (set: SelectionSetNode | undefined): boolean =>
    !set ||
    set.selections.every((selection) => {
      if (selection.kind === Kind.FIELD)
        return selection.name.value === 'totalCount' || selection.name.value === '__typename';
      if (selection.kind === Kind.INLINE_FRAGMENT) return onlyCount(selection.selectionSet);
      return onlyCount(info.fragments[selection.name.value].selectionSet);
    });
  return info.fieldNodes.every((node: FieldNode) => onlyCount(node.selectionSet));
}

/**
 * Pages of one nested connection for many parents in a single statement (e.g. the evidence of every YOT on
 * a page, or of every criterion through its links): rows are ranked per parent with ROW_NUMBER() and the
 * first `size + 1` ids of each are kept; `load` then fetches those rows (one batched statement).
 * `build` returns a fresh query with the filters, already restricted to `parentIds`; `parentExpr` is the
 * SQL expression of the parent key in it. Pages come back in `parentIds` order; counts run once, on demand.
 */
export async function paginateGroups<T extends ObjectLiteral>(
  build: () => SelectQueryBuilder<T>,
  parentExpr: string,
  parentIds: readonly number[],
  keys: SortKey<T>[],
  args: ConnectionArgs,
  load: (ids: number[]) => Promise<T[]>,
  /** False when only `totalCount` is selected (see `wantsCountOnly`): no row is ranked or loaded. */
  rows = true,
  /** Rows as planned objects (planned-reads.ts), selected with their ranking: no statement of their own. */
  planned?: PlannedNodes | null,
): Promise<Page<T>[]> {
  const window = pageWindow(args, keys);
  let counts: Promise<Map<number, number>> | undefined;
  // One correlated count per parent, not one GROUP BY over every matching row: each count is an index-only scan
  // of that parent's rows, where the GROUP BY read all 58,818 evidence items of 100 YOTs (Q4 of issue 16).
  const countAll = () => {
    if (counts) return counts;
    const each = build();
    const dialect = dialectOf(each.connection);
    const inner = each.select('COUNT(*)').andWhere(`${parentExpr} = counted_parent.value`);
    counts = each
      .createQueryBuilder()
      .select('counted_parent.value', 'parent')
      .addSelect(`(${inner.getQuery()})`, 'n')
      .from(`(${dialect.listRows('countParents')})`, 'counted_parent')
      .setParameters({ ...inner.getParameters(), countParents: dialect.listParam(parentIds) })
      .getRawMany<{ parent: RawInteger; n: number | string }>()
      .then((rows) => new Map(rows.map((r) => [Number(r.parent), Number(r.n)])));
    return counts;
  };
  const idsByParent = new Map<number, number[]>();
  const plannedRows = new Map<number, T>();
  const collect = async <E extends ObjectLiteral>(qb: SelectQueryBuilder<E>) => {
    const dialect = dialectOf(qb.connection);
    const found = await rawRows<{ parent: RawInteger; id: RawInteger; planned?: unknown }, E>(qb);
    for (const { parent, id, planned: json } of found) {
      getOrInsert(idsByParent, Number(parent), () => []).push(Number(id));
      if (planned) plannedRows.set(Number(id), dialect.readJson(json) as T);
    }
  };
  // One parent (a YOT's page of evidence): its first rows by the index, with no ranking of all its rows. Not for
  // planned rows on SQLite, which builds each row's JSON before sorting, for all the parent's rows (PostgreSQL
  // builds it after the LIMIT): there the ranked form below builds it for the page's rows alone.
  const single = rows && window.size > 0 && parentIds.length === 1 ? build() : null;
  if (single && (!planned || dialectOf(single.connection).name === 'postgres')) {
    // The parent is also named by equality: against a list SQLite cannot size (`IN json_each(?)`), its planner
    // walked the sort key's index across every parent's rows instead (Q3 of issue 16: 35 ms a request).
    const one = single.andWhere(`${parentExpr} = :onlyParent`, { onlyParent: parentIds[0] });
    applyWindow(one, keys, window, 'g');
    one
      .select(parentExpr, 'parent')
      .addSelect(`${one.alias}.id`, 'id')
      .limit(window.size + 1);
    if (planned) {
      const { sql, params } = await planned.select(one.alias);
      one.addSelect(sql, 'planned').setParameters(params);
    }
    await collect(one);
  } else if (rows && window.size > 0 && parentIds.length > 0) {
    const ranked = build();
    if (window.after) ranked.andWhere(seekPredicate(keys, window.after, false, 'ga', ranked));
    if (window.before) ranked.andWhere(seekPredicate(keys, window.before, true, 'gb', ranked));
    const order = orderTerms(keys, window.backward)
      .map(([sql, direction, nulls]) => `${sql} ${direction}${nulls ? ` ${nulls}` : ''}`)
      .join(', ');
    ranked
      .select(parentExpr, 'parent')
      .addSelect(`${ranked.alias}.id`, 'id')
      .addSelect(`ROW_NUMBER() OVER (PARTITION BY ${parentExpr} ORDER BY ${order})`, 'rn');
    const page = ranked
      .createQueryBuilder()
      .select('ranked.parent', 'parent')
      .addSelect('ranked.id', 'id')
      .from(`(${ranked.getQuery()})`, 'ranked')
      .setParameters(ranked.getParameters())
      .where('ranked.rn <= :pageLimit', { pageLimit: window.size + 1 })
      .orderBy('ranked.parent')
      .addOrderBy('ranked.rn');
    if (planned) {
      const { sql, params } = await planned.select('planned_row');
      page
        .innerJoin(ranked.expressionMap.mainAlias!.target, 'planned_row', 'planned_row.id = ranked.id')
        .addSelect(sql, 'planned')
        .setParameters(params);
    }
    await collect(page);
  }
  const loaded = !rows
    ? []
    : planned
      ? [...plannedRows.values()]
      : await load([...new Set([...idsByParent.values()].flat())]);
  const byId = new Map(loaded.map((row) => [row.id as number, row]));
  return parentIds.map((parent) => {
    const rows = (idsByParent.get(parent) ?? []).map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
    return buildPage(rows, keys, window, () => countAll().then((m) => m.get(parent) ?? 0));
  });
}

/** A sortable field of a connection: its SQL expression, whether it can be null, and how to read it. */
export interface SortField<T> {
  expr: string;
  nullable?: boolean;
  read: (row: T) => string | number | null;
  /** What the column holds (default `text`), for checking cursors. */
  type?: CursorValueType;
  /** For a computed value (count, ratio): its select alias; read it with `computedValue`. */
  computedAs?: string;
}

/**
 * Turns a client's `orderBy` list into sort keys, always ending with the row id so the order is total:
 * `sortKeys([{ field: 'NAME', direction: 'ASC' }], fields, 'yot')` → name ASC, id ASC.
 */
export function sortKeys<T extends { id: number }, F extends string>(
  orderBy: readonly { field: F; direction?: SortDirection | null }[] | null | undefined,
  fields: Record<F, SortField<T>>,
  alias: string,
  fallback: { field: F; direction: SortDirection }[],
): SortKey<T>[] {
  const requested = orderBy && orderBy.length > 0 ? orderBy : fallback;
  const seen = new Set<F>();
  const keys: SortKey<T>[] = [];
  for (const { field, direction } of requested) {
    const spec = fields[field] as (typeof fields)[F] | undefined;
    if (!spec) throw new BadUserInputError(`Cannot order by ${field}.`, 'orderBy');
    if (seen.has(field)) throw new BadUserInputError(`orderBy names ${field} twice.`, 'orderBy');
    seen.add(field);
    keys.push({ ...spec, direction: direction ?? SortDirection.ASC });
  }
  const last = keys[keys.length - 1].direction;
  keys.push({ expr: `${alias}.id`, direction: last, type: 'int', read: (row) => row.id });
  return keys;
}

/**
 * One page of rows already computed in memory (a view assembled from several statements, such as the
 * national gaps), with the same cursors and paging rules as `paginate`: rows are sorted by `keys` (every key
 * non-null; the last one unique) and a cursor seeks past its sort values, so pages stay stable when rows
 * are added before them.
 */
export function paginateInMemory<T>(rows: readonly T[], keys: SortKey<T>[], args: ConnectionArgs): Page<T> {
  const window = pageWindow(args, keys);
  const compare = (a: readonly unknown[], b: readonly unknown[]) => {
    for (let i = 0; i < keys.length; i++) {
      const [x, y] = [a[i] as string | number, b[i] as string | number];
      if (x === y) continue;
      const order = x < y ? -1 : 1;
      return keys[i].direction === SortDirection.ASC ? order : -order;
    }
    return 0;
  };
  const valued = rows
    .map((row) => ({ row, values: keys.map((k) => k.read(row)) }))
    .sort((a, b) => compare(a.values, b.values));
  let selected = valued;
  if (window.after) selected = selected.filter((v) => compare(v.values, window.after!) > 0);
  if (window.before) selected = selected.filter((v) => compare(v.values, window.before!) < 0);
  if (window.backward) selected = [...selected].reverse();
  const fetched = selected.slice(0, window.size + 1).map((v) => v.row);
  return buildPage(fetched, keys, window, () => Promise.resolve(rows.length));
}
