import { DataSource, EntityManager } from 'typeorm';
import { Loaders } from './loaders';

/** What every resolver and service receives: the database handle for this request and its loaders. */
export interface HubContext {
  /** The EntityManager to use: the DataSource's manager, or a transaction's inside a mutation. */
  db: EntityManager;
  loaders: Loaders;
  /** Who is calling; `anonymous` until access control exists. */
  actor: string;
  /** Counts from 1 to this are suppressed in outcome summaries (disclosure control). */
  suppressionThreshold: number;
}

/** Counts from 1 to 5 are suppressed unless configured otherwise (DfE practice: shown as `c`). */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** Builds a fresh context for one request: new DataLoaders, so nothing is cached across requests. */
export function createContext(
  dataSource: DataSource,
  options: { actor?: string; suppressionThreshold?: number } = {},
): HubContext {
  return {
    db: dataSource.manager,
    loaders: new Loaders(dataSource.manager),
    actor: options.actor ?? 'anonymous',
    suppressionThreshold: options.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD,
  };
}
