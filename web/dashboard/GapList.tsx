import { cellHref } from './DrillDown';
import type { GapItemFragment, GapKind, GapSeverity } from './generated/graphql';
import { AGENCY, words } from './labels';
import { asOfOf, navigate, type Route } from './route';

const SEVERITIES: { severity: GapSeverity; name: string }[] = [
  { severity: 'HIGH', name: 'High: a statutory duty or the award is at stake' },
  { severity: 'MEDIUM', name: 'Medium: coverage falls short' },
  { severity: 'LOW', name: 'Low: worth recording or strengthening' },
];

/** The findings that matter most come first within their severity. */
const FIRST: GapKind[] = ['RATING_ABOVE_EVIDENCE', 'MISSING_STATUTORY_PARTNER'];
const kindRank = (kind: GapKind) => (FIRST.includes(kind) ? FIRST.indexOf(kind) : FIRST.length);

/** Criterion codes whose latest rating its evidence no longer supports, for the criteria grid's marker. */
export function ratingsAboveEvidence(gaps: readonly GapItemFragment[]): Set<string> {
  return new Set(
    gaps.flatMap((g) =>
      g.kind === 'RATING_ABOVE_EVIDENCE' && g.node.__typename === 'CriterionRating' ? [g.node.criterion.code] : [],
    ),
  );
}

/**
 * Where a gap's object is shown: an evidence item's page, or the evidence behind a criterion or partner type that
 * counts on the list's `asOf` (the day the gap was found on).
 */
function gapHref(yotCode: string, gap: GapItemFragment, asOf: string | undefined): string | undefined {
  const node = gap.node;
  switch (node.__typename) {
    case 'Evidence':
      return `#/evidence/${encodeURIComponent(node.id)}${asOf ? `?asOf=${asOf}` : ''}`;
    case 'Criterion':
      return cellHref({ yotCode, criterion: node.code, asOf });
    case 'CriterionRating':
      return cellHref({ yotCode, criterion: node.criterion.code, asOf });
    case 'ExpectedPartner':
      return cellHref({ yotCode, agencyType: node.agencyType, asOf });
    default:
      return undefined;
  }
}

function gapLinkText(gap: GapItemFragment): string {
  const node = gap.node;
  if (node.__typename === 'Evidence') return 'open the item';
  if (node.__typename === 'ExpectedPartner') return `evidence involving ${AGENCY[node.agencyType][1]}`;
  return `evidence for ${node.__typename === 'Criterion' ? node.code : node.__typename === 'CriterionRating' ? node.criterion.code : ''}`;
}

/**
 * A YOT's gaps as a to-do list: counts per kind, grouped by severity then kind (the findings that matter first),
 * filtered by kind and severity from the URL (`gapSeverity`, `gapKind`). Low-severity groups start folded.
 */
export function GapList({ yotCode, gaps, route }: { yotCode: string; gaps: readonly GapItemFragment[]; route: Route }) {
  const { gapSeverity = '', gapKind = '' } = route.params;
  const setFilter = (params: Record<string, string>) =>
    navigate({ path: route.path, params: { ...route.params, ...params } });
  const counts = new Map<GapKind, { severity: GapSeverity; count: number }>();
  for (const g of gaps) {
    const entry = counts.get(g.kind) ?? { severity: g.severity, count: 0 };
    entry.count += 1;
    counts.set(g.kind, entry);
  }
  const order = (a: GapKind, b: GapKind) => kindRank(a) - kindRank(b) || a.localeCompare(b);
  const kinds = [...counts.keys()].sort(
    (a, b) =>
      SEVERITIES.findIndex((s) => s.severity === counts.get(a)!.severity) -
        SEVERITIES.findIndex((s) => s.severity === counts.get(b)!.severity) || order(a, b),
  );
  const shown = gaps.filter((g) => (!gapSeverity || g.severity === gapSeverity) && (!gapKind || g.kind === gapKind));

  if (gaps.length === 0) return <p>No gaps.</p>;
  return (
    <div className="gap-list" data-testid="gaps">
      <table className="figures compact" data-testid="gap-counts">
        <caption className="visually-hidden">Gaps by kind</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Severity</th>
            <th scope="col">Gaps</th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind} data-kind={kind}>
              <th scope="row">
                <a
                  href={`#/${route.path.map(encodeURIComponent).join('/')}?${new URLSearchParams({ ...route.params, gapKind: kind, gapSeverity: '' }).toString()}`}
                >
                  {words(kind)}
                </a>
              </th>
              <td>{words(counts.get(kind)!.severity)}</td>
              <td>{counts.get(kind)!.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Severity{' '}
          <select
            value={gapSeverity}
            onChange={(e) => setFilter({ gapSeverity: e.target.value })}
            data-testid="gap-severity-filter"
          >
            <option value="">All</option>
            {SEVERITIES.map((s) => (
              <option key={s.severity} value={s.severity}>
                {words(s.severity)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind{' '}
          <select
            value={gapKind}
            onChange={(e) => setFilter({ gapKind: e.target.value })}
            data-testid="gap-kind-filter"
          >
            <option value="">All kinds</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {words(k)} ({counts.get(k)!.count})
              </option>
            ))}
          </select>
        </label>
        <output aria-live="polite" data-testid="gap-shown">
          {shown.length} of {gaps.length} gaps
        </output>
      </form>
      {SEVERITIES.map(({ severity, name }) => {
        const inSeverity = shown.filter((g) => g.severity === severity);
        if (inSeverity.length === 0) return null;
        return (
          <section key={severity} data-severity={severity} aria-label={`${name} (${inSeverity.length})`}>
            <h4>
              {name} ({inSeverity.length})
            </h4>
            {kinds
              .filter((k) => inSeverity.some((g) => g.kind === k))
              .map((kind) => {
                const ofKind = inSeverity.filter((g) => g.kind === kind);
                return (
                  <details key={kind} open={severity !== 'LOW' || Boolean(gapKind)} data-kind={kind}>
                    <summary>
                      {words(kind)} ({ofKind.length})
                    </summary>
                    <ul className="gaps">
                      {ofKind.map((g) => {
                        const href = gapHref(yotCode, g, asOfOf(route));
                        return (
                          <li key={g.id}>
                            {g.message}
                            {href && (
                              <>
                                {' '}
                                <a href={href}>{gapLinkText(g)}</a>
                              </>
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  </details>
                );
              })}
          </section>
        );
      })}
    </div>
  );
}
