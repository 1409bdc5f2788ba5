import { DataSource } from 'typeorm';
import { CELL_KEY_RANGE, MIN_PERTURBED_THRESHOLD } from '../../src/modules/coverage/disclosure/perturbation-table';
import { perturbCounts } from '../../src/modules/coverage/disclosure/protect';
import { outcomeRowKey } from '../../src/modules/coverage/disclosure/record-key';
import { Cell, suppress } from '../../src/modules/coverage/suppression';
import {
  RecordKpiObservationsDocument,
  RegisterChildWithCharacteristicsDocument,
  type KpiObservationInput,
} from '../generated/graphql';
import { globalId } from './ids';
import { TestHub } from './hub';

export const QUARTER = '2026-Q3';
export const BARNET = 'E09000003';
export const KNOWSLEY = 'E08000011';

type Observation = Omit<KpiObservationInput, 'childId' | 'period'> & { period?: string };

/**
 * Registers `count` children in a YOT through GraphQL and records, for each, the observations `of(i)` gives
 * (child i = 0…count − 1), all in one batch. Returns the children's ids.
 */
export async function addKpiChildren(
  hub: TestHub,
  yotCode: string,
  prefix: string,
  count: number,
  of: (i: number) => Observation[],
): Promise<string[]> {
  const yotId = await globalId(hub.dataSource, 'Yot', 'yot', `code = '${yotCode}'`);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { data, errors } = await hub.exec(RegisterChildWithCharacteristicsDocument, {
      input: {
        yotId,
        ref: `${prefix}-${String(i).padStart(3, '0')}`,
        ageBand: 'AGE_14_TO_15',
        sendStatus: 'SEN_SUPPORT',
        needs: [],
      },
    });
    if (errors) throw new Error(JSON.stringify(errors));
    ids.push(data!.registerChild!.child.id);
  }
  const observations = ids.flatMap((childId, i) => of(i).map((o) => ({ period: QUARTER, ...o, childId })));
  const { errors } = await hub.exec(RecordKpiObservationsDocument, { input: { observations } });
  if (errors) throw new Error(JSON.stringify(errors));
  return ids;
}

/** One stored observation with what its cell key comes from. */
interface StoredObservation {
  id: number;
  recordKey: number;
  yotCode: string;
  kpi: string;
  cohort: string;
  stage: string;
  flags: Record<string, boolean>;
}

/** The counts a KPI line takes, as predicates on the stored flags (the TypeScript twin of kpi-figures.sql.ts). */
const COUNT: Record<string, (f: Record<string, boolean>) => boolean> = {
  observed: () => true,
  met: (f) => f.met,
  identified: (f) => f.needIdentified,
  identifiedMet: (f) => f.needIdentified && f.met,
  identifiedPlan: (f) => f.needIdentified && f.formalPlan,
  identifiedMetPlan: (f) => f.needIdentified && f.met && f.formalPlan,
  identifiedOffered: (f) => f.needIdentified && f.supportOffered,
  identifiedAttending: (f) => f.needIdentified && f.attending,
};
const LINES: Record<string, [string, string, string][]> = {
  ACCOMMODATION: [['SUITABLE_ACCOMMODATION', 'observed', 'met']],
  ETE: [['SUITABLE_ETE', 'observed', 'met']],
  SEND_ALN: [
    ['SEND_ALN_IDENTIFIED', 'observed', 'identified'],
    ['SEND_ALN_IN_SUITABLE_ETE', 'identified', 'identifiedMet'],
    ['SEND_ALN_FORMAL_PLAN', 'identified', 'identifiedPlan'],
    ['SEND_ALN_COMPOSITE', 'identified', 'identifiedMetPlan'],
  ],
  MENTAL_HEALTH: [
    ['NEED_IDENTIFIED', 'observed', 'identified'],
    ['SUPPORT_OFFERED', 'identified', 'identifiedOffered'],
    ['ATTENDING', 'identified', 'identifiedAttending'],
  ],
  SUBSTANCE_MISUSE: [
    ['NEED_IDENTIFIED', 'observed', 'identified'],
    ['SUPPORT_OFFERED', 'identified', 'identifiedOffered'],
    ['ATTENDING', 'identified', 'identifiedAttending'],
  ],
  OUT_OF_COURT_DISPOSALS: [['KPI_MET', 'observed', 'met']],
  WIDER_SERVICES: [['KPI_MET', 'observed', 'met']],
  SERIOUS_VIOLENCE: [['KPI_MET', 'observed', 'met']],
  VICTIMS: [['KPI_MET', 'observed', 'met']],
};

/**
 * What a protected caller should see for the observations of `yotCodes` (per YOT when `byYot`): worked out in
 * TypeScript from plainly read rows (keys by outcomeRowKey, not SQL), perturbed and suppressed.
 */
export async function protectedOracle(dataSource: DataSource, yotCodes: string[], byYot: boolean, quarter = QUARTER) {
  const raw: Record<string, unknown>[] = await dataSource.query(
    `SELECT k.id, c."recordKey", y.code AS "yotCode", k.kpi, k.cohort, k.stage, k.met, k."needIdentified", k."supportOffered", k.attending, k."formalPlan"
       FROM kpi_observation k JOIN child c ON c.id = k."childId" JOIN yot y ON y.id = c."yotId" WHERE k.period = '${quarter}' ORDER BY k.id`,
  );
  const truthy = (v: unknown) => v === true || v === 1;
  const rows: StoredObservation[] = raw
    .map((r) => ({
      id: Number(r.id),
      recordKey: Number(r.recordKey),
      yotCode: String(r.yotCode),
      kpi: String(r.kpi),
      cohort: String(r.cohort),
      stage: String(r.stage),
      flags: Object.fromEntries(
        ['met', 'needIdentified', 'supportOffered', 'attending', 'formalPlan'].map((f) => [f, truthy(r[f])]),
      ),
    }))
    .filter((r) => yotCodes.includes(r.yotCode));
  const groups = new Map<string, StoredObservation[]>();
  for (const r of rows) {
    const key = JSON.stringify([byYot ? r.yotCode : '', r.kpi, r.cohort, r.stage]);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const cells: (Cell & { exact: { cohort: number; met: number } })[] = [];
  for (const [key, members] of groups) {
    const [yot, kpi, cohort, stage] = JSON.parse(key) as string[];
    const keyed = (count: string) => {
      const counted = members.filter((m) => COUNT[count](m.flags));
      return {
        n: counted.length,
        key: counted.reduce((sum, m) => (sum + outcomeRowKey(m.recordKey, m.id)) % CELL_KEY_RANGE, 0),
      };
    };
    for (const [indicator, d, n] of LINES[kpi]) {
      const den = keyed(d);
      const num = keyed(n);
      if (den.n === 0) continue;
      const published = perturbCounts({ cohort: den.n, met: num.n, cohortKey: den.key, metKey: num.key });
      cells.push({ key: [yot, kpi, cohort, stage, indicator], ...published, exact: { cohort: den.n, met: num.n } });
    }
  }
  return suppress(cells, Math.max(5, MIN_PERTURBED_THRESHOLD));
}
