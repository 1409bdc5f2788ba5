import { type ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  getNamedType,
  OperationDefinitionNode,
  OperationTypeNode,
  getOperationAST,
  getVariableValues,
  GraphQLSchema,
  isLeafType,
  isListType,
  isNonNullType,
  parse,
  ValidationRule,
} from 'graphql';
import { ComplexityEstimator, ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { logFields, type RequestScope } from '../http/request-context';
import { logger } from '../logger';
import { Caller, requireRole } from '../modules/auth/roles';
import { DEFAULT_PAGE_SIZE } from './connections';
import { HubContext, SYSTEM } from './context';
import { BudgetState, CostBudgets } from './cost-budgets';
import { SharedCostBudgets } from '../scale-out/shared-budgets';
import { COVERAGE_ORDER_FIELDS } from '../modules/yot/yot.inputs';
import { documentShape } from './document-shape';
import { getOrInsert } from '../collections';
import { badRequest, HubError, rateLimited, tooComplex } from './errors';

/** Items a list without paging arguments is assumed to hold when costing a query (e.g. a YOT's partnerships). */
export const UNPAGED_LIST_SIZE = 10;

/** Items an aggregate's `groups` are assumed to hold when costing: a full page (it reads a whole table in one statement). */
export const AGGREGATE_GROUPS_COST = 100;

/**
 * What `__schema` costs, whatever it selects: its answer is bounded by the size of the schema, not by data
 * (graphql-js's MaxIntrospectionDepthRule stops `fields { type { fields … } } }` recursion), so GraphiQL's
 * full introspection query costs this and no more. `__type(name:)` costs a tenth of it.
 */
export const INTROSPECTION_COST = 100;

export interface LimitSettings {
  maxQueryCost: number;
  maxQueryDepth: number;
  costBudgetPerMinute: number;
  /** With a Redis URL, budgets are shared by every process using it (scale-out/shared-budgets.ts). */
  redisUrl?: string;
  redisKeyPrefix?: string;
  /** Fields an operation may select, fragments expanded (MAX_QUERY_FIELDS). */
  maxQueryFields: number;
  /** Aliased fields an operation may select, fragments expanded (MAX_QUERY_ALIASES). */
  maxQueryAliases: number;
}

/**
 * Cost of a field: leaves (scalars, enums) are free, objects cost 1 plus their selection, and lists multiply
 * their selection by their page size (`first`/`last`, default 20) or by UNPAGED_LIST_SIZE. So a connection
 * asking `first: 100` five levels deep costs 100⁵ and is refused before it runs. Introspection costs a constant,
 * and aggregate views add the cost of computing them (VIEW_COSTS).
 */
const costEstimator: ComplexityEstimator = (options) =>
  (viewCost(options.type.name, options.field) ?? 0) + orderingCost(options) + selectionCost(options);

/**
 * Ordering `yots` by a coverage number computes every YOT's coverage before the page (yot.service's
 * COVERAGE_ORDER_SQL), so it costs what the national coverage view costs, not what a small page would.
 */
function orderingCost({ type, field, args }: ComplexityEstimatorArgs): number {
  if (type.name !== 'Query' || field.name !== 'yots') return 0;
  const orderBy: unknown = args.orderBy;
  const terms: unknown[] = Array.isArray(orderBy) ? orderBy : orderBy ? [orderBy] : [];
  const byCoverage = terms.some((term) => {
    const named = (term as { field?: unknown } | null)?.field;
    return typeof named === 'string' && COVERAGE_ORDER_FIELDS.has(named);
  });
  return byCoverage ? VIEW_COSTS['Query.coverage'] : 0;
}

/**
 * What an aggregate view costs beyond its selection: its cold computation, which the selection does not show (a
 * national outcome summary or regional roll-up takes seconds of database time when not cached). A field's
 * `complexity` extension wins; otherwise VIEW_COSTS. National views cost hundreds; per-YOT views tens.
 */
export const VIEW_COSTS: Readonly<Record<string, number>> = {
  'Query.outcomeSummary': 300,
  'Query.coverageByRegion': 300,
  'Query.coverage': 200,
  'Query.gaps': 30,
  'Query.criterionCoverage': 20,
  'Query.contributionMatrix': 20,
  'Yot.coverage': 10,
  'YotCoverage.criteria': 5,
};

function viewCost(
  parent: string,
  field: { name: string; extensions?: Record<string, unknown> | null },
): number | undefined {
  const declared = field.extensions?.complexity;
  if (typeof declared === 'number' && Number.isFinite(declared) && declared >= 0) return declared;
  return VIEW_COSTS[`${parent}.${field.name}`];
}

function selectionCost({ type: parent, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  if (field.name === '__schema') return INTROSPECTION_COST;
  if (field.name === '__type') return INTROSPECTION_COST / 10;
  if (parent.name.startsWith('__') || isLeafType(getNamedType(field.type))) return 0;
  const paged = field.args.some((a) => a.name === 'first');
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  // A connection's `edges` and `nodes` are the page its field already paid for.
  const page = parent.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes');
  const requested = (args.first as number | undefined) ?? (args.last as number | undefined);
  // An aggregate's groups are unpaged but can be many (YOTs × criteria): charged as a full page.
  if (parent.name === 'Aggregate' && field.name === 'groups') return 1 + AGGREGATE_GROUPS_COST * childComplexity;
  const size = paged
    ? typeof requested === 'number'
      ? requested
      : DEFAULT_PAGE_SIZE
    : isListType(type) && !page
      ? UNPAGED_LIST_SIZE
      : 1;
  return 1 + Math.max(size, 0) * childComplexity;
}

/**
 * Refuses a document too large to check cheaply, before validation runs (graphql-js's validation and the cost
 * walk both expand fragments, so they must only ever see bounded documents). Linear in the document's size.
 */
export function checkShape(document: DocumentNode, settings: LimitSettings): void {
  const shape = documentShape(document);
  if (shape.fields > settings.maxQueryFields) {
    throw tooComplex(
      `The operation selects ${bounded(shape.fields)} fields once fragments are expanded; at most ${settings.maxQueryFields} are allowed.`,
      { fields: bounded(shape.fields), maxFields: settings.maxQueryFields },
    );
  }
  if (shape.aliases > settings.maxQueryAliases) {
    throw tooComplex(
      `The operation uses ${bounded(shape.aliases)} aliases once fragments are expanded; at most ${settings.maxQueryAliases} are allowed.`,
      { aliases: bounded(shape.aliases), maxAliases: settings.maxQueryAliases },
    );
  }
  if (shape.depth > settings.maxQueryDepth) {
    throw tooComplex(`The operation nests ${shape.depth} levels deep; at most ${settings.maxQueryDepth} are allowed.`, {
      depth: shape.depth,
      maxDepth: settings.maxQueryDepth,
    });
  }
}

/** A count as a client can read it (fragment expansion can exceed what JSON can say). */
function bounded(n: number): number {
  return Number.isSafeInteger(n) ? n : Number.MAX_SAFE_INTEGER;
}

/**
 * The operation's cost, or a refusal. Fails closed: an estimator that throws refuses the operation. Variables
 * that do not coerce are the one exception: execution then refuses them with BAD_USER_INPUT before any resolver
 * runs, so the operation costs nothing (null is returned and nothing is charged).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  /** The request asking, whose id and token id the log line names. */
  request?: RequestScope,
): number | null {
  try {
    const cost = getComplexity({ schema, query: document, operationName, variables, estimators: [costEstimator] });
    if (Number.isFinite(cost) && cost >= 0) return cost;
  } catch (error) {
    if (variablesFailToCoerce(schema, document, operationName, variables)) return null;
    logger.warn({ ...logFields(request), err: error }, 'the cost of an operation could not be estimated; refused');
  }
  throw tooComplex('The operation could not be costed, so it is refused. Ask for smaller pages or fewer fields.', {});
}

/** True only when graphql-js itself says the variables do not coerce (then execution runs nothing). */
function variablesFailToCoerce(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): boolean {
  try {
    const operation = getOperationAST(document, operationName);
    return Boolean(operation && getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors);
  } catch {
    return false;
  }
}

/** Variable sets remembered per document, and the longest (as JSON) worth remembering. */
const REMEMBERED_VARIABLE_SETS = 64;
const REMEMBERED_VARIABLES_LENGTH = 1000;

/**
 * `operationCost`, remembered per parsed document (Apollo hands the same DocumentNode to every request with the
 * same text) and variable values: the cost walk was about a twentieth of a small query's CPU (issue 16). The cost
 * depends on nothing else, so a remembered cost is the one the walk would give.
 */
export function rememberedOperationCost(
  memo: WeakMap<DocumentNode, Map<string, number | null>>,
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  request?: RequestScope,
): number | null {
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
  if (key.length > REMEMBERED_VARIABLES_LENGTH)
    return operationCost(schema, document, operationName, variables, request);
  const costs = getOrInsert(memo, document, () => new Map<string, number | null>());
  const known = costs.get(key);
  if (known !== undefined) return known;
  const cost = operationCost(schema, document, operationName, variables, request);
  if (costs.size >= REMEMBERED_VARIABLE_SETS) costs.clear();
  costs.set(key, cost);
  return cost;
}

/** The budget a caller spends from: its token's id, or for anonymous callers its client address. */
export function budgetKey(caller: Caller, request: RequestScope | undefined): string {
  if (caller.tokenId) return `token:${caller.tokenId}`;
  return `address:${request?.clientAddress ?? 'local'}`;
}

/** RateLimit-* headers (IETF httpapi draft) describing a caller's budget; Retry-After when refused. */
function budgetHeaders(state: BudgetState): [string, string][] {
  const headers: [string, string][] = [
    ['ratelimit-limit', String(state.capacity)],
    ['ratelimit-remaining', String(state.remaining)],
    ['ratelimit-reset', String(state.resetSeconds)],
  ];
  if (!state.granted) headers.push(['retry-after', String(state.retryAfterSeconds)]);
  return headers;
}

/** Documents put in place of refused ones, each with its refusal, which `refusalRule` reports. */
const refusals = new WeakMap<DocumentNode, HubError>();

/**
 * Reports the refusal of a document replaced by `refuseBeforeValidation`. Apollo offers no way to answer from a
 * hook before validation (an error thrown there becomes a 500), so the refused document is swapped for a
 * one-field stand-in, which validates in microseconds and fails with this rule's error: a 400 or 401 with the
 * refusal's code (format-error.ts keeps it), and nothing is cached for the refused text.
 */
export const refusalRule: ValidationRule = (context) => ({
  Document(node) {
    const refusal = refusals.get(node);
    if (refusal) context.reportError(refusal);
  },
});

function refuseBeforeValidation(requestContext: { document: DocumentNode }, refusal: HubError): void {
  const standIn = parse('{ __typename }');
  refusals.set(standIn, refusal);
  requestContext.document = standIn;
}

/** The operation the limits decide on: its document, the operation resolved in it, and the request's variables. */
export interface OperationToAdmit {
  document: DocumentNode;
  operation: OperationDefinitionNode | null | undefined;
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

/** What the limits decided for one operation: its cost and budget (none for unpriced ones), or its refusal. */
export interface Admission {
  /** `extensions.cost` of the response, when the caller's budget was charged. */
  cost?: Record<string, unknown>;
  budget?: BudgetState;
  /** The refusal, thrown where the operation is resolved (Apollo answers it). */
  refusal?: Error;
}

/**
 * The per-operation limits (role, cost, per-minute budget), decided once per operation by `admit`, both inside
 * Apollo (`limitsPlugin`) and on the direct lane (http/direct-lane.ts), which hands a refusal to Apollo to answer.
 */
export class OperationLimits {
  private readonly budgets: CostBudgets | SharedCostBudgets;
  private readonly restoreRate: number;
  private readonly costs = new WeakMap<DocumentNode, Map<string, number | null>>();

  constructor(
    private readonly schema: GraphQLSchema,
    readonly settings: LimitSettings,
  ) {
    this.budgets = settings.redisUrl
      ? new SharedCostBudgets(
          settings.redisUrl,
          settings.costBudgetPerMinute,
          `${settings.redisKeyPrefix ?? 'hub:'}budget:`,
        )
      : new CostBudgets(settings.costBudgetPerMinute);
    this.restoreRate = Math.round(this.budgets.perSecond);
  }

  /**
   * Decides an operation: refuses a caller without a role, a subscription over HTTP, an operation costing more
   * than `maxQueryCost`, and one the caller's budget cannot pay for; otherwise charges the budget. Variables that
   * do not coerce cost nothing: execution refuses them before any resolver runs. Never throws: a failure of a
   * check (a budget store that cannot be reached) is the refusal.
   */
  async admit(contextValue: HubContext, operation: OperationToAdmit): Promise<Admission> {
    try {
      return await this.decide(contextValue, operation);
    } catch (refusal) {
      return { refusal: refusal instanceof Error ? refusal : new Error(String(refusal)) };
    }
  }

  private async decide(
    contextValue: HubContext,
    { document, operation, operationName, variables }: OperationToAdmit,
  ): Promise<Admission> {
    requireRole(contextValue.caller);
    // graphql-js would fail it during execution ("Schema is not configured to execute subscription
    // operation"), a 200 with INTERNAL_SERVER_ERROR: it is the request that is wrong, so 400 before it runs.
    if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
      throw badRequest(
        'Subscriptions are served over WebSocket, not over HTTP; this hub serves queries and mutations only.',
      );
    }
    const settings = this.settings;
    const requested = rememberedOperationCost(
      this.costs,
      this.schema,
      document,
      operationName,
      variables,
      contextValue.request,
    );
    if (requested === null) return {};
    if (requested > settings.maxQueryCost) {
      throw tooComplex(
        `The operation would cost ${requested}; the limit is ${settings.maxQueryCost}. Ask for smaller pages or fewer nested lists.`,
        { cost: requested, limit: settings.maxQueryCost },
      );
    }
    // The hub's own work (the view warmer) spends no caller's budget: with budgets shared over Redis, every
    // process's warmer would otherwise draw on one bucket and refuse each other.
    if (contextValue.caller === SYSTEM) return {};
    const budget = await this.budgets.take(budgetKey(contextValue.caller, contextValue.request), requested);
    const throttleStatus = {
      maximumAvailable: settings.costBudgetPerMinute,
      currentlyAvailable: budget.remaining,
      restoreRate: this.restoreRate,
    };
    const cost = { requestedQueryCost: requested, maximumQueryCost: settings.maxQueryCost, throttleStatus };
    if (budget.granted) return { cost, budget };
    const message = `This operation costs ${requested} and your budget has less left; it refills at ${this.restoreRate} per second. Retry after ${budget.retryAfterSeconds} s.`;
    // The refusal still reports the cost and carries the budget's headers, as an admitted operation's response does.
    return { cost, budget, refusal: rateLimited(message, budget.retryAfterSeconds, { cost }, budgetHeaders(budget)) };
  }

  /** The RateLimit-* headers an admitted (or rate-limited) operation's response carries. */
  headers(admission: Admission | undefined): [string, string][] {
    return admission?.budget ? budgetHeaders(admission.budget) : [];
  }

  /** The response's `extensions` with the operation's cost added, as Shopify's API reports it. */
  extensions(
    admission: Admission | undefined,
    extensions: Record<string, unknown> | undefined,
  ): Record<string, unknown> | undefined {
    return admission?.cost ? { ...extensions, cost: admission.cost } : extensions;
  }

  async close(): Promise<void> {
    if (this.budgets instanceof SharedCostBudgets) await this.budgets.close();
  }
}

/**
 * Apollo plugin that refuses, before anything executes (so the database sees no statement): a caller without
 * a role (401); before validation, a document with too many fields or aliases or nested too deep; after it, the
 * refusals of `OperationLimits#admit` (an operation costing more than `maxQueryCost`, 400; one the caller's
 * per-minute budget cannot pay for, 429). Any failure inside a check refuses too. Every response then carries
 * `extensions.cost`, as Shopify's API does, and RateLimit-* headers. An operation the direct lane already
 * admitted or refused (`HubContext.admission`) is not charged twice.
 */
export function limitsPlugin(limits: OperationLimits): ApolloServerPlugin<HubContext> {
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          await limits.close();
        },
      };
    },
    async requestDidStart() {
      let admission: Admission | undefined;
      return {
        // Runs before validation, and only for documents not already validated (Apollo caches those by hash).
        async validationDidStart(requestContext) {
          try {
            requireRole(requestContext.contextValue.caller);
            checkShape(requestContext.document, limits.settings);
          } catch (error) {
            refuseBeforeValidation(
              requestContext,
              error instanceof HubError
                ? error
                : tooComplex('The operation could not be checked, so it is refused.', {}),
            );
          }
        },
        async didResolveOperation({ request, document, operation, operationName, contextValue }) {
          // The lane's decision serves this one request: taken off the context, so no other operation reuses it.
          const decided = contextValue.admission;
          contextValue.admission = undefined;
          admission =
            decided ??
            (await limits.admit(contextValue, {
              document,
              operation,
              operationName: operationName ?? undefined,
              variables: request.variables ?? {},
            }));
          if (admission.refusal !== undefined) throw admission.refusal;
        },
        async willSendResponse({ response }) {
          for (const [name, value] of limits.headers(admission)) response.http.headers.set(name, value);
          if (admission?.cost && response.body.kind === 'single')
            response.body.singleResult.extensions = limits.extensions(admission, response.body.singleResult.extensions);
        },
      };
    },
  };
}
