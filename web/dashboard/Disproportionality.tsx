import { useState } from 'react';
import type { DashboardYotQuery, DisproportionalityRowsFragment, OutcomeMeasure } from './generated/graphql';
import type { HubGraphQLError } from './api';
import { MEASURE, words } from './labels';

type Row = DisproportionalityRowsFragment['rows'][number];
type Field = 'ethnicity' | 'sex' | 'careStatus' | 'exclusion' | 'alternativeProvision' | 'slcn' | 'neurodevelopmental';
type Alias =
  | 'byEthnicity'
  | 'bySex'
  | 'byCareStatus'
  | 'byExclusion'
  | 'byAlternativeProvision'
  | 'bySlcn'
  | 'byNeurodevelopmental';

/** The YJB's disproportionality characteristics (issue 15, part 6), each an `outcomeSummary` of the page's one request. */
export const BREAKDOWNS: { alias: Alias; field: Field; title: string }[] = [
  { alias: 'byEthnicity', field: 'ethnicity', title: 'Ethnicity' },
  { alias: 'bySex', field: 'sex', title: 'Sex' },
  { alias: 'byCareStatus', field: 'careStatus', title: 'Care status' },
  { alias: 'byExclusion', field: 'exclusion', title: 'Exclusion from school' },
  { alias: 'byAlternativeProvision', field: 'alternativeProvision', title: 'Alternative provision' },
  { alias: 'bySlcn', field: 'slcn', title: 'Speech, language and communication needs' },
  { alias: 'byNeurodevelopmental', field: 'neurodevelopmental', title: 'Neurodevelopmental needs' },
];

/** A group's value in words: `true`/`false` for alternative provision, NOT_RECORDED apart from "not known". */
const groupName = (value: string | null) =>
  value === 'true'
    ? 'Yes'
    : value === 'false'
      ? 'No'
      : value === 'NOT_RECORDED'
        ? 'Not recorded'
        : value
          ? words(value)
          : '–';

/**
 * The outcomes of one measure broken down by each characteristic: one table per characteristic, with the
 * counts exactly as the hub published them to this caller. A withheld group shows `c` in every column, never 0.
 */
export function Disproportionality({ data, errors }: { data: DashboardYotQuery; errors: HubGraphQLError[] }) {
  const measures = [...new Set(BREAKDOWNS.flatMap((b) => data[b.alias]?.rows.map((r) => r.measure!) ?? []))].sort();
  const [chosen, setChosen] = useState<OutcomeMeasure>();
  const measure = chosen && measures.includes(chosen) ? chosen : measures.at(0);
  if (!measure) return <p>No outcomes recorded for this YOT.</p>;
  const threshold = BREAKDOWNS.map((b) => data[b.alias]?.suppressionThreshold ?? 0).find((t) => t > 0);
  return (
    <>
      <p className="legend">
        Outcomes over all recorded quarters by the characteristics the Youth Justice Board uses for disproportionality.
        {threshold ? (
          <>
            {' '}
            <b>c</b>: withheld because a count is between 1 and {threshold}, or so that a withheld count cannot be
            worked out from the others (never shown as 0).
          </>
        ) : null}
      </p>
      <p className="filters">
        <label>
          Outcome measure{' '}
          <select
            data-testid="disproportionality-measure"
            value={measure}
            onChange={(e) => setChosen(e.target.value as OutcomeMeasure)}
          >
            {measures.map((m) => (
              <option key={m} value={m}>
                {MEASURE[m]}
              </option>
            ))}
          </select>
        </label>
      </p>
      <div className="breakdowns" data-testid="disproportionality">
        {BREAKDOWNS.map((b) => {
          const refused = errors.find((e) => e.path?.[0] === b.alias);
          const rows = (data[b.alias]?.rows ?? []).filter((r) => r.measure === measure);
          return (
            <Breakdown
              key={b.alias}
              alias={b.alias}
              title={b.title}
              field={b.field}
              rows={rows}
              refused={refused?.message}
            />
          );
        })}
      </div>
    </>
  );
}

function Breakdown({
  alias,
  title,
  field,
  rows,
  refused,
}: {
  alias: Alias;
  title: string;
  field: Field;
  rows: Row[];
  refused?: string;
}) {
  if (refused)
    return (
      <p data-breakdown={alias}>
        {title}: {refused}
      </p>
    );
  return (
    <table className="figures compact" data-breakdown={alias}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">Outcomes</th>
          <th scope="col">Met</th>
          <th scope="col">Rate</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r[field] ?? ''} data-suppressed={r.suppressed}>
            <th scope="row">{groupName(r[field])}</th>
            <td>{r.suppressed || r.cohort == null ? 'c' : r.cohort}</td>
            <td>{r.suppressed || r.met == null ? 'c' : r.met}</td>
            <td>{r.suppressed || r.rate == null ? 'c' : `${Math.round(r.rate * 100)}%`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
