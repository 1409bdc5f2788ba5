import type { HubGraphQLError } from './api';
import type { DashboardJourneyFragment, SelfScoreDisagreement } from './generated/graphql';
import type { LoadedJourney } from './journey-data';
import type { JourneyDates } from './journey-dates';
import { KpiComparison } from './KpiComparison';
import { AGENCY, bandOf, percent, words } from './labels';

/** How a disagreement flag reads: a symbol and words, never colour alone. */
export const DISAGREEMENT: Record<SelfScoreDisagreement, string> = {
  NONE: '–',
  HIGH_SCORE_WITHOUT_ACCEPTED_EVIDENCE: '⚠ High self-score, no accepted evidence',
  LOW_SCORE_WITH_PLENTY_OF_EVIDENCE: '⚠ Low self-score despite plenty of accepted evidence',
};

/**
 * The award journey of one YOT (issue 18, part 6): self-assessment beside the assessor, the action plan, board
 * attendance and the KPI comparison, each as the hub answered it.
 */
export function Journey({ code, journey }: { code: string; journey: LoadedJourney | undefined }) {
  if (!journey) return <p>Loading the award journey…</p>;
  if (journey.error)
    return (
      <p role="alert" className="error">
        {journey.error}
      </p>
    );
  const yot = journey.data?.yot;
  if (!yot) return null;
  return <JourneyParts code={code} yot={yot} dates={journey.dates} errors={journey.errors} />;
}

function JourneyParts({
  code,
  yot,
  dates,
  errors,
}: {
  code: string;
  yot: DashboardJourneyFragment;
  dates: JourneyDates;
  errors: HubGraphQLError[];
}) {
  // A part the hub refused (a field error on the YOT) says why instead of looking empty.
  const refused = (field: string) => errors.find((e) => e.path?.[0] === 'yot' && e.path[1] === field)?.message;
  const kpisRefused = refused('kpiComparison');
  return (
    <>
      <SelfAssessment yot={yot} asOf={dates.asOf} refused={refused('latestSelfAssessment')} />
      <ActionPlan items={yot.actionPlan} asOf={dates.asOf} />
      <BoardAttendance rows={yot.boardAttendance} dates={dates} />
      <section aria-labelledby="kpi-title">
        <h4 id="kpi-title">KPIs for {dates.quarter} against the family, region and nation</h4>
        {kpisRefused ? (
          <p>{kpisRefused}</p>
        ) : yot.kpiComparison ? (
          <KpiComparison code={code} comparison={yot.kpiComparison} />
        ) : (
          <p>No KPI figures.</p>
        )}
      </section>
    </>
  );
}

function SelfAssessment({ yot, asOf, refused }: { yot: DashboardJourneyFragment; asOf: string; refused?: string }) {
  const latest = yot.latestSelfAssessment;
  return (
    <section aria-labelledby="self-title">
      <h4 id="self-title">Self-assessment beside the assessor</h4>
      {refused ? (
        <p>{refused}</p>
      ) : !latest ? (
        <p>No self-assessment recorded.</p>
      ) : (
        <table className="figures compact" data-testid="self-assessment">
          <caption>
            Self-assessment of {latest.assessedOn}
            {latest.participants.length ? ` by ${latest.participants.map((p) => p.name).join(', ')}` : ''}; evidence on{' '}
            {asOf}
          </caption>
          <thead>
            <tr>
              <th scope="col">Statement</th>
              <th scope="col">Self-score</th>
              <th scope="col">Their note</th>
              <th scope="col">Assessor</th>
              <th scope="col">Difference</th>
              <th scope="col">Evidence (accepted)</th>
              <th scope="col">Triangulated</th>
              <th scope="col">Flag</th>
            </tr>
          </thead>
          <tbody>
            {latest.comparison.map((c) => {
              const band = bandOf(c.assessorBand);
              return (
                <tr key={c.criterion.code} data-disagreement={c.disagreement}>
                  <th scope="row">
                    {c.criterion.code} {c.criterion.title}
                  </th>
                  <td>{c.selfScore ?? '–'}</td>
                  <td>{c.selfNote ?? '–'}</td>
                  <td>{band ? `${band.code}${c.assessorScore != null ? ` ${c.assessorScore}` : ''}` : '–'}</td>
                  <td>{c.scoreDifference == null ? '–' : signed(c.scoreDifference)}</td>
                  <td>
                    {c.evidenceCount} ({c.acceptedEvidenceCount})
                  </td>
                  <td>{c.triangulated ? '✓ yes' : '✕ no'}</td>
                  <td className={c.disagreement === 'NONE' ? undefined : 'due'}>{DISAGREEMENT[c.disagreement]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function ActionPlan({ items, asOf }: { items: DashboardJourneyFragment['actionPlan']; asOf: string }) {
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <section aria-labelledby="actions-title">
      <h4 id="actions-title">
        Action plan ({items.length} {items.length === 1 ? 'item' : 'items'}, {overdue} overdue on {asOf})
      </h4>
      {items.length ? (
        <table className="figures compact" data-testid="action-plan">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Statements</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id} data-overdue={i.overdue} className={i.overdue ? 'overdue' : undefined}>
                <th scope="row">{i.title}</th>
                <td>
                  {i.ownerAgency.name} ({words(i.ownerRole).toLowerCase()})
                </td>
                <td>{i.criteria.map((c) => c.code).join(', ') || '–'}</td>
                <td>{i.dueOn}</td>
                <td>
                  {words(i.status)}
                  {i.overdue ? <b className="due"> · ⚠ overdue</b> : null}
                  {i.completedOn ? ` on ${i.completedOn}` : ''}
                  {i.droppedReason ? `: ${i.droppedReason}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No action-plan items.</p>
      )}
    </section>
  );
}

function BoardAttendance({ rows, dates }: { rows: DashboardJourneyFragment['boardAttendance']; dates: JourneyDates }) {
  return (
    <section aria-labelledby="board-title">
      <h4 id="board-title">
        Management board attendance by statutory partner, {dates.boardFrom} to {dates.asOf}
      </h4>
      {rows.length ? (
        <table className="figures compact" data-testid="board-attendance">
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Type</th>
              <th scope="col">Attended</th>
              <th scope="col">Held while a member</th>
              <th scope="col">Rate</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.agency.name}:${r.agencyType}`}>
                <th scope="row">{r.agency.name}</th>
                <td>{AGENCY[r.agencyType][1]}</td>
                <td>{r.meetingsAttended}</td>
                <td>{r.meetingsHeld}</td>
                <td>{percent(r.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No board meetings recorded in the year.</p>
      )}
    </section>
  );
}
