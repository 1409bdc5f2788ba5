import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  resolve: {
    // Vite would pick graphql's ESM build for our code while Node loads the CJS build for type-graphql and
    // Apollo: two copies of graphql break `instanceof` checks. Point ours at the CJS entry too.
    alias: [
      { find: /^graphql$/, replacement: require.resolve('graphql/index.js') },
      // Its ESM build would import graphql's ESM build: load its CommonJS build, as the compiled server does.
      { find: /^graphql-query-complexity$/, replacement: require.resolve('graphql-query-complexity') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Each file builds its own database; PostgreSQL scratch databases and SQLite files are cheap but not free.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest runs one file at a time on a 2-core machine (its default is one worker less than the cores). The files
    // wait much of their time on processes, browsers and databases, so two at once nearly halve a pass.
    maxWorkers: 2,
    // Files share their worker's module cache instead of each importing the hub (type-graphql, TypeORM, Apollo)
    // afresh: the imports took 250 s of the suite's CPU, 56 s shared. Every file opens its own database and server
    // through startTestHub, so they share code, not state.
    isolate: false,
    setupFiles: ['test/support/setup.ts'],
  },
});
