import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, getNamedType, GraphQLError, GraphQLSchema, isLeafType, isListType, isNonNullType, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { noRole } from '../modules/auth/auth-checker';
import { DEFAULT_PAGE_SIZE } from './connections';
import { HubContext } from './context';
import { ErrorCode, HubError } from './errors';

/** Items a list without paging arguments is assumed to hold when costing a query (e.g. a YOT's partnerships). */
export const UNPAGED_LIST_SIZE = 10;

export interface LimitSettings {
  maxQueryCost: number;
  maxQueryDepth: number;
  costBudgetPerMinute: number;
}

/**
 * Cost of a field: leaves (scalars, enums) are free, objects cost 1 plus their selection, and lists multiply
 * their selection by their page size (`first`/`last`, default 20) or by UNPAGED_LIST_SIZE. So a connection
 * asking `first: 100` five levels deep costs 100⁵ and is refused before it runs.
 */
const costEstimator: ComplexityEstimator = ({ type: parent, field, args, childComplexity }) => {
  if (isLeafType(getNamedType(field.type))) return 0;
  const paged = field.args.some((a) => a.name === 'first');
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  // A connection's `edges` and `nodes` are the page its field already paid for.
  const page = parent.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes');
  const size = paged ? ((args.first as number | undefined) ?? (args.last as number | undefined) ?? DEFAULT_PAGE_SIZE) : isListType(type) && !page ? UNPAGED_LIST_SIZE : 1;
  return 1 + Math.max(size, 0) * childComplexity;
};

/**
 * Nesting depth of an operation's selections (fragments followed), not counting the root field itself.
 * Introspection (`__schema`, `__type`) is not counted: its depth follows the schema's type wrappers, not data,
 * and GraphiQL's own introspection query nests 14 levels.
 */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  const depth = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) deepest = Math.max(deepest, selection.selectionSet ? 1 + depth(selection.selectionSet, seen) : 0);
      }
      else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depth(selection.selectionSet, seen));
      else if (!seen.has(selection.name.value)) deepest = Math.max(deepest, depth(fragments.get(selection.name.value)?.selectionSet, new Set([...seen, selection.name.value])));
    }
    return deepest;
  };
  return operation ? depth(operation.selectionSet, new Set()) : 0;
}

/** A token bucket per caller: `capacity` cost, refilled at capacity per minute. */
class CostBudgets {
  private readonly buckets = new Map<string, { available: number; at: number }>();

  constructor(readonly capacity: number) {}

  /** Takes `cost` from the caller's bucket; returns what is left, or null when there is not enough. */
  take(caller: string, cost: number, now = Date.now()): number | null {
    const bucket = this.buckets.get(caller) ?? { available: this.capacity, at: now };
    bucket.available = Math.min(this.capacity, bucket.available + ((now - bucket.at) / 60_000) * this.capacity);
    bucket.at = now;
    if (this.buckets.size > 10_000) this.buckets.clear(); // bound memory; a full bucket is the default anyway
    this.buckets.set(caller, bucket);
    if (cost > bucket.available) return null;
    bucket.available -= cost;
    return bucket.available;
  }
}

/**
 * Apollo plugin that refuses, before anything executes (so the database sees no statement), an operation
 * from a caller without a role, one nested deeper than `maxQueryDepth`, one costing more than
 * `maxQueryCost`, and one the caller's per-minute budget cannot pay for. Every response then carries
 * `extensions.cost`, as Shopify's API does.
 */
export function limitsPlugin(schema: GraphQLSchema, settings: LimitSettings): ApolloServerPlugin<HubContext> {
  const budgets = new CostBudgets(settings.costBudgetPerMinute);
  const restoreRate = Math.round(settings.costBudgetPerMinute / 60);
  return {
    async requestDidStart() {
      let cost: Record<string, unknown> | undefined;
      return {
        async didResolveOperation({ request, document, operationName, contextValue }) {
          if (!contextValue.caller.role) throw noRole();
          const depth = operationDepth(document, operationName);
          if (depth > settings.maxQueryDepth) {
            throw new HubError(ErrorCode.QUERY_TOO_COMPLEX, `The operation nests ${depth} levels deep; at most ${settings.maxQueryDepth} are allowed.`, { depth, maxDepth: settings.maxQueryDepth });
          }
          let requested: number;
          try {
            requested = getComplexity({ schema, query: document, operationName: operationName ?? undefined, variables: request.variables ?? {}, estimators: [costEstimator, simpleEstimator({ defaultComplexity: 0 })] });
          } catch (error) {
            // Variables that do not coerce: execution refuses them with BAD_USER_INPUT before touching data.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (requested > settings.maxQueryCost) {
            throw new HubError(ErrorCode.QUERY_TOO_COMPLEX, `The operation would cost ${requested}; the limit is ${settings.maxQueryCost}. Ask for smaller pages or fewer nested lists.`, {
              cost: requested,
              limit: settings.maxQueryCost,
            });
          }
          const left = budgets.take(contextValue.caller.name, requested);
          const throttleStatus = { maximumAvailable: settings.costBudgetPerMinute, currentlyAvailable: Math.floor(left ?? 0), restoreRate };
          cost = { requestedQueryCost: requested, maximumQueryCost: settings.maxQueryCost, throttleStatus };
          if (left === null) {
            throw new HubError(ErrorCode.RATE_LIMITED, `This operation costs ${requested} and your budget has less left; it refills at ${restoreRate} per second.`, {
              cost,
              http: { status: 429 },
            });
          }
        },
        async willSendResponse({ response }) {
          if (cost && response.body.kind === 'single') response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
        },
      };
    },
  };
}
