/** The benchmark run itself; `run.ts` picks the database first, because entity column types depend on it. */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config';
import { createDataSource, openDatabase, readerFor } from '../src/db/data-source';
import { QueryCounter } from '../src/db/query-counter';
import { Role } from '../src/modules/auth/roles';
import { TokenService } from '../src/modules/auth/token.service';
import { projectRoot } from '../src/paths';
import { loadSynthetic, SyntheticSummary } from '../src/seed/synthetic/national';
import { createServer } from '../src/server';
import { startServerProcess } from '../test/support/server-process';
import { measureDashboard, PageResult } from './dashboard-page';
import { LoadResult, loadTest, rssMb } from './http-load';
import { canRunBrowser } from '../test/support/browser';
import * as op from './operations';
import { renderMarkdown } from './report';
import { BENCH_SEED } from './settings';
import { runWorkloads, WorkloadResult } from './workloads';

export interface BenchReport {
  db: 'sqlite' | 'postgres';
  scale: number;
  ranAt: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; database: string };
  rows: Record<string, number>;
  load?: SyntheticSummary;
  workloads: WorkloadResult[];
  http: LoadResult[];
  dashboard: PageResult[];
  benchProcessRssMb: number;
}

export interface BenchOptions {
  db: 'sqlite' | 'postgres';
  scale: number;
  url: string;
  httpSeconds: number;
  skipHttp: boolean;
  quick: boolean;
}

export async function runBench({
  db,
  scale,
  url: finalUrl,
  httpSeconds,
  skipHttp,
  quick,
}: BenchOptions): Promise<void> {
  const statements = new QueryCounter();
  const dataSource = await openDatabase(createDataSource(finalUrl, { logger: statements }));
  console.error(`bench: ${db}, scale ${scale}: loading synthetic data (skipped where already loaded) …`);
  const load = await loadSynthetic(dataSource, { scale, seed: BENCH_SEED });
  console.error(`  ${load.created} YOTs loaded in ${load.seconds.toFixed(1)} s (${load.skipped} already there)`);
  const reader = await readerFor(dataSource, { logger: statements });
  // Production settings, with the per-caller cost budget lifted: the benchmark is one caller sending
  // thousands of requests a minute on purpose (the budget itself is tested in test/access.test.ts).
  // Production refuses to start without an id secret; a fresh one per run unless the caller sets one.
  const env = {
    COST_BUDGET_PER_MINUTE: String(1e12),
    HUB_ID_SECRET: process.env.HUB_ID_SECRET || randomBytes(32).toString('base64url'),
  };
  const config = { ...loadConfig({ ...process.env, ...env, NODE_ENV: 'production' }), databaseUrl: finalUrl };
  const server = await createServer(dataSource, config, reader);

  const timing = quick ? { warmup: 1, minRuns: 3, maxRuns: 5, budgetMs: 500 } : {};
  const workloads = await runWorkloads({ server, dataSource, reader, statements }, timing);

  const http: LoadResult[] = [];
  const dashboard: PageResult[] = [];
  if (!skipHttp) {
    const token = await TokenService.create(dataSource, { name: `bench ${Date.now()}`, role: Role.ANALYST });
    const [yot] = await reader.query<{ code: string }[]>(
      `SELECT code FROM yot WHERE code LIKE '_99%' ORDER BY code LIMIT 1 OFFSET 7`,
    );
    const operations = [
      { name: 'yot(code:) + partnerships + agencies', query: op.YOT_LOOKUP, variables: { code: yot.code } },
      { name: 'coverage(first: 100) dashboard', query: op.COVERAGE, variables: { first: 100 } },
    ];
    const seconds = quick ? 2 : httpSeconds;
    for (const operation of operations) {
      for (const connections of [10, 50]) {
        const hub = await startServerProcess(finalUrl, env);
        try {
          const result = await loadTest(hub.url, token, operation, connections, seconds, hub.child.pid!);
          http.push(result);
          console.error(
            `  W6 ${operation.name} @${connections}: ${result.requestsPerSecond} req/s, p99 ${result.p99} ms, ${result.errors} errors, RSS ${result.serverRssMb} MB`,
          );
        } finally {
          await hub.stop();
        }
      }
    }
    if (canRunBrowser) {
      // A fresh server process, so the first page load computes the views (cold), as after a restart or a write.
      const hub = await startServerProcess(finalUrl, env);
      try {
        const [{ n }] = await reader.query<{ n: number | string }[]>('SELECT COUNT(*) AS n FROM yot');
        dashboard.push(...(await measureDashboard(hub.url, token, Number(n), quick ? 2 : 5)));
      } finally {
        await hub.stop();
      }
    }
    await TokenService.revoke(dataSource, (await TokenService.list(dataSource)).at(-1)!.name);
  }

  const report: BenchReport = {
    db,
    scale,
    ranAt: new Date().toISOString(),
    machine: await machine(dataSource),
    rows: await rowCounts(dataSource),
    load: load.created > 0 ? load : undefined,
    workloads,
    http,
    dashboard,
    benchProcessRssMb: Math.round(rssMb(process.pid)),
  };
  await server.stop(1000);
  if (reader !== dataSource) await reader.destroy();
  await dataSource.destroy();

  const dir = join(projectRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${db}-scale${scale}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(renderMarkdown(report));
  console.error(`wrote ${file}`);
}

async function machine(dataSource: Awaited<ReturnType<typeof openDatabase>>) {
  const [row] = await dataSource.query<{ v: string }[]>(
    dataSource.options.type === 'postgres' ? 'SELECT version() AS v' : 'SELECT sqlite_version() AS v',
  );
  const version = row.v;
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    database: dataSource.options.type === 'postgres' ? version.split(' on ')[0] : `SQLite ${version}`,
  };
}

async function rowCounts(dataSource: Awaited<ReturnType<typeof openDatabase>>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [
    'yot',
    'partnership',
    'staff_placement',
    'information_sharing_agreement',
    'evidence',
    'evidence_link',
    'assessment',
    'criterion_rating',
    'child',
    'child_outcome',
  ]) {
    const [{ n }] = await dataSource.query<{ n: number | string }[]>(`SELECT COUNT(*) AS n FROM "${table}"`);
    counts[table] = Number(n);
  }
  return counts;
}
