import { useEffect, useState } from 'react';
import { request } from './api';
import { DrillDownRatioDocument, type CoverageRatioKind, type DrillDownRatioQuery } from './generated/graphql';
import { AGENCY, PARTNER_STATE, percent, words } from './labels';
import { ratioMembers } from './ratio-members';
import { asOfOf, type Route } from './route';

const KINDS: CoverageRatioKind[] = ['PARTNER', 'KNOWN_PARTNER', 'STATUTORY_PARTNER', 'CO_LOCATION', 'AGREEMENT'];

/** The address of a YOT's coverage ratio drill-down. */
export const ratioHref = (code: string, kind: CoverageRatioKind, asOf?: string) =>
  `#/yot/${encodeURIComponent(code)}/ratio?${new URLSearchParams({ kind, ...(asOf ? { asOf } : {}) }).toString()}`;

/** `#/yot/<code>/ratio?kind=…`: a coverage ratio and the expected agency types it counts, each marked in or out. */
export function RatioDrillDown({ route }: { route: Route }) {
  const code = route.path[1];
  const { kind: asked = '' } = route.params;
  const asOf = asOfOf(route) ?? '';
  const kind = KINDS.find((k) => k === asked) ?? 'PARTNER';
  const [yot, setYot] = useState<DrillDownRatioQuery['yot']>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const abort = new AbortController();
    setError(undefined);
    request(DrillDownRatioDocument, { code, asOf: asOf || null }, abort.signal).then(
      ({ data }) => (data.yot ? setYot(data.yot) : setError(`No YOT has the code ${code}.`)),
      (e: unknown) => !abort.signal.aborted && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => abort.abort();
  }, [code, asOf]);

  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!yot) return <p aria-live="polite">Loading…</p>;
  const ratio = yot.coverage.ratios.find((r) => r.kind === kind)!;
  const { members, unknownTypeStaff } = ratioMembers(kind, yot.coverage.partners);
  return (
    <article
      aria-labelledby="ratio-title"
      data-testid="ratio-drill-down"
      data-numerator={ratio.numerator}
      data-denominator={ratio.denominator}
    >
      <p>
        <a href={`#/yot/${encodeURIComponent(code)}`}>← {yot.name}</a>
      </p>
      <h2 id="ratio-title">
        {words(kind)} coverage of {yot.name}: {percent(ratio.value)}
      </h2>
      <nav aria-label="Other ratios">
        {KINDS.map((k, i) => (
          <span key={k}>
            {i > 0 ? ' · ' : ''}
            <a href={ratioHref(code, k, asOf || undefined)} aria-current={k === kind ? 'page' : undefined}>
              {words(k)}
            </a>
          </span>
        ))}
      </nav>
      <p data-testid="ratio-sentence">
        {ratio.numerator} of {ratio.denominator}: {ratio.computedOver}.
      </p>
      <table className="figures compact" data-testid="ratio-members">
        <thead>
          <tr>
            <th scope="col">Expected agency type</th>
            <th scope="col">State</th>
            <th scope="col">Counts</th>
            <th scope="col">Behind it</th>
          </tr>
        </thead>
        <tbody>
          {members.map(({ partner: p, counts }) => (
            <tr key={p.agencyType} data-counts={counts ? 'yes' : 'no'}>
              <th scope="row">
                {AGENCY[p.agencyType][1]}
                {p.statutory ? ' (statutory)' : ''}
              </th>
              <td>{PARTNER_STATE[p.state].words}</td>
              <td>{counts ? '✓ yes' : '✕ no'}</td>
              <td>
                <a href={`#/yot/${encodeURIComponent(code)}/evidence?agencyType=${p.agencyType}`}>evidence</a>
                {' · '}
                {p.hasActivePartnership ? 'active partnership' : 'no active partnership'},{' '}
                {p.placedStaff > 0 ? `${p.placedStaff} staff placed` : 'no staff placed'},{' '}
                {p.currentAgreement ? 'current agreement' : 'no current agreement'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unknownTypeStaff && yot.coverage.partnerStaffOfUnknownType > 0 && (
        <p data-testid="ratio-unknown-staff">
          {yot.coverage.partnerStaffOfUnknownType} partner staff of unknown type count as one type at least.
        </p>
      )}
    </article>
  );
}
