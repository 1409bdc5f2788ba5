import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLFormattedError } from 'graphql';
import { print } from 'graphql';
import { DataSource } from 'typeorm';
import { Config, isPostgresUrl, loadConfig } from '../../src/config';
import { createDataSource, openDatabase, readerFor } from '../../src/db/data-source';
import { QueryCounter } from '../../src/db/query-counter';
import { createScratchPostgres } from '../../src/db/scratch-postgres';
import { createContext } from '../../src/graphql/context';
import { Caller, Role } from '../../src/modules/auth/roles';
import { loadSeeds } from '../../src/seed/seed';
import { createServer, HubServer } from '../../src/server';

/** The caller operations run as unless a test says otherwise: an administrator named `tester`. */
export const TESTER: Caller = { name: 'tester', role: Role.ADMIN, yotId: null, agencyId: null };

/** An analyst caller, for what ordinary readers see (e.g. suppressed outcome counts). */
export const ANALYST: Caller = { name: 'analyst', role: Role.ANALYST, yotId: null, agencyId: null };

/** The database the suite runs against: DATABASE_URL when it names PostgreSQL, otherwise SQLite. */
export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? '';
export const onPostgres = isPostgresUrl(TEST_DATABASE_URL);

/** A GraphQL response as a client sees it. */
export interface Result<TData> {
  data?: TData | null;
  errors?: readonly GraphQLFormattedError[];
}

/** A fresh, migrated (and by default seeded) database with the real server in front of it. */
export interface TestHub {
  /** The DataSource reads go through (a second connection on SQLite). */
  reader: DataSource;
  /** DATABASE_URL of this hub's own database, for child processes (CLIs) under test. */
  url: string;
  dataSource: DataSource;
  server: HubServer;
  /** Counts every SQL statement; reset before the operation under test. */
  statements: QueryCounter;
  /** Sends a typed operation through Apollo (context, validation, error formatting) as a request would. */
  exec<TData, TVars extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVars>,
    variables?: TVars,
    as?: Caller,
  ): Promise<Result<TData>>;
  /** Like `exec`, and returns the number of SQL statements the operation sent. */
  count<TData, TVars extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVars>,
    variables?: TVars,
    as?: Caller,
  ): Promise<{ result: Result<TData>; statements: number }>;
  close(): Promise<void>;
}

/** Builds a test hub on its own database, created by the real migrations (never `synchronize`). */
export async function startTestHub(
  options: { seed?: boolean; config?: Partial<Config>; limits?: 'lifted' | 'production' } = {},
): Promise<TestHub> {
  const statements = new QueryCounter(true);
  let url: string;
  let cleanup: () => Promise<void>;
  if (onPostgres) {
    const scratch = await createScratchPostgres(TEST_DATABASE_URL, 'hub_test');
    url = scratch.url;
    cleanup = () => scratch.drop();
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'hub-test-'));
    url = `sqlite:${join(dir, 'hub.sqlite')}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const dataSource = await openDatabase(createDataSource(url, { logger: statements }));
  const reader = await readerFor(dataSource, { logger: statements });
  if (options.seed !== false) await loadSeeds(dataSource);
  // Generous cost limits by default: the suites below test behaviour. `limits: 'production'` keeps the defaults a
  // deployed hub has (loadConfig({})), for the tests of the limits themselves and of what must pass under them
  // (test/hostile/limits.test.ts, GraphiQL, codegen against the URL).
  const lifted = options.limits === 'production' ? {} : { maxQueryCost: 1e9, costBudgetPerMinute: 1e12 };
  const server = await createServer(
    dataSource,
    { ...loadConfig({}), databaseUrl: url, nodeEnv: 'test', ...lifted, ...options.config },
    reader,
  );

  const exec: TestHub['exec'] = async (document, variables, as = TESTER) => {
    const response = await server.apollo.executeOperation(
      { query: print(document), variables },
      { contextValue: createContext(dataSource, { caller: as, reader }) },
    );
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not used by the hub');
    // Round-trip through JSON so tests see exactly what a client receives (dates as text, no undefined).
    return JSON.parse(JSON.stringify(response.body.singleResult)) as Result<never>;
  };
  return {
    reader,
    url,
    dataSource,
    server,
    statements,
    exec,
    async count(document, variables, as) {
      statements.reset();
      const result = await exec(document, variables, as);
      return { result, statements: statements.count };
    },
    async close() {
      await server.stop(1000);
      if (reader !== dataSource) await reader.destroy();
      await dataSource.destroy();
      await cleanup();
    },
  };
}

/** Starts the hub's HTTP server on a free local port and returns its base URL (for tests that go over HTTP). */
export async function listen(hub: Pick<TestHub, 'server'>): Promise<string> {
  await new Promise<void>((resolve) => hub.server.httpServer.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(hub.server.httpServer.address() as AddressInfo).port}`;
}
