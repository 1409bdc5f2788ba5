import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import { CsvDownload } from './CsvDownload';
import { percent } from './labels';
import type { NationalState } from './national-data';
import { PlotFigure } from './PlotFigure';
import { navigate } from './route';

/** The regional roll-up: partner coverage per region as labelled bars, and every roll-up figure in a table. */
export function RegionView({ national, asOf }: { national: NationalState; asOf?: string }) {
  const regions = national.regions;
  const chart = useCallback(
    () =>
      Plot.plot({
        ariaLabel: 'Partner coverage by region',
        ariaDescription:
          "Share of expected partner agency types in place (partnership, staff, or the host council's own service), per region; types with nothing recorded count as not in place. Each bar is labelled with its percentage.",
        marginLeft: 150,
        marginRight: 50,
        width: 760,
        height: 40 + regions.length * 26,
        x: { domain: [0, 1], label: 'Partner coverage', tickFormat: '%', grid: true },
        y: { label: null },
        marks: [
          Plot.barX(regions, { y: 'region', x: 'partnerCoverage', fill: '#3b5b92', sort: { y: '-x' } }),
          Plot.text(regions, {
            y: 'region',
            x: 'partnerCoverage',
            text: (d: { partnerCoverage: number }) => percent(d.partnerCoverage),
            dx: 6,
            textAnchor: 'start',
            fill: 'currentColor',
          }),
          Plot.ruleX([0]),
        ],
      }),
    [regions],
  );
  return (
    <section aria-labelledby="view-title">
      <h2 id="view-title">Regions</h2>
      <p className="view-actions">
        <CsvDownload name={`regions${asOf ? `-${asOf}` : ''}`} what="the regional table" />
      </p>
      <PlotFigure make={chart} className="chart" />
      <table className="figures" data-testid="region-table">
        <caption>Coverage rolled up by region (click a region for its YOTs)</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">YOTs</th>
            <th scope="col">Partner coverage</th>
            <th scope="col">Slots not recorded</th>
            <th scope="col">Recorded absent</th>
            <th scope="col">Ceased bodies</th>
            <th scope="col">Statutory partners</th>
            <th scope="col">Co-location</th>
            <th scope="col">Agreements</th>
            <th scope="col">Criteria evidenced (avg of 10)</th>
            <th scope="col">By 2+ agency types (avg)</th>
            <th scope="col">Current awards</th>
            <th scope="col">Awards of unknown date</th>
            <th scope="col">Re-verification due</th>
          </tr>
        </thead>
        <tbody>
          {regions.map((r) => (
            <tr key={r.region}>
              <th scope="row">
                <a
                  href={`#/partners?region=${encodeURIComponent(r.region)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate({ path: ['partners'], params: { region: r.region } });
                  }}
                >
                  {r.region}
                </a>
              </th>
              <td>{r.yots}</td>
              <td>{percent(r.partnerCoverage)}</td>
              <td>{r.partnersNotRecorded}</td>
              <td>{r.partnersRecordedAbsent}</td>
              <td>{r.partnersCeased}</td>
              <td>{percent(r.statutoryPartnerCoverage)}</td>
              <td>{percent(r.coLocationRatio)}</td>
              <td>{percent(r.agreementCoverage)}</td>
              <td>{r.averageCriteriaWithEvidence.toFixed(1)}</td>
              <td>{r.averageCriteriaEvidencedByTwoOrMoreAgencyTypes.toFixed(1)}</td>
              <td>{r.yotsWithCurrentAward}</td>
              <td>{r.yotsWithAwardOfUnknownDate}</td>
              <td>{r.yotsDueReverification}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
