import { stringify } from 'csv-stringify/sync';
import { ExportRow } from './views';

/**
 * Rows as CSV for spreadsheets: RFC 4180 (CRLF line ends, fields quoted when they need it), UTF-8 with a byte
 * order mark so Excel reads accents and symbols correctly, a header row, booleans as true/false, empty cells
 * for nulls. Dates are already ISO 8601 text.
 */
export function toCsv(rows: ExportRow[], columns?: string[]): string {
  const header = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  return stringify(rows, {
    bom: true,
    header: true,
    columns: header,
    record_delimiter: 'windows',
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}

export function toJson(rows: ExportRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
