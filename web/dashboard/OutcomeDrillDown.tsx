import { useEffect, useState } from 'react';
import { request, type HubGraphQLError } from './api';
import { DrillDownOutcomeDocument, type DrillDownOutcomeQuery, type OutcomeMeasure } from './generated/graphql';
import { MEASURE, words } from './labels';
import { asOfOf, quarterOf, type Route } from './route';

type Child = NonNullable<NonNullable<DrillDownOutcomeQuery['yot']>['children']>['nodes'][number];
type Figure = NonNullable<DrillDownOutcomeQuery['outcomeSummary']>['rows'][number];

/** Children read per request: a page of children with their outcomes stays within the query cost limit. */
const PAGE = 100;

/** The address of an outcome figure's drill-down. */
export const outcomeHref = (code: string, measure: OutcomeMeasure, period: string) =>
  `#/yot/${encodeURIComponent(code)}/outcomes?${new URLSearchParams({ measure, period }).toString()}`;

/**
 * `#/yot/<code>/outcomes?measure=…&period=…`: an outcome figure and the children behind it. The figure is the one
 * published to the caller; the child rows only for roles that may read children. For the others (analysts,
 * dashboards) the rows are withheld and the page says so: a drill-down never shows what the figure's disclosure
 * control hides.
 */
export function OutcomeDrillDown({ route }: { route: Route }) {
  const code = route.path[1];
  const { measure: asked = '', period = '' } = route.params;
  const measure = asked as OutcomeMeasure;
  const measureName = Object.hasOwn(MEASURE, asked) ? MEASURE[measure] : asked;
  // The page's outcomes stop at the quarter of its asOf; the figure is asked over the same quarters.
  const asOf = asOfOf(route);
  const periodTo = asOf ? quarterOf(asOf) : null;
  const [figure, setFigure] = useState<{ row?: Figure; threshold: number; name?: string }>();
  const [children, setChildren] = useState<Child[]>([]);
  const [paging, setPaging] = useState<{ read: number; total: number; next: string | null }>();
  const [withheld, setWithheld] = useState<HubGraphQLError>();
  const [after, setAfter] = useState<string | null>(null);
  const [error, setError] = useState<string>();

  useEffect(() => {
    const abort = new AbortController();
    setError(undefined);
    request(DrillDownOutcomeDocument, { code, first: PAGE, after, periodTo }, abort.signal).then(
      ({ data, errors }) => {
        const refused = errors.find((e) => e.path?.[0] === 'outcomeSummary');
        if (!data.outcomeSummary) setError(refused?.message ?? 'The outcome figure is not available.');
        setFigure({
          row: data.outcomeSummary?.rows.find((r) => r.measure === measure && r.period === period),
          threshold: data.outcomeSummary?.suppressionThreshold ?? 0,
          name: data.yot?.name,
        });
        setWithheld(errors.find((e) => e.path?.includes('children')));
        const page = data.yot?.children;
        if (!page) return;
        const behind = page.nodes.filter((c) => c.outcomes.some((o) => o.measure === measure && o.period === period));
        setChildren((shown) => (after ? [...shown, ...behind] : behind));
        setPaging((p) => ({
          read: (after ? (p?.read ?? 0) : 0) + page.nodes.length,
          total: page.totalCount,
          next: page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null,
        }));
      },
      (e: unknown) => !abort.signal.aborted && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => abort.abort();
  }, [code, measure, period, periodTo, after]);

  const row = figure?.row;
  return (
    <article aria-labelledby="outcome-title" data-testid="outcome-drill-down">
      <p>
        <a href={`#/yot/${encodeURIComponent(code)}`}>← {figure?.name ?? code}</a>
      </p>
      <h2 id="outcome-title">
        {measureName}, {period}
        {figure?.name ? `: ${figure.name}` : ''}
      </h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!figure && !error && <p aria-live="polite">Loading…</p>}
      {figure && (
        <p data-testid="outcome-figure" data-cohort={row ? (row.cohort ?? 'c') : ''}>
          {row
            ? `Published figure: ${row.cohort ?? 'c'} children, ${row.suppressed ? 'c' : row.met} met${row.suppressed || row.rate == null ? '' : ` (${Math.round(row.rate * 100)}%)`}.`
            : 'No children have this outcome recorded in this quarter.'}
          {row?.suppressed ? ` c: withheld because the count is between 1 and ${figure.threshold}.` : ''}
        </p>
      )}
      {withheld && (
        <p data-testid="rows-withheld">
          The children behind this figure are withheld: your role sees only the published, disclosure-controlled figure
          ({withheld.message})
        </p>
      )}
      {paging && (
        <section aria-labelledby="children-title">
          <h3 id="children-title">Children with this outcome recorded</h3>
          <p data-testid="outcome-rows-count" data-count={children.length} data-complete={paging.next ? 'no' : 'yes'}>
            {children.length} {children.length === 1 ? 'child' : 'children'}
            {paging.next ? ` among the first ${paging.read} of ${paging.total} children of the YOT` : ''}.
          </p>
          <table className="figures compact">
            <thead>
              <tr>
                <th scope="col">Child (pseudonymised)</th>
                <th scope="col">SEND status</th>
                <th scope="col">Outcome met</th>
              </tr>
            </thead>
            <tbody>
              {children.map((c) => (
                <tr key={c.id} data-testid="outcome-row">
                  <th scope="row">{c.ref}</th>
                  <td>{words(c.sendStatus)}</td>
                  <td>{c.outcomes.find((o) => o.measure === measure && o.period === period)?.met ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {paging.next && (
            <button type="button" className="more" onClick={() => setAfter(paging.next)} data-testid="outcome-more">
              Read the next {PAGE} children
            </button>
          )}
        </section>
      )}
    </article>
  );
}
