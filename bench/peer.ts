/**
 * `npm run bench:peer -- [--scale n] [--seconds s] [--rounds r] [--sqlite] [--only Q1,Q3]` (or `npm run bench -- --peer postgraphile`):
 * the hub against PostGraphile v4 on the same PostgreSQL data (issue 16). Loads the synthetic data once into
 * `hub_peer_scale<n>`, starts the hub as deployed (production, an ANALYST token, no response cache exists) and
 * PostGraphile, checks that both answer Q1–Q4 with the same rows as a hand-written statement, then loads each
 * question with autocannon (10 connections), hub and PostGraphile interleaved round by round, so both see the
 * same machine. With `--sqlite`, the hub on a SQLite copy of the same data joins the rounds.
 * Writes bench/results/peer-postgres-scale<n>.json and .md.
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { benchDatabaseUrl } from './database';
import { PeerQuestion, peerQuestions } from './peer-questions';
import { cpuMs, PeerServer, startHub, startPostGraphile } from './peer-servers';
import { renderPeerMarkdown } from './peer-report';
import { BENCH_SEED } from './settings';
import { projectRoot } from '../src/paths';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface PeerRun {
  target: string;
  question: string;
  round: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  /** Server CPU (user + system) per request, ms. */
  cpuMsPerRequest: number;
  /** 1-minute load average when the run ended. */
  loadavg: number;
}

export interface PeerReport {
  ranAt: string;
  scale: number;
  seconds: number;
  connections: number;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; database: string };
  /** Load averages (1, 5, 15 min) before the first run and after the last. */
  loadBefore: number[];
  loadAfter: number[];
  questions: { id: string; name: string; rows: number; hub: string; postgraphile: string; baselineSql: string }[];
  targets: string[];
  runs: PeerRun[];
  /** The hand-written statement alone: statements per second through a pool of 10 (PostgreSQL). */
  baseline: { question: string; statementsPerSecond: number; p50: number; p99: number }[];
}

const CONNECTIONS = 10;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      peer: { type: 'string', default: 'postgraphile' },
      db: { type: 'string', default: 'postgres' },
      scale: { type: 'string', default: '1' },
      seconds: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '3' },
      sqlite: { type: 'boolean', default: false },
      only: { type: 'string' },
    },
    allowPositionals: false,
  });
  if (values.peer !== 'postgraphile') throw new Error('--peer must be postgraphile (the only peer measured)');
  if (values.db !== 'postgres')
    throw new Error(
      'PostGraphile serves PostgreSQL only: --db postgres (add --sqlite to measure the hub on SQLite too)',
    );
  const scale = Number(values.scale);
  const seconds = Number(values.seconds);
  const rounds = Number(values.rounds);
  const pgUrl = await benchDatabaseUrl('postgres', scale, 'hub_peer');
  const sqliteUrl = values.sqlite ? await benchDatabaseUrl('sqlite', scale, 'hub_peer') : undefined;
  // Entity column types are chosen from DATABASE_URL when the entities are first imported.
  process.env.DATABASE_URL = pgUrl;
  const { createDataSource, openDatabase } = await import('../src/db/data-source');
  const { loadSynthetic } = await import('../src/seed/synthetic/national');
  const { TokenService } = await import('../src/modules/auth/token.service');
  const { Role } = await import('../src/modules/auth/roles');

  const load = async (url: string) => {
    const dataSource = await openDatabase(createDataSource(url));
    console.error(
      `peer: loading synthetic data scale ${scale} into ${url.replace(/\/\/[^@]*@/, '//')} (skipped where already loaded) …`,
    );
    const summary = await loadSynthetic(dataSource, { scale, seed: BENCH_SEED });
    console.error(
      `  ${summary.created} YOTs loaded in ${summary.seconds.toFixed(1)} s (${summary.skipped} already there)`,
    );
    const token = await TokenService.create(dataSource, { name: `peer bench ${Date.now()}`, role: Role.ANALYST });
    return { dataSource, token };
  };
  const pg = await load(pgUrl);
  // Entities take their column types from the first DATABASE_URL, so SQLite is loaded and given its token by
  // the hub's own CLIs in child processes.
  const lite = sqliteUrl ? sqliteSide(sqliteUrl, scale) : undefined;

  const pool = new Pool({ connectionString: pgUrl, max: CONNECTIONS });
  const {
    rows: [{ code }],
  } = await pool.query(`SELECT code FROM yot WHERE code LIKE '_99%' ORDER BY code LIMIT 1 OFFSET 7`);
  const only = values.only?.split(',');
  const questions = peerQuestions(code).filter((q) => !only || only.includes(q.id));
  // Production settings with the per-caller budget lifted: the bench is one caller sending thousands of requests a minute.
  const env = { COST_BUDGET_PER_MINUTE: String(1e12), HUB_ID_SECRET: randomBytes(32).toString('base64url') };

  const servers: PeerServer[] = [];
  const report: PeerReport = {
    ranAt: new Date().toISOString(),
    scale,
    seconds,
    connections: CONNECTIONS,
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      database: '',
    },
    loadBefore: loadavg().map((l) => Math.round(l * 100) / 100),
    loadAfter: [],
    questions: [],
    targets: [],
    runs: [],
    baseline: [],
  };
  try {
    report.machine.database = String((await pool.query('SELECT version() AS v')).rows[0].v).split(' on ')[0];
    servers.push(await startHub('hub (PostgreSQL)', pgUrl, env, pg.token));
    servers.push(await startPostGraphile(pgUrl));
    if (lite && sqliteUrl) servers.push(await startHub('hub (SQLite)', sqliteUrl, env, lite.token));
    report.targets = servers.map((s) => s.name);

    // Same rows from every server and from the hand-written statement, before anything is timed.
    for (const q of questions) {
      const { rows } = await pool.query(q.baseline.sql, q.baseline.params);
      const expected = q.normalise.baseline(rows);
      for (const server of servers) {
        const ask = server.name.startsWith('hub') ? q.hub : q.postgraphile;
        const data = await post(server, ask);
        const answer = server.name.startsWith('hub') ? q.normalise.hub(data) : q.normalise.postgraphile(data);
        assert.deepStrictEqual(answer, expected, `${q.id}: ${server.name} does not answer what the statement does`);
      }
      report.questions.push({
        id: q.id,
        name: q.name,
        rows: rowCount(expected),
        hub: q.hub.query,
        postgraphile: q.postgraphile.query,
        baselineSql: q.baseline.sql.replace(/\s+/g, ' '),
      });
      console.error(
        `  ${q.id}: ${servers.map((s) => s.name).join(', ')} and the statement agree (${rowCount(expected)} rows)`,
      );
    }

    // Warm-up: each server's JIT, pools and plans, 2 s per question.
    for (const q of questions) for (const server of servers) await hammer(server, q, 2);

    for (let round = 1; round <= rounds; round++) {
      for (const q of questions) {
        // Alternate who goes first, so neither always meets the machine just after the other's load.
        const order = round % 2 ? servers : [...servers].reverse();
        for (const server of order) {
          const run = await hammer(server, q, seconds);
          report.runs.push({ ...run, round });
          console.error(
            `  round ${round} ${q.id} ${server.name}: ${run.requestsPerSecond} req/s, p99 ${run.p99} ms, ${run.errors} errors, ${run.cpuMsPerRequest} ms CPU/request, load ${run.loadavg}`,
          );
        }
      }
    }
    for (const q of questions) report.baseline.push({ question: q.id, ...(await baselineLoad(pool, q, seconds)) });
    report.loadAfter = loadavg().map((l) => Math.round(l * 100) / 100);
  } finally {
    for (const server of servers) await server.stop();
    await pool.end();
    await TokenService.revoke(pg.dataSource, (await TokenService.list(pg.dataSource)).at(-1)!.name);
    await pg.dataSource.destroy();
    lite?.revoke();
  }

  const dir = join(projectRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `peer-postgres-scale${scale}`);
  const markdown = renderPeerMarkdown(report);
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${base}.md`, markdown);
  console.log(markdown);
  console.error(`wrote ${base}.json and .md`);
}

/** The SQLite copy of the data, loaded (where missing) and given an ANALYST token by the hub's CLIs. */
function sqliteSide(url: string, scale: number): { token: string; revoke(): void } {
  const env = { ...process.env, DATABASE_URL: url };
  const cli = (script: string, args: string[]) =>
    execFileSync(process.execPath, [join(projectRoot(), 'dist', 'src', ...script.split('/')), ...args], {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  console.error(`peer: loading synthetic data scale ${scale} into ${url} (skipped where already loaded) …`);
  console.error(`  ${cli('seed/synthetic/cli.js', ['--scale', String(scale), '--seed', String(BENCH_SEED)]).trim()}`);
  const name = `peer bench ${Date.now()}`;
  const token = cli('modules/auth/token-cli.js', ['create', '--name', name, '--role', 'ANALYST'])
    .trim()
    .split('\n')
    .at(-1)!;
  return { token, revoke: () => void cli('modules/auth/token-cli.js', ['revoke', name]) };
}

async function post(server: PeerServer, ask: { query: string; variables: Data }): Promise<Data> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...server.headers },
    body: JSON.stringify(ask),
  });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  if (!response.ok || body.errors?.length || !body.data)
    throw new Error(`${server.name}: ${response.status} ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** Sustained load on one question: autocannon, every body checked for GraphQL errors, the server's CPU measured. */
async function hammer(server: PeerServer, q: PeerQuestion, seconds: number): Promise<Omit<PeerRun, 'round'>> {
  const ask = server.name.startsWith('hub') ? q.hub : q.postgraphile;
  let graphqlErrors = 0;
  const cpuBefore = cpuMs(server.pid);
  const result = await autocannon({
    url: `${server.url}/graphql`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', ...server.headers },
        body: JSON.stringify(ask),
        onResponse: (_status: number, body: string) => {
          if (body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  const cpu = cpuMs(server.pid) - cpuBefore;
  return {
    target: server.name,
    question: q.id,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    cpuMsPerRequest: result.requests.total ? Math.round((cpu / result.requests.total) * 100) / 100 : 0,
    loadavg: Math.round(loadavg()[0] * 100) / 100,
  };
}

/** The hand-written statement under the same concurrency: what the database alone can do. */
async function baselineLoad(pool: Pool, q: PeerQuestion, seconds: number) {
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        const start = performance.now();
        await pool.query({ name: `peer-${q.id}`, text: q.baseline.sql, values: q.baseline.params });
        latencies.push(performance.now() - start);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] * 10) / 10;
  return { statementsPerSecond: Math.round(latencies.length / seconds), p50: at(0.5), p99: at(0.99) };
}

function rowCount(rows: unknown): number {
  return Array.isArray(rows) ? rows.length : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
