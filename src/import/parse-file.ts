import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CONTROL_CHARACTERS } from '../graphql/validation';

/** The kinds of file a partner agency can export to the hub. */
export type ImportKind = 'evidence' | 'partnerships' | 'outcomes' | 'children' | 'populations' | 'comparator-groups';

/** Columns each kind requires and allows (CSV headers, or JSON row keys). */
export const COLUMNS: Record<ImportKind, { required: string[]; optional: string[] }> = {
  evidence: {
    required: ['yot_code', 'title', 'kind'],
    optional: [
      'summary',
      'occurred_on',
      'expires_on',
      'source',
      'provided_by',
      'agencies',
      'criteria',
      'criteria_note',
    ],
  },
  partnerships: {
    required: ['yot_code', 'agency_name', 'agency_type'],
    optional: ['statutory', 'board_member', 'started_on', 'notes'],
  },
  outcomes: {
    required: ['yot_code', 'child_ref', 'measure', 'met', 'period'],
    optional: ['recorded_by'],
  },
  // Pseudonymised children with their optional disproportionality characteristics (lists separated by `;`).
  children: {
    required: ['yot_code', 'child_ref', 'age_band', 'send_status'],
    optional: [
      'needs',
      'ethnicity',
      'sex',
      'care_status',
      'exclusion',
      'alternative_provision',
      'slcn',
      'neurodevelopmental_needs',
    ],
  },
  // A YOT's 10–17 population for a year (replaces that year's figure).
  populations: {
    required: ['yot_code', 'year', 'population_10_17', 'source'],
    optional: [],
  },
  // One row per member YOT; each group in the file is replaced as a whole by its rows.
  'comparator-groups': {
    required: ['group_code', 'group_name', 'yot_code'],
    optional: ['group_source'],
  },
};

/** One data row and where it is in the file (`line 7` of a CSV, `row 3` of a JSON file), for messages. */
export interface SourceRow {
  where: string;
  values: Record<string, string>;
}

/** A file that cannot be imported at all; the message starts with where the problem is. */
export class MalformedFileError extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(`${where}: ${message}`);
  }
}

/** Reads a CSV or JSON export, checks its encoding and columns, and returns its kind and rows. */
export function parseImportFile(path: string): { kind: ImportKind; rows: SourceRow[] } {
  const bytes = readFileSync(path);
  checkUtf8(bytes);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const parsed = extname(path).toLowerCase() === '.json' ? parseJson(text) : parseCsv(text);
  refuseControlCharacters(parsed.rows);
  return parsed;
}

/** The same rule as for API input: no cell may hold a control character such as NUL (PostgreSQL refuses it). */
function refuseControlCharacters(rows: SourceRow[]): void {
  for (const row of rows) {
    const column = Object.keys(row.values).find((key) => CONTROL_CHARACTERS.test(row.values[key] ?? ''));
    if (column)
      throw new MalformedFileError(
        row.where,
        `${column} contains a control character (such as NUL); export plain text.`,
      );
  }
}

function parseCsv(text: string): { kind: ImportKind; rows: SourceRow[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as { lines?: number; message: string };
    throw new MalformedFileError(`line ${e.lines ?? 1}`, `not valid CSV (${e.message.replace(/^Invalid .*?: /, '')})`);
  }
  if (records.length === 0)
    throw new MalformedFileError('line 1', 'the file is empty; the first line must name the columns');
  const header = records[0].record.map((h) => h.toLowerCase());
  const kind = checkColumns(header, 'line 1');
  const rows = records.slice(1).map(({ record, info }) => ({
    where: `line ${info.lines}`,
    values: Object.fromEntries(header.map((h, i) => [h, record[i] ?? ''])),
  }));
  return { kind, rows };
}

function parseJson(text: string): { kind: ImportKind; rows: SourceRow[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : 1;
    throw new MalformedFileError(`line ${line}`, `not valid JSON (${(error as Error).message})`);
  }
  const { kind, rows } = (doc ?? {}) as { kind?: string; rows?: unknown };
  if (!kind || !(kind in COLUMNS))
    throw new MalformedFileError('line 1', `"kind" must be one of ${Object.keys(COLUMNS).join(', ')}`);
  if (!Array.isArray(rows)) throw new MalformedFileError('line 1', '"rows" must be a list of objects');
  const list: unknown[] = rows;
  return {
    kind: kind as ImportKind,
    rows: list.map((row, i) => {
      const where = `row ${i + 1}`;
      if (typeof row !== 'object' || row === null || Array.isArray(row))
        throw new MalformedFileError(where, 'is not an object');
      checkColumns(Object.keys(row), where, kind as ImportKind);
      const values = Object.entries(row as Record<string, unknown>).map(([k, v]): [string, string] => [
        k,
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- unchanged: a nested object imports as text; reported for the import's owner to decide
        v == null ? '' : Array.isArray(v) ? v.join(';') : String(v),
      ]);
      return { where, values: Object.fromEntries(values) };
    }),
  };
}

/** Picks the kind whose required columns are all present; refuses unknown or missing columns. */
function checkColumns(columns: string[], where: string, expected?: ImportKind): ImportKind {
  const kind =
    expected ??
    (Object.keys(COLUMNS) as ImportKind[]).find((k) => COLUMNS[k].required.every((c) => columns.includes(c)));
  if (!kind) {
    const closest = (Object.keys(COLUMNS) as ImportKind[])
      .map((k) => ({ k, missing: COLUMNS[k].required.filter((c) => !columns.includes(c)) }))
      .sort((a, b) => a.missing.length - b.missing.length)[0];
    throw new MalformedFileError(
      where,
      `missing required column${closest.missing.length > 1 ? 's' : ''} ${closest.missing.join(', ')} for a ${closest.k} file`,
    );
  }
  const missing = COLUMNS[kind].required.filter((c) => !columns.includes(c));
  if (missing.length) throw new MalformedFileError(where, `missing required column ${missing.join(', ')}`);
  const known = new Set([...COLUMNS[kind].required, ...COLUMNS[kind].optional]);
  const unknown = columns.filter((c) => !known.has(c));
  if (unknown.length)
    throw new MalformedFileError(
      where,
      `unknown column ${unknown.join(', ')} for a ${kind} file (allowed: ${[...known].join(', ')})`,
    );
  return kind;
}

/** Refuses bytes that are not UTF-8, naming the first line that is not. */
function checkUtf8(bytes: Buffer): void {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      throw new MalformedFileError(
        `line ${line}`,
        'the file is not UTF-8 text; save it as CSV UTF-8 (or JSON) and try again',
      );
    }
    start = end + 1;
    line += 1;
  }
}
