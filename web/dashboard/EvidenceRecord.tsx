import { useEffect, useState } from 'react';
import { request } from './api';
import { citations, historyText, reviewText, SourceText } from './DrillDown';
import { DrillDownEvidenceItemDocument, type DrillDownEvidenceItemQuery } from './generated/graphql';
import { AGENCY, words } from './labels';

type Item = Extract<NonNullable<DrillDownEvidenceItemQuery['node']>, { __typename: 'Evidence' }>;

/** `#/evidence/<id>`: one evidence item's own page, the target of every drill-down row and evidence gap. */
export function EvidenceRecordPage({ id }: { id: string }) {
  const [item, setItem] = useState<Item | null>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const abort = new AbortController();
    setItem(undefined);
    setError(undefined);
    request(DrillDownEvidenceItemDocument, { id }, abort.signal).then(
      ({ data }) => setItem(data.node?.__typename === 'Evidence' ? data.node : null),
      (e: unknown) => !abort.signal.aborted && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => abort.abort();
  }, [id]);

  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (item === undefined) return <p aria-live="polite">Loading evidence…</p>;
  if (item === null)
    return (
      <p role="alert" className="error">
        No evidence item has this id, or your token may not read it.
      </p>
    );
  const facts: [string, React.ReactNode][] = [
    ['YOT', <a href={`#/yot/${item.yot.code}`}>{item.yot.name}</a>],
    ['Kind', words(item.kind)],
    ['Produced', item.occurredOn ?? 'undated'],
    ['Received', item.recordedAt.slice(0, 10)],
    ['Expires', item.expiresOn ?? 'does not expire'],
    ['Status', `${words(item.status)}${item.withdrawnReason ? `: ${item.withdrawnReason}` : ''}`],
    [
      'Provided by',
      item.providedBy ? `${item.providedBy.name} (${AGENCY[item.providedBy.type][1]})` : 'the YOT itself',
    ],
    ['Also involved', item.agenciesInvolved.map((a) => a.name).join(', ') || '–'],
    ['Source', <SourceText evidence={item} />],
    ['Supports', item.criteria.map((c) => `${c.criterion.code} ${c.criterion.title}`).join('; ') || '–'],
    ['Cited by ratings', citations(item) || 'none'],
    ['Review', `${reviewText(item)}${item.reviewNote ? `: ${item.reviewNote}` : ''}`],
    ['History', historyText(item)],
  ];
  return (
    <article aria-labelledby="evidence-title" data-testid="evidence-record">
      <p>
        <a href={`#/yot/${item.yot.code}`}>← {item.yot.name}</a>
      </p>
      <h2 id="evidence-title">{item.title}</h2>
      {item.summary && <p>{item.summary}</p>}
      <dl className="record">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {item.history.nodes.length > 0 && (
        <section aria-labelledby="history-title">
          <h3 id="history-title">History</h3>
          <ol data-testid="evidence-history">
            {item.history.nodes.map((h, i) => (
              <li key={i}>
                {h.at.slice(0, 16).replace('T', ' ')} {h.action} by {h.actor}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
