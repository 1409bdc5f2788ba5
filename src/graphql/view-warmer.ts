import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { currentRevision } from '../db/revision';
import { logger } from '../logger';
import { projectRoot } from '../paths';
import type { HubServer } from '../server';
import { createContext, SYSTEM } from './context';

/** The dashboard's own national operation, so the warm-up computes exactly the views the dashboard reads. */
function nationalOperation(): string {
  const manifest = JSON.parse(
    readFileSync(join(projectRoot(), 'web', 'dashboard', 'generated', 'persisted-documents.json'), 'utf8'),
  ) as Record<string, string>;
  const document = Object.values(manifest).find((text) => text.startsWith('query DashboardNational'));
  if (!document) throw new Error('the dashboard operations have no DashboardNational query: run `npm run codegen`');
  return document;
}

export interface ViewWarmer {
  /** Recomputes the views now if the data revision moved on since the last warm-up. */
  check(): Promise<void>;
  /** The revision the views were last warmed at (null before the first warm-up). */
  readonly warmedRevision: number | null;
  stop(): void;
}

/**
 * Keeps the dashboard's national views (every YOT's coverage and criteria, the regional roll-up) computed: at
 * start, and whenever the data revision moves on (a write here or on another process), checked every
 * `intervalMs`. Viewers then find them in the view cache instead of waiting for the first of them to compute
 * national aggregates after each write. Runs as the system caller; the views it fills are the caller-independent
 * ones (per-YOT rows, and the roll-up of all YOTs).
 */
export function startViewWarmer(
  server: HubServer,
  dataSource: DataSource,
  reader: DataSource,
  intervalMs: number,
): ViewWarmer {
  const query = nationalOperation();
  let warmedRevision: number | null = null;
  let running: Promise<void> | null = null;

  const warm = async () => {
    const revision = await currentRevision(reader.manager);
    if (revision === warmedRevision) return;
    const started = Date.now();
    let after: string | null = null;
    do {
      const response: Awaited<ReturnType<HubServer['apollo']['executeOperation']>> =
        await server.apollo.executeOperation(
          { query, variables: { first: 100, after, firstPage: after === null } },
          { contextValue: createContext(dataSource, { caller: SYSTEM, reader }) },
        );
      if (response.body.kind !== 'single' || response.body.singleResult.errors?.length)
        throw new Error(`warm-up failed: ${JSON.stringify(response.body)}`.slice(0, 500));
      const page: { hasNextPage: boolean; endCursor: string | null } = (
        response.body.singleResult.data as {
          coverage: { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        }
      ).coverage.pageInfo;
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    warmedRevision = revision;
    logger.info({ revision, ms: Date.now() - started }, 'dashboard views warmed');
  };
  let again = false;
  const check = (): Promise<void> => {
    // A check while a warm-up runs (a peer's write announced over Redis, say) runs once more after it.
    if (running) {
      again = true;
      return running;
    }
    running = warm()
      .catch((error: unknown) =>
        logger.warn({ err: error }, 'dashboard view warm-up failed; views will be computed on request'),
      )
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void check();
        }
      });
    return running;
  };
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  void check();
  return {
    check,
    get warmedRevision() {
      return warmedRevision;
    },
    stop: () => clearInterval(timer),
  };
}
