/**
 * `npm run bench -- --peer postgraphile …`: see peer.ts.
 * `npm run bench -- [--db sqlite|postgres] [--scale n] [--http-seconds s] [--fresh] [--skip-http] [--quick]`
 *
 * Loads (once, then reuses) the synthetic dataset at that scale, measures W1–W5 in process against hand-written
 * SQL baselines, W6 over HTTP with autocannon against a server process and W7 the dashboard page in headless
 * Chromium (when installed), then writes
 * bench/results/<db>-scale<n>.json and prints a markdown table. Outside the test suite on purpose: timings
 * belong here, not in unit tests.
 */
import { parseArgs } from 'node:util';
import { benchDatabaseUrl, dropDatabase } from './database';

async function main(): Promise<void> {
  // `--peer postgraphile`: the side-by-side comparison of issue 16 (bench/peer.ts), with its own options.
  if (process.argv.includes('--peer')) {
    await import('./peer');
    return;
  }
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: 'sqlite' },
      scale: { type: 'string', default: '1' },
      'http-seconds': { type: 'string', default: '20' },
      fresh: { type: 'boolean', default: false },
      'skip-http': { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
    },
  });
  if (values.db !== 'sqlite' && values.db !== 'postgres') throw new Error('--db must be sqlite or postgres');
  const db = values.db;
  const scale = Number(values.scale);
  if (!(scale > 0)) throw new Error('--scale must be a positive number');
  if (values.fresh) await dropDatabase(await benchDatabaseUrl(db, scale));
  const url = await benchDatabaseUrl(db, scale);
  // Entity column types are chosen from DATABASE_URL when the entities are first imported, so set it first.
  process.env.DATABASE_URL = url;
  const { runBench } = await import('./bench');
  await runBench({
    db,
    scale,
    url,
    httpSeconds: Number(values['http-seconds']),
    skipHttp: values['skip-http'],
    quick: values.quick,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
