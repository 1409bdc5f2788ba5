/**
 * `npm run export -- <coverage|partners|criteria|gaps|outcomes|redesignations|kpi-return> [--region R] [--format csv|json] [--out file]`
 * (`redesignations` also takes `--within N` months, default 6, and `--as-of YYYY-MM-DD`; `kpi-return` needs
 * `--quarter YYYY-Qn`): writes one of the dashboard views, computed by the API's own GraphQL operations, as CSV
 * (for spreadsheets) or JSON, to a file or stdout.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createDataSource, openDatabase, readerFor } from '../db/data-source';
import { toCsv, toJson } from './format';
import { EXPORT_COLUMNS, EXPORT_VIEWS, ExportView, exportRows, QUARTERLY_VIEWS } from './views';

const USAGE = `usage: npm run export -- <${EXPORT_VIEWS.join('|')}> [--region R] [--format csv|json] [--out file] [--within N] [--as-of YYYY-MM-DD] [--quarter YYYY-Qn (kpi-return)]`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { region: { type: 'string' }, quarter: { type: 'string' }, format: { type: 'string', default: 'csv' }, out: { type: 'string' }, within: { type: 'string' }, 'as-of': { type: 'string' } },
  });
  const view = positionals[0] as ExportView;
  const within = values.within === undefined ? undefined : Number(values.within);
  if (positionals.length !== 1 || !EXPORT_VIEWS.includes(view) || !['csv', 'json'].includes(values.format!) || (within !== undefined && !/^\d+$/.test(values.within!))) {
    console.error(USAGE);
    return 2;
  }
  const quarterly = QUARTERLY_VIEWS.includes(view);
  if (quarterly !== (values.quarter !== undefined) || (quarterly && !/^(19|20)\d{2}-Q[1-4]$/.test(values.quarter!))) {
    console.error(quarterly ? `${view} needs --quarter written YYYY-Qn, e.g. 2026-Q3` : `--quarter is only for ${QUARTERLY_VIEWS.join(', ')}`);
    console.error(USAGE);
    return 2;
  }
  const dataSource = await openDatabase(createDataSource(loadConfig().databaseUrl));
  const reader = await readerFor(dataSource);
  try {
    const rows = await exportRows(dataSource, reader, view, values.region, { withinMonths: within, asOf: values['as-of'], quarter: values.quarter });
    const text = values.format === 'json' ? toJson(rows) : toCsv(rows, EXPORT_COLUMNS[view]);
    if (values.out) {
      writeFileSync(values.out, text);
      console.error(`wrote ${rows.length} ${view} rows to ${values.out}`);
    } else {
      process.stdout.write(text);
    }
    return 0;
  } finally {
    if (reader !== dataSource) await reader.destroy();
    await dataSource.destroy();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
