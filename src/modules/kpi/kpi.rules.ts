import { Kpi, KPI_NUMBER, KpiCohort, KpiStage, STAGED_KPIS } from './kpi.enums';

/** The flags of one observation, as sent or stored. */
export interface KpiFlags {
  kpi: Kpi;
  cohort: KpiCohort;
  stage: KpiStage;
  met?: boolean | null;
  needIdentified?: boolean | null;
  supportOffered?: boolean | null;
  attending?: boolean | null;
  formalPlan?: boolean | null;
  hoursOffered?: number | null;
  hoursAttended?: number | null;
}

type Flag = 'met' | 'needIdentified' | 'supportOffered' | 'attending' | 'formalPlan' | 'hoursOffered' | 'hoursAttended';

/** Flags each KPI requires (always, or only when the need is identified) and allows. */
const SHAPE: Record<Kpi, { always: Flag[]; whenIdentified: Flag[]; optional: Flag[] }> = {
  ACCOMMODATION: { always: ['met'], whenIdentified: [], optional: [] },
  ETE: { always: ['met'], whenIdentified: [], optional: ['hoursOffered', 'hoursAttended'] },
  SEND_ALN: { always: ['needIdentified'], whenIdentified: ['met', 'formalPlan'], optional: [] },
  MENTAL_HEALTH: { always: ['needIdentified'], whenIdentified: ['supportOffered', 'attending'], optional: [] },
  SUBSTANCE_MISUSE: { always: ['needIdentified'], whenIdentified: ['supportOffered', 'attending'], optional: [] },
  OUT_OF_COURT_DISPOSALS: { always: ['met'], whenIdentified: [], optional: [] },
  MANAGEMENT_BOARD_ATTENDANCE: { always: [], whenIdentified: [], optional: [] },
  WIDER_SERVICES: { always: ['met'], whenIdentified: [], optional: [] },
  SERIOUS_VIOLENCE: { always: ['met'], whenIdentified: [], optional: [] },
  VICTIMS: { always: ['met'], whenIdentified: [], optional: [] },
};

/** Most ETE hours a week that can be offered or attended (every hour of the week). */
export const MAX_WEEKLY_HOURS = 168;

/**
 * Why an observation cannot be recorded, or null when it can: KPI 7 is not a child observation; KPIs 1–5 need
 * a community/custody cohort and a start/end stage, the others ALL_CHILDREN and IN_QUARTER; each KPI sets
 * exactly its own flags; funnel steps only follow an identified need, and attending implies support offered;
 * hours attended never exceed hours offered.
 */
export function kpiObservationProblem(o: KpiFlags): string | null {
  const n = KPI_NUMBER[o.kpi];
  if (o.kpi === Kpi.MANAGEMENT_BOARD_ATTENDANCE)
    return 'KPI 7 (management board attendance) is computed from board meetings, not recorded per child';
  const staged = STAGED_KPIS.includes(o.kpi);
  if (staged && o.cohort === KpiCohort.ALL_CHILDREN)
    return `KPI ${n} is measured for COMMUNITY or RELEASED_FROM_CUSTODY children, not ALL_CHILDREN`;
  if (staged && o.stage === KpiStage.IN_QUARTER)
    return `KPI ${n} is measured at the START or END of an intervention, not IN_QUARTER`;
  if (!staged && (o.cohort !== KpiCohort.ALL_CHILDREN || o.stage !== KpiStage.IN_QUARTER))
    return `KPI ${n} is recorded for cohort ALL_CHILDREN at stage IN_QUARTER`;
  const shape = SHAPE[o.kpi];
  const identified = o.needIdentified === true;
  const required = [...shape.always, ...(identified ? shape.whenIdentified : [])];
  const allowed = new Set([...required, ...shape.optional]);
  const missing = required.find((f) => o[f] == null);
  if (missing)
    return `KPI ${n} needs ${missing}${shape.whenIdentified.includes(missing) ? ' when needIdentified is true' : ''}`;
  const extra = (Object.keys(ALL_FLAGS) as Flag[]).find((f) => o[f] != null && !allowed.has(f));
  if (extra)
    return `KPI ${n} does not use ${extra}${shape.whenIdentified.includes(extra) ? ' unless needIdentified is true' : ''}`;
  if (o.attending === true && o.supportOffered !== true)
    return 'attending requires supportOffered: a child attends support that was planned or offered';
  for (const f of ['hoursOffered', 'hoursAttended'] as const) {
    const h = o[f];
    if (h != null && !(h >= 0 && h <= MAX_WEEKLY_HOURS))
      return `${f} must be from 0 to ${MAX_WEEKLY_HOURS} hours a week`;
  }
  if (o.hoursAttended != null && (o.hoursOffered == null || o.hoursAttended > o.hoursOffered))
    return 'hoursAttended must not exceed hoursOffered (and needs it)';
  return null;
}

const ALL_FLAGS: Record<Flag, true> = {
  met: true,
  needIdentified: true,
  supportOffered: true,
  attending: true,
  formalPlan: true,
  hoursOffered: true,
  hoursAttended: true,
};
