// Builds the browser pages the hub serves (GraphiQL at GET /graphql, the coverage dashboard at /dashboard) from npm packages into dist/web, so they
// work with no internet access: nothing is loaded from a CDN.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: resolve(import.meta.dirname),
  base: '/web/',
  plugins: [react()],
  resolve: {
    // The dashboard's CSV downloads reuse the export CLI's writer (src/export/format.ts); csv-stringify's Node build
    // needs Node's Buffer, its browser build brings its own.
    alias: [{ find: /^csv-stringify\/sync$/, replacement: 'csv-stringify/browser/esm/sync' }],
  },
  build: {
    outDir: resolve(import.meta.dirname, '../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: {
        graphiql: resolve(import.meta.dirname, 'graphiql/index.html'),
        dashboard: resolve(import.meta.dirname, 'dashboard/index.html'),
      },
    },
  },
});
