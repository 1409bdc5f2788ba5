import { DataSource, EntityManager } from 'typeorm';
import type { RequestScope } from '../http/request-context';
import { Caller, Role } from '../modules/auth/roles';
import type { Admission } from './limits';
import { Loaders } from './loaders';

/** What every resolver and service receives: the database handle for this request and its loaders. */
export interface HubContext {
  /** The EntityManager to read with: the reading DataSource's manager, or a transaction's inside a mutation. */
  db: EntityManager;
  /** The DataSource write transactions run on (see `readerFor` for why reads may use another). */
  writer: DataSource;
  loaders: Loaders;
  /** Who is calling, from the bearer token; decides what they may read and change. */
  caller: Caller;
  /** The caller's name as the audit trail records it. */
  actor: string;
  /** Per-request memo of the YOTs a PARTNER caller may see (see modules/auth/scope.ts). */
  visibleYots?: Promise<Set<number> | null>;
  /** Counts from 1 to this are suppressed in outcome summaries (disclosure control). */
  suppressionThreshold: number;
  /**
   * True while reads go to a PostgreSQL read replica, which may lag the primary. After a write the request
   * reads from the primary instead, so a mutation's payload shows what it wrote (see `inTransaction`).
   */
  readsFromReplica: boolean;
  /** True inside a write transaction (`inTransaction`): views are then neither cached nor read from the cache. */
  writing?: boolean;
  /** The HTTP request being answered (its id, credential id and client address), when there is one. */
  request?: RequestScope;
  /** The limits' decision, when the direct lane made it before handing the request to Apollo (see limits.ts). */
  admission?: Admission;
  /** The data revision this request reads at, looked up on first use (see graphql/view-cache.ts). */
  revision?: Promise<number>;
}

/** Counts from 1 to 5 are suppressed unless configured otherwise (DfE practice: shown as `c`). */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** Builds a fresh context for one request: new DataLoaders, so nothing is cached across requests. */
export function createContext(
  dataSource: DataSource,
  options: { caller?: Caller; suppressionThreshold?: number; reader?: DataSource; request?: RequestScope } = {},
): HubContext {
  const caller = options.caller ?? SYSTEM;
  const reader = (options.reader ?? dataSource).manager;
  return {
    readsFromReplica:
      options.reader !== undefined && options.reader !== dataSource && options.reader.options.type === 'postgres',
    db: reader,
    writer: dataSource,
    loaders: new Loaders(reader),
    caller,
    actor: caller.name,
    suppressionThreshold: options.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD,
    request: options.request,
  };
}

/** The hub's own tools (seed, import, tests) act as an administrator unless they say otherwise. */
export const SYSTEM: Caller = { name: 'system', role: Role.ADMIN, yotId: null, agencyId: null };
