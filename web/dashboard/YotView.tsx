import { useEffect, useRef, useState } from 'react';
import { request, type HubGraphQLError } from './api';
import { countColour } from './colours';
import { DashboardYotDocument, type DashboardYotQuery } from './generated/graphql';
import { Disproportionality } from './Disproportionality';
import { CsvDownload } from './CsvDownload';
import { EvidenceDrillDown } from './DrillDown';
import { flagged } from './flags';
import { GapList, ratingsAboveEvidence } from './GapList';
import { Heatmap } from './Heatmap';
import { Journey } from './Journey';
import { useJourney } from './journey-data';
import { LastUpdated } from './LastUpdated';
import type { LiveBurst } from './live';
import { AGENCY, AWARD_STATE_SUFFIX, bandOf, BANDS, dateText, LEVEL, PARTNER_STATE, percent, words } from './labels';
import { OutcomeTrends } from './OutcomeTrends';
import { ratioHref } from './RatioDrillDown';
import { navigate, quarterOf, type Route } from './route';

/** An answer, with the YOT and day it answers for: a page never shows one day's figures under another day's heading. */
type Loaded = { data: DashboardYotQuery; errors: HubGraphQLError[]; code: string; asOf?: string; at: Date };
type CriterionRow = NonNullable<DashboardYotQuery['criterionCoverage']>[number];

/**
 * One YOT: its award, partners, gaps, criterion-by-criterion evidence, outcome trends, disproportionality breakdowns
 * (one request) and award journey (a second, once the first has answered). Live: a burst of changes concerning this
 * YOT refetches it in place, keeping what is on screen until the new answer arrives; another YOT or day shows
 * nothing until its own answer arrives.
 */
export function YotView({ code, route, asOf, live }: { code: string; route: Route; asOf?: string; live?: LiveBurst }) {
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const refresh = useYotRefresh(code, live);
  useEffect(() => {
    const abort = new AbortController();
    setError(undefined);
    request(
      DashboardYotDocument,
      { code, asOf: asOf ?? null, periodTo: asOf ? quarterOf(asOf) : null },
      abort.signal,
    ).then(
      (answer) => setLoaded({ ...answer, code, asOf, at: new Date() }),
      (e: unknown) => !abort.signal.aborted && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => abort.abort();
  }, [code, asOf, refresh]);
  const current = loaded?.code === code && loaded.asOf === asOf ? loaded : undefined;
  const journey = useJourney(code, current?.at, asOf);

  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!current) return <p aria-live="polite">Loading {code}…</p>;
  const { yot, gaps, criterionCoverage, outcomeSummary } = current.data;
  if (!yot)
    return (
      <p role="alert" className="error">
        No YOT has the code {code}.
      </p>
    );
  const cov = yot.coverage;
  const award = cov.award;
  const selected = route.params.criterion;
  const outcomesRefused = current.errors.find((e) => e.path?.[0] === 'outcomeSummary');

  return (
    <article aria-labelledby="yot-title" data-testid="yot-page">
      <p className="view-actions">
        <a href="#/partners">← All YOTs</a>
        <CsvDownload name={`${yot.code}${asOf ? `-${asOf}` : ''}`} what={`${yot.name}'s tables`} />
      </p>
      <h2 id="yot-title">
        {yot.name}
        {asOf && <span className="as-of-note"> as of {asOf}</span>}
      </h2>
      <LastUpdated at={journey && journey.at > current.at ? journey.at : current.at} />
      <p className="meta">
        {yot.code} · {yot.region} · {words(yot.nation)} · {yot.localAuthorities.join(', ')}
        {yot.hostAuthorities.length
          ? ` · host authority: ${yot.hostAuthorities.map((h) => h.name).join(', ')}`
          : ' · host authority not recorded'}
      </p>
      <dl className="facts">
        <div>
          <dt>Award</dt>
          <dd data-testid="award">
            {award
              ? `${LEVEL[award.assessment.level]}${award.assessment.commendations.includes('CHILD_FIRST') ? ' with Child First Commendation' : ''}${AWARD_STATE_SUFFIX[award.state]}`
              : 'None'}
          </dd>
        </div>
        <div>
          <dt>Valid until</dt>
          <dd>
            {award?.state === 'UNKNOWN'
              ? 'unknown (no decision date)'
              : dateText(award?.validUntil, award?.validUntilPrecision)}
            {award?.reverificationDue ? ' ⚠ re-verification due' : ''}
          </dd>
        </div>
        <div>
          <dt>Partner coverage</dt>
          <dd>
            <a href={ratioHref(yot.code, 'PARTNER', asOf)}>{percent(cov.partnerCoverage)}</a>
          </dd>
        </div>
        <div>
          <dt>Of types known</dt>
          <dd>
            <a href={ratioHref(yot.code, 'KNOWN_PARTNER', asOf)}>{percent(cov.knownPartnerCoverage)}</a>
          </dd>
        </div>
        <div>
          <dt>Statutory partners</dt>
          <dd>
            <a href={ratioHref(yot.code, 'STATUTORY_PARTNER', asOf)}>{percent(cov.statutoryPartnerCoverage)}</a>
          </dd>
        </div>
        <div>
          <dt>Co-location</dt>
          <dd>
            <a href={ratioHref(yot.code, 'CO_LOCATION', asOf)}>{percent(cov.coLocationRatio)}</a>
          </dd>
        </div>
        <div>
          <dt>Agreements</dt>
          <dd>
            <a href={ratioHref(yot.code, 'AGREEMENT', asOf)}>{percent(cov.agreementCoverage)}</a>
          </dd>
        </div>
        <div>
          <dt>Criteria evidenced</dt>
          <dd>
            {cov.criteriaWithEvidence} of {cov.criteriaTotal}
          </dd>
        </div>
      </dl>

      <details className="ratios">
        <summary>What the ratios were computed over</summary>
        <ul data-testid="ratios">
          {cov.ratios.map((r) => (
            <li key={r.kind}>
              <b>{words(r.kind)}</b>: {r.numerator} of {r.denominator} ({percent(r.value)}): {r.computedOver}.
            </li>
          ))}
        </ul>
      </details>

      <section aria-labelledby="types-title">
        <h3 id="types-title">Expected partner types</h3>
        <table className="figures compact" data-testid="partner-types">
          <thead>
            <tr>
              <th scope="col">Agency type</th>
              <th scope="col">State</th>
              <th scope="col">Known from</th>
            </tr>
          </thead>
          <tbody>
            {cov.partners.map((p) => (
              <tr key={p.agencyType} data-state={p.state}>
                <th scope="row">
                  {AGENCY[p.agencyType][1]}
                  {p.statutory ? ' *' : ''}
                </th>
                <td>
                  <span
                    className={`cell-sample ${PARTNER_STATE[p.state].className.replace('heat', '').trim()}`}
                    aria-hidden="true"
                  >
                    {PARTNER_STATE[p.state].symbol || '●'}
                  </span>{' '}
                  {PARTNER_STATE[p.state].words}
                </td>
                <td>
                  {p.basis === 'OWN_STAFF'
                    ? "the YOT's own staff (host authority)"
                    : p.basis
                      ? words(p.basis).toLowerCase()
                      : '–'}
                  {p.staffWithoutNamedEmployer ? ` (${p.staffWithoutNamedEmployer} without a named employer)` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="partners-title">
        <h3 id="partners-title">
          Partners ({yot.partnerships.filter((p) => p.standing === 'ACTIVE').length} active of {yot.partnerships.length}{' '}
          recorded)
        </h3>
        <table className="figures" data-testid="partners">
          <thead>
            <tr>
              <th scope="col">Agency</th>
              <th scope="col">Type</th>
              <th scope="col">Standing</th>
              <th scope="col">Statutory</th>
              <th scope="col">Board</th>
              <th scope="col">Since</th>
              <th scope="col">Staff placed</th>
            </tr>
          </thead>
          <tbody>
            {yot.partnerships.map((p) => (
              <tr key={p.id} data-standing={p.standing}>
                <th scope="row">
                  {p.agency.name}
                  {p.basis === 'INFERRED' ? ' (inferred)' : ''}
                </th>
                <td>{AGENCY[p.agency.type][1]}</td>
                <td>
                  {p.standing === 'PARTNER_CEASED'
                    ? `† body ceased ${p.agency.ceasedOn}${p.agency.successor ? `; successor ${p.agency.successor.name}` : '; successor not recorded'}`
                    : words(p.standing)}
                </td>
                <td>{p.statutory ? 'Yes' : 'No'}</td>
                <td>{p.boardMember == null ? '–' : p.boardMember ? 'Yes' : 'No'}</td>
                <td>{p.startedOn ?? '–'}</td>
                <td>
                  {p.staffPlacements
                    .map(
                      (s) =>
                        `${words(s.role)} (${words(s.arrangement).toLowerCase()}${s.fte != null ? `, ${s.fte} FTE` : ''})`,
                    )
                    .join('; ') || '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Staff without a recorded partnership:{' '}
          {yot.staffPlacements
            .filter((s) => !s.partnership)
            .map(
              (s) =>
                `${words(s.role)} (${words(s.arrangement).toLowerCase()}${s.basis === 'INFERRED' ? ', inferred' : ''})`,
            )
            .join('; ') || 'none'}
          .
        </p>
      </section>

      <section aria-labelledby="team-title">
        <h3 id="team-title">The s.39(5) team, by staff role</h3>
        <ul data-testid="statutory-team">
          {yot.statutoryTeam.map((m) => (
            <li key={m.member}>
              {m.recorded ? '✓' : '?'} {words(m.member)}:{' '}
              {m.recorded ? m.rolesFound.map((r) => words(r).toLowerCase()).join(', ') : 'not recorded'}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="gaps-title">
        <h3 id="gaps-title">Gaps ({gaps?.length ?? 0})</h3>
        <GapList yotCode={yot.code} gaps={gaps ?? []} route={route} />
      </section>

      <section aria-labelledby="criteria-title">
        <h3 id="criteria-title">Criteria and their evidence</h3>
        <p className="legend">
          Choose a criterion (click, or Enter on a focused cell) to see its evidence items and who provided them.
        </p>
        <CriteriaGrid
          code={yot.code}
          asOf={asOf}
          rows={criterionCoverage ?? []}
          aboveEvidence={ratingsAboveEvidence(gaps ?? [])}
        />
        {selected && (
          <EvidenceDrillDown
            cell={{ yotCode: yot.code, criterion: selected, asOf }}
            title={criterionCoverage?.find((c) => c.criterion.code === selected)?.criterion.title}
          />
        )}
      </section>

      <section aria-labelledby="outcomes-title">
        <h3 id="outcomes-title">Outcome trends</h3>
        {outcomesRefused ? (
          <p>{outcomesRefused.message}</p>
        ) : outcomeSummary ? (
          <OutcomeTrends summary={outcomeSummary} code={yot.code} />
        ) : (
          <p>No outcomes.</p>
        )}
      </section>

      <section aria-labelledby="disproportionality-title">
        <h3 id="disproportionality-title">Outcomes by child characteristics (disproportionality)</h3>
        <Disproportionality data={current.data} errors={current.errors} />
      </section>

      <section aria-labelledby="journey-title" data-testid="journey">
        <h3 id="journey-title">The award journey</h3>
        <Journey code={code} journey={journey} />
      </section>
    </article>
  );
}

/** Counts the live bursts that concern this YOT (or name none), so only those refetch its page. */
function useYotRefresh(code: string, live: LiveBurst | undefined): number {
  const seen = useRef({ burst: live?.count ?? 0, refresh: 0 });
  if (live && live.count !== seen.current.burst) {
    seen.current.burst = live.count;
    if (live.yotCodes.some((c) => c === null || c === code)) seen.current.refresh += 1;
  }
  return seen.current.refresh;
}

function CriteriaGrid({
  code,
  asOf,
  rows,
  aboveEvidence,
}: {
  code: string;
  asOf?: string;
  rows: CriterionRow[];
  aboveEvidence: Set<string>;
}) {
  const colour = countColour(Math.max(5, ...rows.map((r) => r.evidenceCount)));
  const bandColour = countColour(BANDS.length - 1);
  const columns = [
    { key: 'evidence', label: 'Evidence', title: 'Countable evidence items (accepted in brackets)' },
    { key: 'band', label: 'Band', title: 'Latest rating band (and score)' },
  ];
  return (
    <Heatmap
      caption="Criteria: evidence items and latest rating"
      corner="Criterion"
      testId="criteria-grid"
      rows={rows}
      rowKey={(r) => r.criterion.code}
      rowHeader={(r) => `${r.criterion.code} ${r.criterion.title}`}
      columns={columns}
      cell={(r, c) => {
        const name = `${r.criterion.code} ${r.criterion.title}`;
        if (c === 0)
          return {
            colour: colour(r.evidenceCount),
            text: `${r.evidenceCount} (${r.acceptedEvidenceCount})`,
            label: `${name}: ${r.evidenceCount} evidence items, ${r.acceptedEvidenceCount} accepted`,
          };
        const band = bandOf(r.band);
        return flagged(
          {
            colour: band ? bandColour(BANDS.indexOf(band)) : null,
            text: band ? `${band.code}${r.score != null ? ` ${r.score}` : ''}` : '–',
            label: `${name}: ${band ? `rated ${band.name.toLowerCase()}${r.score != null ? `, score ${r.score}` : ''}` : 'not rated'}`,
          },
          aboveEvidence.has(r.criterion.code) && 'RATING_ABOVE_EVIDENCE',
          band && r.evidenceCount === 0 && 'RATED_WITHOUT_EVIDENCE',
        );
      }}
      trailing={[
        {
          label: 'Contributing agency types',
          render: (r) => r.contributingAgencyTypes.map((t) => AGENCY[t][0]).join(', ') || '–',
        },
        { label: 'Triangulated', render: (r) => (r.triangulated ? '✓ yes' : '✕ no') },
        { label: 'Latest', render: (r) => r.latestEvidenceOn ?? '–' },
      ]}
      onActivate={(r) => navigate({ path: ['yot', code], params: { criterion: r.criterion.code, asOf: asOf ?? '' } })}
    />
  );
}
