import { useMemo } from 'react';
import { columnColours, countColour } from './colours';
import { CsvDownload } from './CsvDownload';
import { cellHref } from './DrillDown';
import { flagged } from './flags';
import { ratingFlagKey, useRatingFlags } from './rating-flags';
import { Heatmap, type HeatCell } from './Heatmap';
import { AGENCY, AWARD_STATE_SUFFIX, bandOf, BANDS, dateText, LEVEL_CODE, PARTNER_STATE, percent } from './labels';
import type { NationalState, YotRow } from './national-data';
import { asOfOf, navigate, type Route } from './route';

export type Sort = 'coverage-desc' | 'coverage-asc' | 'name';

interface Props {
  national: NationalState;
  view: 'partners' | 'criteria';
  route: Route;
}

/** The national heatmaps: YOTs × expected agency types, or YOTs × criteria, filtered and sorted from the URL. */
export function NationalView({ national, view, route }: Props) {
  const { region = '', nation = '', sort = 'coverage-desc' } = route.params;
  const regions = useMemo(() => [...new Set(national.yots.map((y) => y.yot.region))].sort(), [national.yots]);
  const rows = useMemo(() => {
    const shown = national.yots.filter(
      (y) => (!region || y.yot.region === region) && (!nation || y.yot.nation === nation),
    );
    const measure = (y: YotRow) =>
      view === 'partners' ? y.partnerCoverage : y.criteriaWithEvidence / Math.max(1, y.criteriaTotal);
    const byName = (a: YotRow, b: YotRow) => a.yot.name.localeCompare(b.yot.name);
    if (sort === 'name') return shown.sort(byName);
    const direction = sort === 'coverage-asc' ? 1 : -1;
    return shown.sort((a, b) => direction * (measure(a) - measure(b)) || byName(a, b));
  }, [national.yots, region, nation, sort, view]);
  const setParam = (name: string, value: string) =>
    navigate({ path: [view], params: { ...route.params, [name]: value } });

  return (
    <section aria-labelledby="view-title">
      <h2 id="view-title">
        {view === 'partners' ? 'Partners: YOTs × expected agency types' : 'Award criteria: YOTs × criteria'}
      </h2>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Region{' '}
          <select value={region} onChange={(e) => setParam('region', e.target.value)} data-testid="region-filter">
            <option value="">All regions</option>
            {regions.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label>
          Nation{' '}
          <select value={nation} onChange={(e) => setParam('nation', e.target.value)}>
            <option value="">England and Wales</option>
            <option value="ENGLAND">England</option>
            <option value="WALES">Wales</option>
          </select>
        </label>
        <label>
          Sort by{' '}
          <select value={sort} onChange={(e) => setParam('sort', e.target.value)}>
            <option value="coverage-desc">
              {view === 'partners' ? 'Partner coverage' : 'Criteria evidenced'}, highest first
            </option>
            <option value="coverage-asc">
              {view === 'partners' ? 'Partner coverage' : 'Criteria evidenced'}, lowest first
            </option>
            <option value="name">Name</option>
          </select>
        </label>
        <output aria-live="polite" data-testid="shown-count">
          {rows.length} of {national.yots.length} YOTs
        </output>
        <CsvDownload
          name={[view, region, nation, asOfOf(route)].filter(Boolean).join('-')}
          what={view === 'partners' ? 'this partners table' : 'this criteria table'}
        />
      </form>
      {view === 'partners' ? (
        <PartnerHeatmap rows={rows} national={national} asOf={asOfOf(route)} />
      ) : (
        <CriteriaHeatmap rows={rows} national={national} asOf={asOfOf(route)} />
      )}
    </section>
  );
}

/** The heatmap of YOTs × agency types on `asOf` (undefined: today); a cell opens the evidence it counts that day. */
function PartnerHeatmap({ rows, national, asOf }: { rows: YotRow[]; national: NationalState; asOf?: string }) {
  const types = national.framework?.expectedPartners.map((p) => p.agencyType) ?? [];
  const scales = columnColours(
    types.map((t) => rows.map((y) => y.partners.find((p) => p.agencyType === t)?.evidenceCount ?? 0)),
  );
  return (
    <>
      <div className="legend" id="partners-legend" data-testid="partners-legend">
        <p>
          A partner in place: evidence items, then <b>●</b> active partnership, <b>⌂</b> the host council&apos;s own
          service, <b>◇</b> staff practising in the type without a recorded partnership (employer not named),
          <b> ◆</b> seconded or co-located staff, <b>✓</b> current information-sharing agreement. Statutory partners are
          marked *. Otherwise the cell says what is known:
        </p>
        <dl className="states">
          {(['NOT_RECORDED', 'RECORDED_ABSENT', 'CEASED'] as const).map((state) => (
            <div key={state}>
              <dt>
                <span
                  className={`cell-sample ${PARTNER_STATE[state].className.replace('heat ', '')}`}
                  aria-hidden="true"
                >
                  {PARTNER_STATE[state].symbol}
                </span>
              </dt>
              <dd>{PARTNER_STATE[state].words}</dd>
            </div>
          ))}
        </dl>
        <ScaleLegend />
      </div>
      <Heatmap
        caption="Partnership coverage: each YOT against each agency type the framework expects"
        testId="partners-heatmap"
        rows={rows}
        rowKey={(y) => y.yot.code}
        rowHeader={(y) => <a href={`#/yot/${y.yot.code}`}>{y.yot.name}</a>}
        columns={types.map((t, i) => ({
          key: t,
          label: AGENCY[t][0] + (national.framework!.expectedPartners[i].statutory ? '*' : ''),
          title: `${AGENCY[t][1]} (colour scale 0 to ${scales[i].top} evidence items)`,
        }))}
        cell={(y, c) => {
          const p = y.partners.find((x) => x.agencyType === types[c]);
          const missing = p?.statutory && p.state === 'RECORDED_ABSENT';
          return flagged(partnerCell(y, types[c], scales[c].colour), missing ? 'MISSING_STATUTORY_PARTNER' : undefined);
        }}
        trailing={[
          { label: 'Coverage', render: (y) => percent(y.partnerCoverage) },
          { label: 'Of known', render: (y) => percent(y.knownPartnerCoverage) },
        ]}
        onActivate={(y, c) => (window.location.hash = cellHref({ yotCode: y.yot.code, agencyType: types[c], asOf }))}
      />
    </>
  );
}

/** One YOT × agency type cell: in place with its symbols, or not recorded, recorded absent or ceased, each distinct. */
function partnerCell(
  y: YotRow,
  type: YotRow['partners'][number]['agencyType'],
  colour: (n: number) => string,
): HeatCell {
  const p = y.partners.find((x) => x.agencyType === type);
  const name = `${y.yot.name}, ${AGENCY[type][1]}`;
  const evidence = p?.evidenceCount ? `, ${p.evidenceCount} evidence items` : '';
  if (!p || p.state !== 'IN_PLACE') {
    const state = PARTNER_STATE[p?.state ?? 'NOT_RECORDED'];
    return {
      colour: null,
      className: state.className,
      text: `${state.symbol}${p?.evidenceCount ? ` ${p.evidenceCount}` : ''}`,
      label: `${name}: ${state.words}${evidence}`,
    };
  }
  const how = p.hasActivePartnership ? '●' : p.basis === 'HOST_AUTHORITY' ? '⌂' : '◇';
  const symbols = `${how}${p.placedStaff > 0 ? '◆' : ''}${p.currentAgreement ? '✓' : ''}`;
  const facts = [
    p.hasActivePartnership
      ? 'active partnership'
      : p.basis === 'HOST_AUTHORITY'
        ? "the host council's own service"
        : `staff in the team, employer not named (${p.staffWithoutNamedEmployer})`,
    p.placedStaff > 0 ? `${p.placedStaff} staff placed` : 'no staff placed',
    p.currentAgreement ? 'current agreement' : 'no current agreement',
    `${p.evidenceCount} evidence items`,
  ];
  return {
    colour: colour(p.evidenceCount),
    text: `${p.evidenceCount} ${symbols}`,
    label: `${name}: ${facts.join(', ')}`,
  };
}

/** The heatmap of YOTs × criteria on `asOf`, its rating markers judged on the same day. */
function CriteriaHeatmap({ rows, national, asOf }: { rows: YotRow[]; national: NationalState; asOf?: string }) {
  const criteria = national.framework?.criteria ?? [];
  const scales = columnColours(criteria.map((_, i) => rows.map((y) => y.criteria[i].evidenceCount)));
  const aboveEvidence = useRatingFlags(asOf);
  return (
    <>
      <div className="legend" data-testid="criteria-legend">
        <p>
          Each cell: evidence items and the latest rating band:{' '}
          {BANDS.map((b) => `${b.code} ${b.name.toLowerCase()}`).join('; ')}; – not rated.
        </p>
        <ScaleLegend />
      </div>
      <Heatmap
        caption="Award criteria: evidence items and latest rating band for each YOT and criterion"
        testId="criteria-heatmap"
        rows={rows}
        rowKey={(y) => y.yot.code}
        rowHeader={(y) => <a href={`#/yot/${y.yot.code}`}>{y.yot.name}</a>}
        columns={criteria.map((c, i) => ({
          key: c.code,
          label: c.code,
          title: `${c.code}: ${c.title} (colour scale 0 to ${scales[i].top} evidence items)`,
        }))}
        cell={(y, i) => {
          const row = y.criteria[i];
          const band = bandOf(row.band);
          return flagged(
            {
              colour: scales[i].colour(row.evidenceCount),
              text: `${row.evidenceCount} ${band?.code ?? '–'}`,
              label: `${y.yot.name}, ${criteria[i].code} ${criteria[i].title}: ${row.evidenceCount} evidence items, ${band ? `rated ${band.name.toLowerCase()}` : 'not rated'}`,
            },
            aboveEvidence.has(ratingFlagKey(y.yot.code, criteria[i].code)) && 'RATING_ABOVE_EVIDENCE',
            band && row.evidenceCount === 0 && 'RATED_WITHOUT_EVIDENCE',
          );
        }}
        trailing={[
          { label: 'Award', render: (y) => awardText(y) },
          {
            label: 'Re-verify by',
            render: (y) =>
              y.award?.validUntil ? (
                <span className={y.award.reverificationDue ? 'due' : undefined}>
                  {dateText(y.award.validUntil, y.award.validUntilPrecision)}
                  {y.award.reverificationDue ? ' ⚠ due' : ''}
                </span>
              ) : y.award ? (
                'unknown'
              ) : (
                '–'
              ),
          },
        ]}
        onActivate={(y, i) =>
          navigate({ path: ['yot', y.yot.code], params: { criterion: criteria[i].code, asOf: asOf ?? '' } })
        }
      />
    </>
  );
}

/** How the colours read: one scale per column, so the legend has to say so. */
function ScaleLegend() {
  const sample = countColour(1);
  return (
    <p data-testid="scale-legend">
      Colour is scaled per column: in each column <span className="swatch" style={{ background: sample(0) }} /> pale is
      no evidence and <span className="swatch" style={{ background: sample(1) }} /> dark is that column&apos;s largest
      count (at least 5; each heading&apos;s tooltip gives its top). The same colour in two columns can mean different
      counts: read the number in the cell.
    </p>
  );
}

function awardText(y: YotRow): string {
  if (!y.award) return 'none';
  const a = y.award.assessment;
  return `${LEVEL_CODE[a.level]}${a.commendations.includes('CHILD_FIRST') ? ' + CF' : ''}${AWARD_STATE_SUFFIX[y.award.state]}`;
}
