import { recordsToCsv, type CsvCell } from '../../src/export/format';

/** A cell's text as the page shows it: a heat cell's short text, not the sentence kept for screen readers. */
function shownText(cell: HTMLTableCellElement): string {
  const copy = cell.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  // A line break separates words on screen (a drill-down row's title and kind); textContent would run them together.
  copy.querySelectorAll('br').forEach((br) => br.replaceWith(' '));
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

/**
 * A number stays a number in a spreadsheet when writing it back gives the text shown ("12", "-3"); anything
 * else ("8.0", "45%", "c", "12 ●✓") is text, exactly as shown.
 */
const cellValue = (text: string): CsvCell => {
  const number = Number(text);
  return text !== '' && Number.isFinite(number) && String(number) === text ? number : text;
};

/** What a table is called: its caption or label, else the heading of the section or figure it sits in. */
function titleOf(table: HTMLTableElement): string {
  const own = table.caption?.textContent ?? table.getAttribute('aria-label');
  if (own) return own.trim();
  const holder = table.closest('figure, section, article');
  const heading = holder?.querySelector('figcaption, summary, h2, h3, h4');
  return (heading?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The tables of a view as CSV, exactly as shown (withheld counts are `c` there, so they are `c` here): for each
 * table its title, then its rows, then a blank line. Written by the export CLI's writer, so text cells are
 * quoted and made inert as formulas the same way.
 */
export function viewCsv(view: HTMLElement): string {
  const records: CsvCell[][] = [];
  for (const table of view.querySelectorAll('table')) {
    records.push([titleOf(table)]);
    for (const row of table.querySelectorAll('tr'))
      records.push(Array.from(row.querySelectorAll<HTMLTableCellElement>('th, td'), (c) => cellValue(shownText(c))));
    records.push([]);
  }
  return recordsToCsv(records);
}
