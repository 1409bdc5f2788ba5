import { dialectOf, runSql } from '../../db/dialect';
import { HubContext } from '../../graphql/context';
import { ViewCache } from '../../graphql/view-cache';
import { Role } from '../auth/roles';
import { MIN_PERTURBED_THRESHOLD } from '../coverage/disclosure/perturbation-table';
import { perturbCounts } from '../coverage/disclosure/protect';
import { Cell, suppress } from '../coverage/suppression';
import { Kpi, KPI_NUMBER, KpiCohort, KpiIndicator, KpiStage } from './kpi.enums';
import { boardKpiFigures } from './kpi-board';
import { CountName, kpiStatement, KpiScope } from './kpi-figures.sql';
import { KpiFigure, KpiFigures } from './kpi-figures.types';

/** Exact KPI counts and cell keys by statement, recomputed after any write (graphql/view-cache.ts). */
const KPI_COUNTS = new ViewCache<Record<string, string | number | null>[]>({ maxBytes: 32 * 1024 * 1024 });

/** Each KPI's lines: indicator, denominator count, numerator count (names of kpi-figures.sql.ts COUNTS). */
export const LINES: Record<Kpi, [KpiIndicator, CountName, CountName][]> = {
  ACCOMMODATION: [[KpiIndicator.SUITABLE_ACCOMMODATION, 'observed', 'met']],
  ETE: [[KpiIndicator.SUITABLE_ETE, 'observed', 'met']],
  SEND_ALN: [
    [KpiIndicator.SEND_ALN_IDENTIFIED, 'observed', 'identified'],
    [KpiIndicator.SEND_ALN_IN_SUITABLE_ETE, 'identified', 'identifiedMet'],
    [KpiIndicator.SEND_ALN_FORMAL_PLAN, 'identified', 'identifiedPlan'],
    [KpiIndicator.SEND_ALN_COMPOSITE, 'identified', 'identifiedMetPlan'],
  ],
  MENTAL_HEALTH: FUNNEL(),
  SUBSTANCE_MISUSE: FUNNEL(),
  OUT_OF_COURT_DISPOSALS: [[KpiIndicator.KPI_MET, 'observed', 'met']],
  MANAGEMENT_BOARD_ATTENDANCE: [], // from board attendance (kpi-board.ts), not child observations
  WIDER_SERVICES: [[KpiIndicator.KPI_MET, 'observed', 'met']],
  SERIOUS_VIOLENCE: [[KpiIndicator.KPI_MET, 'observed', 'met']],
  VICTIMS: [[KpiIndicator.KPI_MET, 'observed', 'met']],
};

/** KPIs 4 and 5: need identified → support offered → attending, both later steps over those identified. */
function FUNNEL(): [KpiIndicator, CountName, CountName][] {
  return [
    [KpiIndicator.NEED_IDENTIFIED, 'observed', 'identified'],
    [KpiIndicator.SUPPORT_OFFERED, 'identified', 'identifiedOffered'],
    [KpiIndicator.ATTENDING, 'identified', 'identifiedAttending'],
  ];
}

/** KPIs whose figures are also given per 1,000 children aged 10–17 (counts of children in the area, not rates of a caseload). */
const PER_1000: readonly Kpi[] = [Kpi.OUT_OF_COURT_DISPOSALS, Kpi.SERIOUS_VIOLENCE];

const ORDER = {
  cohort: Object.values(KpiCohort),
  stage: Object.values(KpiStage),
  indicator: Object.values(KpiIndicator),
};

/** Where the 10–17 populations come from: by YOT code, the latest up to a year (a group's total when several YOTs). */
export type PopulationOf = (yotCodes: string[] | null) => number | null;

/** Rows of the counting statement (kpi-figures.sql.ts): group values, counts and cell keys. */
export type KpiCountRow = Record<string, string | number | null>;

/** Counts a scope's observations in SQL (one GROUP BY statement), cached per data revision. */
export async function countKpis(ctx: HubContext, scope: KpiScope, byYot: boolean): Promise<KpiCountRow[]> {
  const { sql, params } = kpiStatement(dialectOf(ctx.db), scope, byYot);
  return KPI_COUNTS.get(ctx, JSON.stringify([sql, params]), () => runSql(ctx.db, sql, params));
}

/**
 * KPI figures for one quarter, counted in SQL (one GROUP BY), then protected for the caller exactly like
 * outcome summaries: exact when `exact`, else each count perturbed by its cell key, then small counts and
 * the cells that would reveal them withheld.
 */
export async function kpiFigures(
  ctx: HubContext,
  scope: KpiScope,
  byYot: boolean,
  exact: boolean,
  population: PopulationOf,
): Promise<KpiFigures> {
  const figures = protectKpis(ctx, await countKpis(ctx, scope, byYot), scope, byYot, exact, population);
  return withBoard(figures, await boardKpiFigures(ctx, scope, byYot));
}

/** Turns counted rows into published figures (see kpiFigures); the same rows always give the same figures. */
export function protectKpis(
  ctx: HubContext,
  rows: KpiCountRow[],
  scope: KpiScope,
  byYot: boolean,
  exact: boolean,
  population: PopulationOf,
): KpiFigures {
  const threshold = exact ? 0 : Math.max(ctx.suppressionThreshold, MIN_PERTURBED_THRESHOLD);
  type Line = Cell & {
    figure: Omit<KpiFigure, 'denominator' | 'numerator' | 'rate' | 'denominatorPer1000' | 'suppressed'>;
    hours: { offered: number; attended: number; reported: number } | null;
  };
  const lines: Line[] = [];
  for (const r of rows) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- r.kpi is the Kpi column the counts are grouped by
    const kpi = String(r.kpi) as Kpi;
    const yotCode = byYot ? String(r.code) : null;
    for (const [indicator, denominator, numerator] of (LINES as Partial<typeof LINES>)[kpi] ?? []) {
      const keyed = {
        cohort: Number(r[denominator]),
        met: Number(r[numerator]),
        cohortKey: Number(r[`${denominator}Key`]),
        metKey: Number(r[`${numerator}Key`]),
      };
      if (keyed.cohort === 0) continue;
      const counts = exact ? keyed : perturbCounts(keyed);
      const figure = {
        yotCode,
        kpi,
        kpiNumber: KPI_NUMBER[kpi],
        // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- a KpiCohort column the counts are grouped by
        cohort: String(r.cohort) as KpiCohort,
        // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- a KpiStage column the counts are grouped by
        stage: String(r.stage) as KpiStage,
        indicator,
        meanHoursOffered: null,
        meanHoursAttended: null,
      };
      const hours =
        kpi === Kpi.ETE && Number(r.hoursReported) > 0
          ? {
              offered: Number(r.hoursOffered),
              attended: Number(r.hoursAttended ?? 0),
              reported: Number(r.hoursReported),
            }
          : null;
      lines.push({
        key: [yotCode ?? '', figure.kpi, figure.cohort, figure.stage, indicator],
        cohort: counts.cohort,
        met: counts.met,
        figure,
        hours,
      });
    }
  }
  suppress(lines, threshold);
  const figures = lines.map((line): KpiFigure => {
    const f: KpiFigure = {
      ...line.figure,
      denominator: null,
      numerator: null,
      rate: null,
      denominatorPer1000: null,
      suppressed: line.suppressed!,
    };
    if (line.suppressed) return f;
    f.denominator = line.cohort;
    f.numerator = line.met;
    f.rate = line.cohort > 0 ? Math.round((line.met / line.cohort) * 10000) / 10000 : null;
    if (PER_1000.includes(f.kpi)) {
      const base = population(f.yotCode ? [f.yotCode] : scope.yotCodes);
      f.denominatorPer1000 = base ? Math.round((line.cohort / base) * 1000 * 100) / 100 : null;
    }
    if (line.hours) {
      // Hours are child-derived too: protected callers get whole hours, and only beside published counts.
      const round = (h: number) => (exact ? Math.round(h * 10) / 10 : Math.round(h));
      f.meanHoursOffered = round(line.hours.offered / line.hours.reported);
      f.meanHoursAttended = round(line.hours.attended / line.hours.reported);
    }
    return f;
  });
  figures.sort(byOrder);
  return { quarter: scope.quarter, perturbed: !exact, suppressionThreshold: threshold, figures };
}

/** The published order: YOT, KPI number, cohort, stage, indicator. */
function byOrder(a: KpiFigure, b: KpiFigure): number {
  return (
    (a.yotCode ?? '').localeCompare(b.yotCode ?? '') ||
    a.kpiNumber - b.kpiNumber ||
    ORDER.cohort.indexOf(a.cohort) - ORDER.cohort.indexOf(b.cohort) ||
    ORDER.stage.indexOf(a.stage) - ORDER.stage.indexOf(b.stage) ||
    ORDER.indicator.indexOf(a.indicator) - ORDER.indicator.indexOf(b.indicator)
  );
}

/** Child KPI figures with the KPI 7 (board attendance) figures put in their place. */
export function withBoard(figures: KpiFigures, board: KpiFigure[]): KpiFigures {
  return { ...figures, figures: [...figures.figures, ...board].sort(byOrder) };
}

/**
 * Exact KPI counts are for those who may see the child rows: administrators, and a YOT manager about its own
 * YOT alone (`yotIds` is just that YOT). Everyone else, and any figure over several YOTs for a manager, is protected.
 */
export function exactKpisAllowed(ctx: HubContext, yotIds: readonly number[] | null): boolean {
  const { role, yotId } = ctx.caller;
  if (role === Role.ADMIN) return true;
  return role === Role.YOT_MANAGER && yotId != null && yotIds?.length === 1 && yotIds[0] === yotId;
}
