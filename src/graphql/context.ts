import { DataSource, EntityManager } from 'typeorm';
import { Loaders } from './loaders';

/** What every resolver and service receives: the database handle for this request and its loaders. */
export interface HubContext {
  /** The EntityManager to use: the DataSource's manager, or a transaction's inside a mutation. */
  db: EntityManager;
  loaders: Loaders;
  /** Who is calling; `anonymous` until access control exists. */
  actor: string;
}

/** Builds a fresh context for one request: new DataLoaders, so nothing is cached across requests. */
export function createContext(dataSource: DataSource, actor = 'anonymous'): HubContext {
  return { db: dataSource.manager, loaders: new Loaders(dataSource.manager), actor };
}
