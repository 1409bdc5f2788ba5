import { stringify, type Options } from 'csv-stringify/sync';

/** One CSV cell: text, number, boolean or empty. */
export type CsvCell = string | number | boolean | null;

/** One exported row: column name → cell. (Here, not in views.ts, so the dashboard can use this file alone.) */
export type ExportRow = Record<string, CsvCell>;

/**
 * The protections every CSV the hub writes shares (the export CLI and the dashboard's downloads): RFC 4180
 * (CRLF line ends), UTF-8 with a byte order mark so Excel reads accents and symbols correctly, booleans as
 * true/false, empty cells for nulls, and every text cell quoted and made inert as a formula.
 */
const PROTECTED: Options = {
  bom: true,
  record_delimiter: 'windows',
  // Every text cell is quoted: a spreadsheet in a locale whose separator is ';' (or one told to split on it)
  // keeps "Barnet;=cmd|…" as one cell instead of starting a new cell with '='. Quoting also covers RFC 4180's
  // line breaks. Numbers and booleans stay bare so they stay numbers.
  quoted_string: true,
  cast: { boolean: (value) => (value ? 'true' : 'false'), string: (value) => neutraliseFormula(value) },
};

/**
 * Rows as CSV for spreadsheets, with a header row (`columns`, or the first row's keys). Dates are already ISO
 * 8601 text.
 */
export function toCsv(rows: ExportRow[], columns?: string[]): string {
  const header = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  return stringify(rows, {
    ...PROTECTED,
    header: true,
    columns: header.map((key) => ({ key, header: neutraliseFormula(key) })),
  });
}

/** Records (rows of cells, any headings among them) as CSV with the same protections as `toCsv`. */
export function recordsToCsv(records: CsvCell[][]): string {
  return stringify(records, PROTECTED);
}

/** First characters a spreadsheet reads as the start of a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell inert in a spreadsheet: one that starts with `=`, `+`, `-`, `@`, tab or carriage return
 * gets a leading `'`, so Excel, LibreOffice and Google Sheets show it as text instead of evaluating it
 * (`=HYPERLINK(…)` → `'=HYPERLINK(…)`). Only text cells: numbers (a negative rate is `-0.5`) are cast apart
 * and stay numbers. JSON exports keep values as they are.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function toJson(rows: ExportRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
