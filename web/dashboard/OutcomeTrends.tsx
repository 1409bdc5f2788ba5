import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import type { DashboardYotQuery, OutcomeMeasure } from './generated/graphql';
import { MEASURE } from './labels';
import { outcomeHref } from './OutcomeDrillDown';
import { PlotFigure } from './PlotFigure';

type Summary = NonNullable<DashboardYotQuery['outcomeSummary']>;
type Row = Summary['rows'][number];

/**
 * One small line chart per outcome measure: the rate met over periods. A withheld (suppressed) value is a gap in
 * the line marked `c`, never a zero; each chart has its numbers in a table beside it for screen readers.
 */
export function OutcomeTrends({ summary, code }: { summary: Summary; code: string }) {
  const measures = [...new Set(summary.rows.map((r) => r.measure!))].sort();
  if (measures.length === 0) return <p>No outcomes recorded for this YOT.</p>;
  return (
    <>
      <p className="legend">
        Share of children for whom each outcome was met, by period. <b>c</b>: withheld because the count is between 1
        and {summary.suppressionThreshold} (shown as a gap, not as zero).
      </p>
      <div className="trends" data-testid="outcome-trends">
        {measures.map((m) => (
          <Trend
            key={m}
            measure={m}
            code={code}
            rows={summary.rows.filter((r) => r.measure === m).sort((a, b) => a.period!.localeCompare(b.period!))}
          />
        ))}
      </div>
    </>
  );
}

function Trend({ measure, code, rows }: { measure: OutcomeMeasure; code: string; rows: Row[] }) {
  const chart = useCallback(
    () =>
      Plot.plot({
        ariaLabel: `${MEASURE[measure]}: rate met by period`,
        width: 300,
        height: 150,
        marginLeft: 40,
        marginBottom: 30,
        x: {
          type: 'point',
          label: null,
          domain: rows.map((r) => r.period!),
          tickRotate: 0,
          tickFormat: (p: string, i: number) => (i % Math.ceil(rows.length / 4) === 0 ? p : ''),
        },
        y: { domain: [0, 1], tickFormat: '%', label: null, grid: true, ticks: 3 },
        marks: [
          // null for a withheld rate: Plot leaves a gap in the line there.
          Plot.line(rows, {
            x: 'period',
            y: (r: Row) => (r.suppressed ? null : r.rate),
            stroke: '#3b5b92',
            strokeWidth: 2,
          }),
          Plot.dot(
            rows.filter((r) => !r.suppressed),
            { x: 'period', y: 'rate', fill: '#3b5b92', r: 2.5 },
          ),
          Plot.text(
            rows.filter((r) => r.suppressed),
            { x: 'period', text: () => 'c', frameAnchor: 'top', dy: 8, fontWeight: 'bold', fill: 'currentColor' },
          ),
        ],
      }),
    [measure, rows],
  );
  return (
    <figure className="trend">
      <figcaption>{MEASURE[measure]}</figcaption>
      <PlotFigure make={chart} />
      <details>
        <summary>Numbers</summary>
        <table className="figures compact">
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Children</th>
              <th scope="col">Met</th>
              <th scope="col">Rate</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.period}>
                <th scope="row">{r.period}</th>
                <td>
                  <a href={outcomeHref(code, measure, r.period!)}>{r.cohort ?? 'c'}</a>
                </td>
                <td>{r.suppressed ? 'c' : r.met}</td>
                <td>{r.suppressed || r.rate == null ? 'c' : `${Math.round(r.rate * 100)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
