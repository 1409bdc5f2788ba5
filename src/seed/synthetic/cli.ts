/**
 * `npm run seed:synthetic -- --scale <n> [--seed <int>]`: loads the synthetic national dataset (scale 1 = 160
 * YOTs, ≈ 1.3 M child outcomes) into the database named by DATABASE_URL, for benchmarks and load tests.
 */
import 'reflect-metadata';
import { SingleBar } from 'cli-progress';
import { ExitCode, openCliDatabase, parseCli, runCli, UsageError } from '../../cli/run';
import { loadConfig } from '../../config';
import { dateProblem } from '../../graphql/scalars';
import { loadSynthetic } from './national';

const SPEC = {
  usage: 'usage: npm run seed:synthetic -- [--scale <0 < n ≤ 20>] [--seed <int>] [--anchor YYYY-MM-DD]',
  help: `
Loads a synthetic national dataset (scale 1 = 160 YOTs, about 1.3 million child outcomes) into the database
named by DATABASE_URL, for benchmarks and load tests. Reproducible: the same scale, seed and anchor give the
same data; YOTs already loaded are skipped.

Options:
  --scale N         fraction or multiple of England and Wales (default 1; 0.1 for a quick run)
  --seed N          random seed (default 1)
  --anchor DATE     the "today" the data is built around (default: today)
  -h, --help        this help

Examples:
  npm run seed:synthetic -- --scale 0.1
  DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench npm run seed:synthetic -- --scale 1 --seed 7`,
};

runCli(SPEC, async () => {
  const { values, positionals } = parseCli(SPEC, {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    anchor: { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  if (!(scale > 0 && scale <= 20))
    throw new UsageError(`--scale must be a number above 0 and at most 20, not "${values.scale}".`);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed must be a whole number, not "${values.seed}".`);
  if (values.anchor !== undefined && dateProblem(values.anchor))
    throw new UsageError(`--anchor "${values.anchor}" ${dateProblem(values.anchor)}.`);
  const config = loadConfig();
  const dataSource = await openCliDatabase(config.databaseUrl, { mustExist: false });
  const progress = process.stderr.isTTY
    ? new SingleBar({ format: 'synthetic YOTs {bar} {value}/{total}', stream: process.stderr })
    : null;
  try {
    let started = false;
    const summary = await loadSynthetic(dataSource, {
      scale,
      seed,
      anchor: values.anchor,
      onProgress: (done, total) =>
        started ? progress?.update(done) : (progress?.start(total, done), (started = true)),
    });
    progress?.stop();
    console.log(
      `synthetic scale ${scale} seed ${seed}: ${summary.created} YOTs loaded, ${summary.skipped} already there; ` +
        `${summary.rows.toLocaleString('en-GB')} rows in ${summary.statements.toLocaleString('en-GB')} statements, ${summary.seconds.toFixed(1)} s`,
    );
    return ExitCode.OK;
  } finally {
    progress?.stop();
    await dataSource.destroy();
  }
});
