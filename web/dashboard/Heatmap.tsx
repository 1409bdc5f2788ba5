import { KeyboardEvent, ReactNode, useRef, useState } from 'react';
import { textOn } from './colours';

export interface HeatColumn {
  key: string;
  /** Short heading shown above the column. */
  label: string;
  /** Full name, for the tooltip and screen readers. */
  title: string;
}

export interface HeatCell {
  /** Cell background; null for "no data" (drawn hatched, or as `className` says). */
  colour: string | null;
  /** Classes for a cell without colour, e.g. `heat unknown` (not recorded) or `heat ceased`; default `heat empty`. */
  className?: string;
  /** What the cell shows: always a number or a symbol, never colour alone. */
  text: string;
  /** What a screen reader announces for the cell. */
  label: string;
  /** A finding flagged on the cell (see flags.ts): a marker beside the text, its words already in `label`. */
  flag?: { kind: string; symbol: string };
}

interface Props<R> {
  caption: string;
  /** Heading of the row-header column. */
  corner?: string;
  rows: R[];
  rowKey: (row: R) => string;
  rowHeader: (row: R) => ReactNode;
  columns: HeatColumn[];
  cell: (row: R, column: number) => HeatCell;
  /** Plain columns after the heat cells (e.g. award and re-verification date). */
  trailing?: { label: string; render: (row: R) => ReactNode }[];
  /** Enter, Space or a click on a cell. */
  onActivate?: (row: R, column: number) => void;
  testId?: string;
}

/**
 * A heatmap as an ARIA grid: one tab stop, arrow keys (and Home, End, Page Up, Page Down) move between cells,
 * Enter or Space opens a cell. Rows are YOTs (or criteria), columns agency types (or criteria).
 */
export function Heatmap<R>({
  caption,
  corner = 'YOT',
  rows,
  rowKey,
  rowHeader,
  columns,
  cell,
  trailing = [],
  onActivate,
  testId,
}: Props<R>) {
  const [focus, setFocus] = useState({ row: 0, column: 0 });
  const table = useRef<HTMLTableElement>(null);

  const move = (row: number, column: number) => {
    const next = {
      row: Math.max(0, Math.min(rows.length - 1, row)),
      column: Math.max(0, Math.min(columns.length - 1, column)),
    };
    setFocus(next);
    table.current?.querySelector<HTMLElement>(`[data-cell="${next.row}:${next.column}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, row: number, column: number) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(row, column + 1),
      ArrowLeft: () => move(row, column - 1),
      ArrowDown: () => move(row + 1, column),
      ArrowUp: () => move(row - 1, column),
      Home: () => move(event.ctrlKey ? 0 : row, 0),
      End: () => move(event.ctrlKey ? rows.length - 1 : row, columns.length - 1),
      PageDown: () => move(row + 10, column),
      PageUp: () => move(row - 10, column),
      Enter: () => onActivate?.(rows[row], column),
      ' ': () => onActivate?.(rows[row], column),
    };
    const action = keys[event.key] as (() => void) | undefined;
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    // A long heatmap scrolls in its box: a named region, scrolled from the keyboard by moving through the grid.
    <div className="heatmap-scroll" role="region" aria-label={caption}>
      <table className="heatmap" role="grid" aria-label={caption} ref={table} data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {columns.map((c) => (
              <th scope="col" key={c.key} title={c.title}>
                <abbr title={c.title}>{c.label}</abbr>
              </th>
            ))}
            {trailing.map((t) => (
              <th scope="col" key={t.label}>
                {t.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={rowKey(row)}>
              <th scope="row">{rowHeader(row)}</th>
              {columns.map((column, c) => {
                const value = cell(row, c);
                const focused = focus.row === r && focus.column === c;
                return (
                  <td
                    key={column.key}
                    data-cell={`${r}:${c}`}
                    tabIndex={focused ? 0 : -1}
                    title={value.label}
                    className={value.colour ? 'heat' : (value.className ?? 'heat empty')}
                    data-flag={value.flag?.kind}
                    style={value.colour ? { background: value.colour, color: textOn(value.colour) } : undefined}
                    onKeyDown={(event) => onKeyDown(event, r, c)}
                    onClick={() => (setFocus({ row: r, column: c }), onActivate?.(row, c))}
                  >
                    {/* Seen: the short text; heard: the sentence (an aria-label would hide the visible text). */}
                    <span aria-hidden="true">{value.text}</span>
                    {value.flag && (
                      <span className="flag" aria-hidden="true">
                        {value.flag.symbol}
                      </span>
                    )}
                    <span className="visually-hidden">{value.label}</span>
                  </td>
                );
              })}
              {trailing.map((t) => (
                <td key={t.label} className="plain">
                  {t.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
