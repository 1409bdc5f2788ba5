/**
 * `npm run seed:synthetic -- --scale <n> [--seed <int>]`: loads the synthetic national dataset (scale 1 = 160
 * YOTs, ≈ 1.3 M child outcomes) into the database named by DATABASE_URL, for benchmarks and load tests.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { loadConfig } from '../../config';
import { createDataSource, openDatabase } from '../../db/data-source';
import { loadSynthetic } from './national';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, seed: { type: 'string', default: '1' }, anchor: { type: 'string' } } });
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  if (!(scale > 0 && scale <= 20) || !Number.isInteger(seed)) {
    console.error('usage: npm run seed:synthetic -- --scale <0 < n ≤ 20> [--seed <int>] [--anchor YYYY-MM-DD]');
    return 2;
  }
  const config = loadConfig();
  const dataSource = await openDatabase(createDataSource(config.databaseUrl));
  const progress = process.stderr.isTTY ? new SingleBar({ format: 'synthetic YOTs {bar} {value}/{total}', stream: process.stderr }) : null;
  try {
    let started = false;
    const summary = await loadSynthetic(dataSource, {
      scale,
      seed,
      anchor: values.anchor,
      onProgress: (done, total) => (started ? progress?.update(done) : (progress?.start(total, done), (started = true))),
    });
    progress?.stop();
    console.log(
      `synthetic scale ${scale} seed ${seed}: ${summary.created} YOTs loaded, ${summary.skipped} already there; ` +
        `${summary.rows.toLocaleString('en-GB')} rows in ${summary.statements.toLocaleString('en-GB')} statements, ${summary.seconds.toFixed(1)} s`,
    );
    return 0;
  } finally {
    progress?.stop();
    await dataSource.destroy();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
