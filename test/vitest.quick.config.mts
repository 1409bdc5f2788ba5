import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.mts';

/**
 * `npm run test:quick`: the suite a change waits for, on SQLite, in a few minutes. It leaves out what `npm test` and
 * CI still run: the browser tests, the replica and scale-out tests (PostgreSQL pairs, several server processes), the
 * synthetic national data, and the files whose tests start processes (server, CLIs, imports under load, fuzzing).
 */
export const SLOW_FILES = [
  // A browser (Chromium).
  'test/dashboard.test.ts',
  'test/dashboard-drilldown.test.ts',
  'test/dashboard-journey.test.ts',
  'test/dashboard-kpi.test.ts',
  'test/dashboard-takeaway.test.ts',
  'test/graphiql.test.ts',
  // Several databases or server processes.
  'test/replica.test.ts',
  'test/scale-out.test.ts',
  'test/redis-scale-out.test.ts',
  'test/operations-endpoints.test.ts',
  // Synthetic national data.
  'test/synthetic.test.ts',
  'test/synthetic-kpi.test.ts',
  // Rollups checked against from-scratch answers after the synthetic load and an import CLI process.
  'test/outcome-rollup.test.ts',
  'test/coverage-rollup.test.ts',
  // CLIs and server processes, run as deployed.
  'test/cli.test.ts',
  'test/token-cli.test.ts',
  'test/import.test.ts',
  'test/export.test.ts',
  'test/hostile/http-refusals.test.ts',
  'test/hostile/locks.test.ts',
  'test/hostile/logs.test.ts',
  // In-process files with a few tests that run a CLI or a server process (left whole to npm test).
  'test/award-process.test.ts',
  'test/import-comparators.test.ts',
  'test/kpi-return.test.ts',
  'test/hostile/opaque-ids.test.ts',
  // Generated hostile values against every argument (thousands of requests).
  'test/hostile/property.test.ts',
  // Every migration down and up again.
  'test/migrations.test.ts',
];

// eslint-disable-next-line @typescript-eslint/no-unsafe-call -- the linter's default project cannot resolve the imported .mts config's type; vitest can
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...configDefaults.exclude, ...SLOW_FILES],
      // The files wait mostly on SQLite and HTTP: more workers than cores keeps both cores busy.
      maxWorkers: 4,
    },
  }),
);
