import { useEffect, useState } from 'react';
import { request, type HubGraphQLError } from './api';
import {
  DrillDownKpiDocument,
  type DrillDownKpiQuery,
  type Kpi,
  type KpiCohort,
  type KpiIndicator,
  type KpiBoardSeatRowFragment,
  type KpiRecordPageFragment,
  type KpiStage,
} from './generated/graphql';
import { figureText, plain } from './KpiComparison';
import { words } from './labels';
import type { Route } from './route';

type Observation = KpiRecordPageFragment['nodes'][number];
type Part = 'numerator' | 'denominator';

/** Observations read per request and list: two lists of 100 with their children stay within the query cost limit. */
const PAGE = 100;

interface List {
  records: Observation[];
  total: number;
  next: string | null;
}

/**
 * `#/yot/<code>/kpi?quarter=…&kpi=…&cohort=…&stage=…&indicator=…`: a KPI figure of one YOT and the observations
 * counted in its numerator and denominator, as the hub lists them (each list's count is the figure's). Roles that
 * may not read children see the published figure alone and are told the rows are withheld: no other count.
 */
export function KpiDrillDown({ route }: { route: Route }) {
  const code = route.path[1];
  const { quarter = '', kpi = '', cohort = '', stage = '', indicator = '' } = route.params;
  const [loaded, setLoaded] = useState<{ yot: DrillDownKpiQuery['yot']; threshold: number }>();
  const [lists, setLists] = useState<Partial<{ [P in Part]: List }>>({});
  const [withheld, setWithheld] = useState<HubGraphQLError>();
  const [more, setMore] = useState<{ part: Part; after: string } | null>(null);
  const [error, setError] = useState<string>();
  const [seats, setSeats] = useState<{ [P in Part]: KpiBoardSeatRowFragment[] }>();
  // KPI 7 is counted from board seats, not child observations: its lists are the seats, read whole.
  const board = kpi === 'MANAGEMENT_BOARD_ATTENDANCE';

  useEffect(() => {
    const abort = new AbortController();
    setError(undefined);
    const variables = {
      code,
      quarter,
      kpi: kpi as Kpi,
      cohort: cohort as KpiCohort,
      stage: stage as KpiStage,
      indicator: indicator as KpiIndicator,
      first: PAGE,
      afterNumerator: more?.part === 'numerator' ? more.after : null,
      afterDenominator: more?.part === 'denominator' ? more.after : null,
      numerator: !board && (!more || more.part === 'numerator'),
      denominator: !board && (!more || more.part === 'denominator'),
      board,
    };
    request(DrillDownKpiDocument, variables, abort.signal).then(
      ({ data, errors }) => {
        if (!data.yot) setError(errors[0]?.message ?? `No YOT ${code}.`);
        else if (!data.yot.kpis)
          setError(errors.find((e) => e.path?.includes('kpis'))?.message ?? 'The KPI figures are not available.');
        setLoaded({ yot: data.yot, threshold: data.yot?.kpis?.suppressionThreshold ?? 0 });
        setWithheld(errors.find((e) => e.path?.includes('numerator') || e.path?.includes('denominator')));
        const add = (part: Part, page: KpiRecordPageFragment | null | undefined) =>
          page &&
          setLists((shown) => ({
            ...shown,
            [part]: {
              records: more ? [...(shown[part]?.records ?? []), ...page.nodes] : page.nodes,
              total: page.totalCount,
              next: page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null,
            },
          }));
        add('numerator', data.yot?.numerator);
        add('denominator', data.yot?.denominator);
        const { boardNumerator, boardDenominator } = data.yot ?? {};
        if (boardNumerator && boardDenominator) setSeats({ numerator: boardNumerator, denominator: boardDenominator });
      },
      (e: unknown) => !abort.signal.aborted && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => abort.abort();
  }, [code, quarter, kpi, cohort, stage, indicator, more, board]);

  const figure = loaded?.yot?.kpis?.figures.find(
    (f) => f.kpi === kpi && f.cohort === cohort && f.stage === stage && f.indicator === indicator,
  );
  const name = loaded?.yot?.name;
  return (
    <article aria-labelledby="kpi-drill-title" data-testid="kpi-drill-down">
      <p>
        <a href={`#/yot/${encodeURIComponent(code)}`}>← {name ?? code}</a>
      </p>
      <h2 id="kpi-drill-title">
        KPI {figure?.kpiNumber ?? ''} {plain(kpi)}: {plain(indicator)} ({plain(cohort)}, {plain(stage)}), {quarter}
        {name ? `: ${name}` : ''}
      </h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!loaded && !error && <p aria-live="polite">Loading…</p>}
      {loaded?.yot?.kpis && (
        <p data-testid="kpi-figure" data-figure={figureText(figure)}>
          Published figure: {figure ? figureText(figure) : 'no observation counts in this line this quarter'}.
          {figure?.suppressed ? ` c: withheld because a count is between 1 and ${loaded.threshold}.` : ''}
          {loaded.yot.kpis.perturbed ? ' Counts about children are perturbed for your role.' : ''}
        </p>
      )}
      {withheld && (
        <p data-testid="rows-withheld">
          The observations behind this figure are withheld: your role sees only the published, disclosure-controlled
          figure ({withheld.message})
        </p>
      )}
      {(['numerator', 'denominator'] as const).map((part) => {
        const list = lists[part];
        return list && <RecordList key={part} part={part} list={list} onMore={(after) => setMore({ part, after })} />;
      })}
      {seats &&
        (['numerator', 'denominator'] as const).map((part) => <SeatList key={part} part={part} seats={seats[part]} />)}
    </article>
  );
}

const TITLE: { [P in Part]: string } = {
  numerator: 'Counted in the numerator',
  denominator: 'Counted in the denominator',
};

/** One side of the figure: its observations, the child, the flags the KPI uses and who recorded it (its source). */
function RecordList({ part, list, onMore }: { part: Part; list: List; onMore: (after: string) => void }) {
  const flag = (value: boolean | null | undefined) => (value == null ? '–' : value ? 'Yes' : 'No');
  return (
    <section aria-labelledby={`kpi-${part}-title`} data-testid={`kpi-${part}`}>
      <h3 id={`kpi-${part}-title`}>{TITLE[part]}</h3>
      <p data-testid="kpi-rows-count" data-count={list.records.length} data-total={list.total}>
        {list.total} {list.total === 1 ? 'observation' : 'observations'}
        {list.next ? `, the first ${list.records.length} shown` : ''}.
      </p>
      <table className="figures compact">
        <thead>
          <tr>
            <th scope="col">Child (pseudonymised)</th>
            <th scope="col">SEND status</th>
            <th scope="col">Met</th>
            <th scope="col">Need identified</th>
            <th scope="col">Support offered</th>
            <th scope="col">Attending</th>
            <th scope="col">Formal plan</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {list.records.map((r) => (
            <tr key={r.id} data-testid="kpi-row">
              <th scope="row">{r.child.ref}</th>
              <td>{words(r.child.sendStatus)}</td>
              <td>{flag(r.met)}</td>
              <td>{flag(r.needIdentified)}</td>
              <td>{flag(r.supportOffered)}</td>
              <td>{flag(r.attending)}</td>
              <td>{flag(r.formalPlan)}</td>
              <td>
                {r.recordedBy ? `${r.recordedBy.name} (${words(r.recordedBy.type)})` : 'The YOT'}, recorded{' '}
                {r.recordedAt.slice(0, 10)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.next && (
        <button type="button" className="more" onClick={() => onMore(list.next!)} data-testid={`kpi-more-${part}`}>
          Read the next {PAGE}
        </button>
      )}
    </section>
  );
}

const SEAT_TITLE: { [P in Part]: string } = {
  numerator: 'Seats attended (the numerator)',
  denominator: 'Statutory partner seats at the meetings held (the denominator)',
};

/** One side of KPI 7: the seats, each a statutory partner agency at a meeting of the board, and whether it came. */
function SeatList({ part, seats }: { part: Part; seats: KpiBoardSeatRowFragment[] }) {
  return (
    <section aria-labelledby={`kpi-${part}-title`} data-testid={`kpi-${part}`}>
      <h3 id={`kpi-${part}-title`}>{SEAT_TITLE[part]}</h3>
      <p data-testid="kpi-rows-count" data-count={seats.length} data-total={seats.length}>
        {seats.length} {seats.length === 1 ? 'seat' : 'seats'}.
      </p>
      <table className="figures compact">
        <thead>
          <tr>
            <th scope="col">Meeting held on</th>
            <th scope="col">Statutory partner</th>
            <th scope="col">Present</th>
          </tr>
        </thead>
        <tbody>
          {seats.map((s) => (
            <tr key={`${s.meeting.id}:${s.agency.name}`} data-testid="kpi-row">
              <th scope="row">{s.heldOn}</th>
              <td>
                {s.agency.name} ({words(s.agency.type)})
              </td>
              <td>{s.present ? 'Yes' : 'No'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
