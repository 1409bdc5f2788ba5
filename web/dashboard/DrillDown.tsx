import { useEffect, useRef, useState } from 'react';
import { request } from './api';
import { cellFilter, type EvidenceCell } from './drill-filter';
import { DrillDownEvidenceDocument, type AgencyType, type EvidenceRecordFragment } from './generated/graphql';
import { AGENCY, bandOf, words } from './labels';
import { asOfOf, type Route } from './route';
import './drilldown.css';

/** Items per page: a page of records with their citing ratings and history stays within the query cost limit. */
const PAGE = 25;

/** The cell a drill-down route names: `#/yot/E08000011/evidence?criterion=S3` or `?agencyType=SCHOOL`. */
export function cellOf(route: Route): EvidenceCell {
  const { criterion, agencyType } = route.params;
  return {
    yotCode: route.path[1],
    criterion: criterion || undefined,
    agencyType: agencyType in AGENCY ? (agencyType as AgencyType) : undefined,
    asOf: asOfOf(route),
  };
}

/** The bookmarkable address of a cell's drill-down. */
export function cellHref(cell: EvidenceCell): string {
  const params = new URLSearchParams();
  if (cell.criterion) params.set('criterion', cell.criterion);
  if (cell.agencyType) params.set('agencyType', cell.agencyType);
  if (cell.asOf) params.set('asOf', cell.asOf);
  return `#/yot/${encodeURIComponent(cell.yotCode)}/evidence?${params.toString()}`;
}

/** `#/yot/<code>/evidence?…`: the records behind one heatmap cell, on a page of their own. */
export function DrillDownPage({ route }: { route: Route }) {
  const cell = cellOf(route);
  const what = cell.criterion
    ? `criterion ${cell.criterion}`
    : cell.agencyType
      ? `${AGENCY[cell.agencyType][1]} (provided by or involving one)`
      : 'all criteria and partners';
  return (
    <article aria-labelledby="drill-title" data-testid="drill-down-page">
      <p>
        <a href={`#/yot/${encodeURIComponent(cell.yotCode)}`}>← {cell.yotCode}</a>
      </p>
      <h2 id="drill-title">
        Evidence of {cell.yotCode}: {what}
      </h2>
      <EvidenceDrillDown cell={cell} />
    </article>
  );
}

/**
 * The evidence a cell counts, newest first, a page at a time: the total is the cell's number, and each item has
 * its source, provider, agencies involved, citing ratings, review and history, and a link to its own page.
 */
export function EvidenceDrillDown({ cell, title }: { cell: EvidenceCell; title?: string }) {
  const [items, setItems] = useState<EvidenceRecordFragment[]>([]);
  const [page, setPage] = useState<{ total: number; next: string | null }>();
  const [after, setAfter] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const key = JSON.stringify(cellFilter(cell));

  useEffect(() => {
    setItems([]);
    setPage(undefined);
    setAfter(null);
  }, [key]);
  useEffect(() => {
    const abort = new AbortController();
    setError(undefined);
    request(DrillDownEvidenceDocument, { filter: cellFilter(cell), first: PAGE, after }, abort.signal).then(
      ({ data }) => {
        setItems((shown) => (after ? [...shown, ...data.evidence.nodes] : data.evidence.nodes));
        setPage({
          total: data.evidence.totalCount,
          next: data.evidence.pageInfo.hasNextPage ? (data.evidence.pageInfo.endCursor ?? null) : null,
        });
      },
      (e: unknown) => !abort.signal.aborted && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => abort.abort();
    // `key` stands for the cell: a new object with the same filter is the same drill-down.
  }, [key, after]);
  useEffect(() => {
    if (!after) heading.current?.scrollIntoView({ block: 'nearest' });
  }, [page, after]);

  const day = cell.asOf ?? 'today';
  return (
    <section className="evidence" aria-live="polite" data-testid="evidence-panel" data-total={page?.total}>
      <h4 ref={heading}>
        Evidence for {cell.criterion ?? (cell.agencyType ? AGENCY[cell.agencyType][1] : cell.yotCode)}
        {title ? `: ${title}` : ''}
      </h4>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!page && !error && <p>Loading…</p>}
      {page && (
        <>
          <p data-testid="drill-count">
            {page.total} current {page.total === 1 ? 'item' : 'items'} counted on {day} (as in the cell: current, not
            rejected, not expired, already produced); {items.length} shown.
          </p>
          <EvidenceTable items={items} />
          {page.next && (
            <button type="button" className="more" onClick={() => setAfter(page.next)} data-testid="drill-more">
              Show {Math.min(PAGE, page.total - items.length)} more
            </button>
          )}
        </>
      )}
    </section>
  );
}

function EvidenceTable({ items }: { items: EvidenceRecordFragment[] }) {
  return (
    <table className="figures drill">
      <thead>
        <tr>
          <th scope="col">Evidence</th>
          <th scope="col">Date</th>
          <th scope="col">Provided by</th>
          <th scope="col">Also involved</th>
          <th scope="col">Source</th>
          <th scope="col">Cited by ratings</th>
          <th scope="col">Review</th>
          <th scope="col">History</th>
        </tr>
      </thead>
      <tbody>
        {items.map((e) => (
          <tr key={e.id} data-testid="drill-row">
            <th scope="row">
              <a href={`#/evidence/${encodeURIComponent(e.id)}`}>{e.title}</a>
              <br />
              <small>{words(e.kind)}</small>
            </th>
            <td>{e.occurredOn ?? 'undated'}</td>
            <td>{e.providedBy ? `${e.providedBy.name} (${AGENCY[e.providedBy.type][1]})` : 'the YOT itself'}</td>
            <td>{e.agenciesInvolved.map((a) => a.name).join(', ') || '–'}</td>
            <td>
              <SourceText evidence={e} />
            </td>
            <td>{citations(e) || 'none'}</td>
            <td>{reviewText(e)}</td>
            <td>{historyText(e)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SourceText({ evidence }: { evidence: EvidenceRecordFragment }) {
  const doc = evidence.sourceDocument;
  if (doc)
    return doc.url ? (
      <a href={doc.url}>
        {doc.title}
        {doc.publisher ? ` (${doc.publisher})` : ''}
      </a>
    ) : (
      <>{doc.title}</>
    );
  return <>{evidence.source ?? 'entered in the hub'}</>;
}

export const citations = (e: EvidenceRecordFragment) =>
  e.citedIn
    .map((r) => {
      const band = bandOf(r.band);
      return `${r.criterion.code} ${band?.code ?? r.band}${r.score != null ? ` ${r.score}` : ''} (${words(r.assessment.kind).toLowerCase()}, ${words(r.assessment.status).toLowerCase()}${r.assessment.decidedOn ? ` ${r.assessment.decidedOn}` : ''})`;
    })
    .join('; ');

export const reviewText = (e: EvidenceRecordFragment) =>
  `${words(e.reviewState)}${e.reviewedBy ? ` by ${e.reviewedBy}` : ''}${e.reviewedAt ? ` on ${e.reviewedAt.slice(0, 10)}` : ''}`;

/** The item's changes; the audit trail is empty for roles that may not read it, and the cell says so. */
export const historyText = (e: EvidenceRecordFragment) =>
  e.history.totalCount === 0
    ? 'not shown to your role, or none'
    : `${e.history.totalCount} ${e.history.totalCount === 1 ? 'change' : 'changes'}, last ${words(e.history.nodes.at(-1)?.action ?? '')} ${e.history.nodes.at(-1)?.at.slice(0, 10) ?? ''}`;
