/**
 * `npm run export -- <view> [--region R] [--yot CODE] [--as-of YYYY-MM-DD] [--format csv|json] [--out file]`:
 * writes one of the dashboard views, computed by the API's own GraphQL operations, as CSV (for spreadsheets)
 * or JSON, to a file (relative to the working directory) or stdout.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ExitCode, openCliDatabase, parseCli, runCli, UsageError } from '../cli/run';
import { loadConfig } from '../config';
import { readerFor } from '../db/data-source';
import { dateProblem } from '../graphql/scalars';
import { toCsv, toJson } from './format';
import { checkScope, EXPORT_COLUMNS, EXPORT_VIEWS, ExportView, exportRows, QUARTERLY_VIEWS } from './views';
import { QUARTER } from '../domain/quarter';

const SPEC = {
  usage: `usage: npm run export -- <${EXPORT_VIEWS.join('|')}> [--region R] [--yot CODE] [--as-of YYYY-MM-DD] [--format csv|json] [--out file]`,
  help: `
Writes a dashboard view as CSV (default) or JSON, computed with an analyst's access (outcome counts suppressed).

Views:
  coverage   one row per YOT: partner, agreement and criterion coverage, award
  partners   one row per YOT and expected partner type
  criteria   one row per YOT and criterion: evidence counts, band, gap
  gaps       one row per gap of each YOT
  outcomes   outcome rates by region, measure and quarter (small counts written c)
  redesignations  one row per award lapsing within --within months (default 6) of --as-of, or lapsed
  kpi-return one row per YOT and KPI line for --quarter (counts protected as for analysts)

Options:
  --region R        only YOTs of this region (e.g. "London"; an unknown region is an error)
  --yot CODE        only this YOT (ONS code, e.g. E09000003; not for outcomes)
  --as-of DATE      judge partnerships, agreements and evidence on this day (default today, UTC);
                    for outcomes, quarters up to the one holding DATE
  --within N        redesignations: months ahead to look (default 6)
  --quarter Q       kpi-return: the quarter, written YYYY-Qn (required there)
  --format F        csv (default) or json
  --out FILE        write to FILE (relative to the current directory) instead of stdout
  -h, --help        this help

Examples:
  npm run export -- coverage --out coverage.csv
  npm run export -- partners --region "North West" --as-of 2025-03-31
  npm run export -- gaps --yot E09000003 --format json
  npm run export -- redesignations --within 6
  npm run export -- kpi-return --quarter 2026-Q3 --out kpi-2026-Q3.csv`,
};

runCli(SPEC, async () => {
  const { values, positionals } = parseCli(SPEC, {
    region: { type: 'string' },
    yot: { type: 'string' },
    'as-of': { type: 'string' },
    format: { type: 'string', default: 'csv' },
    out: { type: 'string' },
    within: { type: 'string' },
    quarter: { type: 'string' },
  });
  if (positionals.length !== 1)
    throw new UsageError(positionals.length ? `Give one view, not ${positionals.length}.` : 'Name the view to export.');
  const view = positionals[0] as ExportView;
  if (!EXPORT_VIEWS.includes(view))
    throw new UsageError(`There is no view "${positionals[0]}"; the views are ${EXPORT_VIEWS.join(', ')}.`);
  if (!['csv', 'json'].includes(values.format))
    throw new UsageError(`--format must be csv or json, not "${values.format}".`);
  const asOf = values['as-of'];
  if (asOf !== undefined && dateProblem(asOf)) throw new UsageError(`--as-of "${asOf}" ${dateProblem(asOf)}.`);
  if (values.within !== undefined && (view !== 'redesignations' || !/^\d{1,3}$/.test(values.within))) {
    throw new UsageError(
      view !== 'redesignations'
        ? '--within is only for redesignations.'
        : `--within must be a whole number of months, not "${values.within}".`,
    );
  }
  const quarterly = QUARTERLY_VIEWS.includes(view);
  if (quarterly && (values.quarter === undefined || !QUARTER.test(values.quarter)))
    throw new UsageError(`${view} needs --quarter written YYYY-Qn, e.g. 2026-Q3.`);
  if (!quarterly && values.quarter !== undefined)
    throw new UsageError(`--quarter is only for ${QUARTERLY_VIEWS.join(', ')}.`);
  if (values.yot !== undefined && view === 'outcomes')
    throw new UsageError('outcomes are summarised by region; --yot does not apply to them.');
  // Resolved now, against the directory the command was run from (npm runs scripts from the project root, but
  // sets INIT_CWD to where the user typed it).
  const out = values.out === undefined ? undefined : resolve(process.env.INIT_CWD ?? process.cwd(), values.out);

  const dataSource = await openCliDatabase(loadConfig().databaseUrl, { mustExist: true });
  const reader = await readerFor(dataSource);
  try {
    const scope = await checkScope(dataSource, { region: values.region, yot: values.yot });
    const rows = await exportRows(dataSource, reader, view, {
      ...scope,
      asOf,
      withinMonths: values.within === undefined ? undefined : Number(values.within),
      quarter: values.quarter,
    });
    const text = values.format === 'json' ? toJson(rows) : toCsv(rows, EXPORT_COLUMNS[view]);
    if (out) {
      writeFileSync(out, text);
      console.error(`wrote ${rows.length} ${view} ${rows.length === 1 ? 'row' : 'rows'} to ${out}`);
    } else {
      process.stdout.write(text);
    }
    return ExitCode.OK;
  } finally {
    if (reader !== dataSource) await reader.destroy();
    await dataSource.destroy();
  }
});
