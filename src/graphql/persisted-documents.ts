import type { Request, RequestHandler } from 'express';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parse, getOperationAST } from 'graphql';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { currentScope } from '../http/request-context';
import { ErrorCode, transportRefusal } from './errors';

/** Apollo's key prefix for automatic persisted queries in its cache. */
const APQ_PREFIX = 'apq:';

/**
 * The trusted documents: `sha256:<hex>` → document text, as GraphQL Code Generator's client preset writes them
 * (`npm run codegen` copies the manifest to schema/persisted-documents.json).
 */
export function loadPersistedDocuments(file: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(manifest).map(([key, document]) => [key.replace(/^sha256:/, ''), document]));
}

/**
 * The operations the hub knows by name: document hash → operation name, for every trusted document in the
 * manifest (empty when there is none). Metrics label only these; any other operation is `other`.
 */
export function knownOperations(file: string): Map<string, string> {
  if (!existsSync(file)) return new Map();
  const known = new Map<string, string>();
  for (const [hash, text] of loadPersistedDocuments(file)) {
    const name = getOperationAST(parse(text))?.name?.value;
    if (name) known.set(hash, name);
  }
  return known;
}

/**
 * The cache behind automatic persisted queries, with every key scoped to the caller: the credential's id, or the
 * client address without one. A hash is then found only by the caller who sent its text, so APQ's answer
 * (PERSISTED_QUERY_NOT_FOUND or not) tells nobody which documents anyone else has sent. The cost is one copy of
 * a popular document per caller, bounded by the LRU's size.
 */
export function callerScopedCache(
  inner: KeyValueCache = new InMemoryLRUCache<string>({ maxSize: 30 * 1024 * 1024 }),
): KeyValueCache {
  const scoped = (key: string) => {
    const scope = currentScope();
    return `${scope?.tokenId ? `token:${scope.tokenId}` : `address:${scope?.clientAddress ?? 'local'}`}:${key}`;
  };
  return {
    get: (key) => inner.get(scoped(key)),
    set: (key, value, options) => inner.set(scoped(key), value, options),
    delete: (key) => inner.delete(scoped(key)),
  };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * For PERSISTED_ONLY mode: Apollo's persisted-query cache holding exactly the trusted documents, which never
 * learns new ones, so a client can send just a document's hash (`extensions.persistedQuery`, Apollo's APQ format).
 */
export function trustedDocumentCache(documents: Map<string, string>): KeyValueCache {
  return {
    get: async (key) => (key.startsWith(APQ_PREFIX) ? documents.get(key.slice(APQ_PREFIX.length)) : undefined),
    set: async () => undefined,
    delete: async () => undefined,
  };
}

/**
 * Express middleware in front of Apollo, for PERSISTED_ONLY mode: refuses, with 400 and a GraphQL-shaped error,
 * any request whose `query` text is not a trusted document. A request carrying only a hash goes on to Apollo,
 * whose cache knows only the trusted documents (PERSISTED_QUERY_NOT_FOUND otherwise).
 */
export function trustedDocumentsOnly(documents: Map<string, string>): RequestHandler {
  return (req, res, next) => {
    const refusal = untrustedRefusal(documents, req);
    if (refusal) res.status(refusal.status).json(refusal.body);
    else next();
  };
}

/** The refusal `trustedDocumentsOnly` answers a request with (its `query` text is not trusted), or null. */
export function untrustedRefusal(
  documents: Map<string, string>,
  req: Request,
): ReturnType<typeof transportRefusal> | null {
  const source = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
  if (typeof source !== 'string' || documents.has(sha256(source))) return null;
  return transportRefusal(
    ErrorCode.PERSISTED_QUERY_REQUIRED,
    'This hub accepts only its trusted operations (PERSISTED_ONLY): send a persisted document by its sha256 hash in extensions.persistedQuery.',
  );
}
