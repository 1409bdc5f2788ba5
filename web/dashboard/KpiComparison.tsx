import type { DashboardJourneyFragment, DashboardKpiFiguresFragment } from './generated/graphql';
import { words } from './labels';

type Comparison = NonNullable<DashboardJourneyFragment['kpiComparison']>;
type Figure = DashboardKpiFiguresFragment['figures'][number];

/** A KPI line: its number, cohort, stage and indicator (the hub orders figures by these). */
const lineKey = (f: Figure) => `${f.kpiNumber}|${f.cohort}|${f.stage}|${f.indicator}`;

/** An enum value in lower-case words, its acronyms kept: `SEND_ALN_IN_SUITABLE_ETE` → `SEND ALN in suitable ETE`. */
export const plain = (value: string) =>
  value
    .split('_')
    .map((w) => (['ETE', 'SEND', 'ALN', 'KPI'].includes(w) ? w : w.toLowerCase()))
    .join(' ');

/** A figure as published: withheld is `c`, never 0; a line with no figure for that area is `–` (no data). */
export const figureText = (f: Figure | undefined) =>
  !f
    ? '–'
    : f.suppressed || f.numerator == null || f.denominator == null
      ? 'c'
      : `${f.numerator} of ${f.denominator}${f.rate == null ? '' : ` (${Math.round(f.rate * 100)}%)`}`;

/** The address of a YOT's KPI figure's drill-down (the page's `asOf` is kept by route.ts). */
export const kpiHref = (code: string, quarter: string, f: Figure) =>
  `#/yot/${encodeURIComponent(code)}/kpi?${new URLSearchParams({
    quarter,
    kpi: f.kpi,
    cohort: f.cohort,
    stage: f.stage,
    indicator: f.indicator,
  }).toString()}`;

/**
 * The YOT's KPI figures for a quarter beside its comparator family, region and nation: one row per KPI line
 * any of them has, one column per area, each cell exactly as the hub published it to this caller. The YOT's own
 * figures open their drill-down.
 */
export function KpiComparison({ code, comparison }: { code: string; comparison: Comparison }) {
  const areas: { label: string; figures: DashboardKpiFiguresFragment | null | undefined }[] = [
    { label: 'This YOT', figures: comparison.yot },
    ...(comparison.comparatorGroup
      ? [
          {
            label: `Family: ${comparison.comparatorGroup.name} (${comparison.familySize ?? '?'} YOTs)`,
            figures: comparison.family,
          },
        ]
      : []),
    { label: `Region: ${comparison.region}`, figures: comparison.regionFigures },
    { label: `Nation: ${words(comparison.nation)}`, figures: comparison.nationFigures },
  ];
  const byArea = areas.map((a) => new Map((a.figures?.figures ?? []).map((f) => [lineKey(f), f])));
  // The hub orders each area's figures (a funnel from need to attending); the nation's are the widest, so its
  // order leads.
  const lines = new Map<string, Figure>();
  for (const figures of [...byArea].reverse()) for (const [key, f] of figures) if (!lines.has(key)) lines.set(key, f);
  const ordered = [...lines.entries()];
  const threshold = Math.max(...areas.map((a) => a.figures?.suppressionThreshold ?? 0));
  if (!ordered.length) return <p>No KPI figures for {comparison.quarter}.</p>;
  return (
    <>
      <p className="legend">
        Numerator of denominator (rate) for {comparison.quarter}.
        {!comparison.comparatorGroup ? ' This YOT has no comparator family recorded.' : ''}
        {threshold > 0 ? (
          <>
            {' '}
            Counts about children are perturbed for your role; <b>c</b>: withheld because a count is between 1 and{' '}
            {threshold}, or so that it cannot be worked out from the others (never shown as 0). –: no figure.
          </>
        ) : (
          ' –: no figure.'
        )}
      </p>
      <table className="figures compact" data-testid="kpi-comparison">
        <thead>
          <tr>
            <th scope="col">KPI line</th>
            {areas.map((a) => (
              <th scope="col" key={a.label}>
                {a.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ordered.map(([key, f]) => (
            <tr key={key} data-line={key}>
              <th scope="row">
                KPI {f.kpiNumber} {plain(f.kpi)}: {plain(f.indicator)} ({plain(f.cohort)}, {plain(f.stage)})
              </th>
              {byArea.map((figures, i) => {
                const figure = figures.get(key);
                const opens = i === 0 && figure;
                return (
                  <td key={areas[i].label}>
                    {opens ? (
                      <a href={kpiHref(code, comparison.quarter, figure)} data-testid="kpi-figure-link">
                        {figureText(figure)}
                      </a>
                    ) : (
                      figureText(figure)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
