import { stringify } from 'csv-stringify/sync';
import { ExportRow } from './views';

/**
 * Rows as CSV for spreadsheets: RFC 4180 (CRLF line ends, every text field quoted), UTF-8 with a byte
 * order mark so Excel reads accents and symbols correctly, a header row, booleans as true/false, empty cells
 * for nulls. Dates are already ISO 8601 text.
 */
export function toCsv(rows: ExportRow[], columns?: string[]): string {
  const header = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  return stringify(rows, {
    bom: true,
    header: true,
    columns: header.map((key) => ({ key, header: neutraliseFormula(key) })),
    record_delimiter: 'windows',
    // Every text cell is quoted: a spreadsheet in a locale whose separator is ';' (or one told to split on it)
    // keeps "Barnet;=cmd|…" as one cell instead of starting a new cell with '='. Quoting also covers RFC 4180's
    // line breaks. Numbers and booleans stay bare so they stay numbers.
    quoted_string: true,
    cast: { boolean: (value) => (value ? 'true' : 'false'), string: (value) => neutraliseFormula(value) },
  });
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
