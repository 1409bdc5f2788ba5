import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  execute,
  getOperationAST,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  OperationDefinitionNode,
  OperationTypeNode,
} from 'graphql';
import type { CachePolicy } from '../graphql/cache-control';
import type { HubContext } from '../graphql/context';
import { formatErrors, noteRequestOf } from '../graphql/format-error';
import type { OperationLimits } from '../graphql/limits';
import type { HubMetrics } from './metrics';
import type { RequestScope } from './request-context';

/** A query text Apollo has parsed and validated, as the lane needs it. */
interface KnownDocument {
  document: DocumentNode;
  /** SHA-256 of the text, as Apollo computes it (the metrics name trusted documents by it). */
  queryHash: string;
  /** Approximate size in memory (its JSON), as Apollo's own document cache measures it. */
  size: number;
}

/**
 * Parsed documents the lane keeps, by approximate size (Apollo keeps 30 MiB of its own, mostly the same objects),
 * and the longest text worth keeping: a padded document near the token limit parses to hundreds of kB.
 */
const KNOWN_BYTES = 8 * 1024 * 1024;
const KNOWN_TEXT_LENGTH = 4_000;

/**
 * The texts each caller has had validated, least recently used first. Keyed by caller as well as text, so the lane
 * answering faster says nothing about what other callers have sent (as Apollo's persisted-query cache is scoped,
 * persisted-documents.ts).
 */
class KnownDocuments {
  private readonly entries = new Map<string, KnownDocument>();
  private bytes = 0;

  get(key: string): KnownDocument | undefined {
    const known = this.entries.get(key);
    if (known) {
      // Most recently used last, so the oldest is evicted first.
      this.entries.delete(key);
      this.entries.set(key, known);
    }
    return known;
  }

  add(key: string, document: DocumentNode, queryHash: string): void {
    if (this.entries.has(key)) return;
    const size = key.length + JSON.stringify(document).length;
    if (size > KNOWN_BYTES / 16) return;
    for (const [oldest, known] of this.entries) {
      if (this.bytes + size <= KNOWN_BYTES) break;
      this.entries.delete(oldest);
      this.bytes -= known.size;
    }
    this.entries.set(key, { document, queryHash, size });
    this.bytes += size;
  }
}

/** Whose texts a request's lookup is among: its credential's id, or for a request without one its address. */
function knownKey(request: RequestScope | undefined, text: string): string | undefined {
  if (!request || text.length > KNOWN_TEXT_LENGTH) return undefined;
  const caller = request.tokenId ? `t:${request.tokenId}` : `a:${request.clientAddress ?? ''}`;
  return `${caller}\u0000${text}`;
}

/** A request the lane can answer: a known query and its variables, with nothing else asked of the transport. */
export interface DirectRequest {
  known: KnownDocument;
  operation: OperationDefinitionNode;
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

/** An answer ready to send: status, the headers Apollo would set, and the body as Apollo encodes it. */
export interface DirectAnswer {
  status: number;
  headers: [string, string][];
  body: string;
}

/**
 * The direct lane (issue 16). Apollo runs every request through a pipeline of plugin hooks, each awaited for each
 * plugin, and hashes its text, even when the document is already parsed and validated: on a small query that
 * cost as much as the query itself. A query whose text Apollo has validated before is executed here instead, with
 * the same steps in the same order: the same context, the limits' decision (`OperationLimits#admit`), graphql-js's
 * `execute` on the same schema, the same error formatting (`formatErrors`), cache headers (`CachePolicy`),
 * `extensions.cost`, RateLimit-* headers and metrics. Anything else (mutations, a first sight of a text, persisted
 * queries, another `Accept`, variables that do not coerce, any refusal) is Apollo's, which answers it as before;
 * a refusal the lane decided is handed over with the decision, so nothing is charged twice.
 */
export class DirectLane {
  private readonly known = new KnownDocuments();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: OperationLimits,
    private readonly cachePolicy: CachePolicy,
    private readonly metrics: HubMetrics,
    private readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
    private readonly includeStacktrace: boolean,
  ) {}

  /** Apollo plugin remembering each query text that passed validation and resolved to a query, for its caller. */
  plugin(): ApolloServerPlugin<HubContext> {
    const listener = {
      didResolveOperation: async ({
        source,
        queryHash,
        document,
        operation,
        contextValue,
      }: {
        source?: string;
        queryHash?: string;
        document?: DocumentNode;
        operation?: OperationDefinitionNode;
        contextValue: HubContext;
      }) => {
        if (!source || !queryHash || !document || operation?.operation !== OperationTypeNode.QUERY) return;
        const key = knownKey(contextValue.request, source);
        if (key) this.known.add(key, document, queryHash);
      },
    };
    return { requestDidStart: async () => listener };
  }

  /**
   * The request the lane answers, or null for Apollo: a JSON body of `query` (a text this caller has had validated), optional
   * `variables` (an object) and `operationName` and nothing else, from a client that accepts plain JSON.
   */
  take(body: unknown, accept: string | undefined, request: RequestScope | undefined): DirectRequest | null {
    if (accept !== undefined && accept !== '*/*' && accept !== 'application/json') return null;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
    const { query, variables, operationName, ...rest } = body as Record<string, unknown>;
    for (const key in rest) return null;
    if (typeof query !== 'string') return null;
    const key = knownKey(request, query);
    const known = key === undefined ? undefined : this.known.get(key);
    if (!known) return null;
    if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
    if (operationName != null && typeof operationName !== 'string') return null;
    const operation = getOperationAST(known.document, operationName ?? undefined);
    if (operation?.operation !== OperationTypeNode.QUERY) return null;
    return {
      known,
      operation,
      operationName: operationName ?? undefined,
      variables: (variables ?? {}) as Record<string, unknown>,
    };
  }

  /**
   * Answers `request`, or returns null after recording the limits' refusal on the context (or for variables that
   * do not coerce): Apollo then answers with that decision.
   */
  async answer(request: DirectRequest, contextValue: HubContext, started: number): Promise<DirectAnswer | null> {
    const { known, operation, operationName, variables } = request;
    const admission = await this.limits.admit(contextValue, {
      document: known.document,
      operation,
      operationName,
      variables,
    });
    // No cost means variables that do not coerce (or no budget to charge): Apollo words those refusals.
    if (admission.refusal !== undefined || !admission.cost) {
      contextValue.admission = admission;
      return null;
    }
    let result: { data?: unknown; errors?: readonly GraphQLError[]; extensions?: Record<string, unknown> };
    let status = 200;
    try {
      result = await execute({
        schema: this.schema,
        document: known.document,
        contextValue,
        variableValues: variables,
        operationName,
      });
    } catch (error) {
      // As Apollo: an execution that throws (rather than reporting errors) is a 500.
      result = { errors: [error as GraphQLError] };
      status = 500;
    }
    const headers: [string, string][] = [];
    let errors: GraphQLFormattedError[] | undefined;
    if (result.errors) {
      // As the errorRequests plugin: each error names its request.
      for (const error of result.errors) noteRequestOf(error, contextValue.request);
      const formatted = formatErrors(result.errors, this.formatError, this.includeStacktrace);
      errors = formatted.errors;
      if (formatted.status) status = formatted.status;
      // As Apollo (status400ForVariableCoercionErrors): errors and no data at all are the request's fault.
      else if (result.data === undefined && status === 200) status = 400;
      headers.push(...formatted.headers);
    }
    headers.push(...this.limits.headers(admission), ...this.cachePolicy.headers(known.document, Boolean(errors)));
    headers.push(['content-type', 'application/json; charset=utf-8']);
    const extensions = this.limits.extensions(admission, result.extensions);
    this.metrics.observe(known.queryHash, errors, started);
    // Apollo's order and encoding (orderExecutionResultFields, prettyJSONStringify).
    return { status, headers, body: `${JSON.stringify({ errors, data: result.data, extensions })}\n` };
  }
}
