import {
  CareStatus,
  Ethnicity,
  ExclusionStatus,
  NeedStatus,
  NeurodevelopmentalNeed,
  Sex,
} from '../../modules/child/characteristics.enums';
import { FORMAL_PLAN_STATUSES, SendStatus } from '../../modules/child/child.enums';
import { Kpi, KpiCohort, KpiStage } from '../../modules/kpi/kpi.enums';
import { BulkWriter } from './bulk-writer';
import { Random } from './random';
import { quarters } from './shapes';
import type { NationalContext, YotPlan } from './synthetic-yot';

/**
 * Synthetic characteristics, KPI observations and 10–17 populations. Each comes from its own random stream
 * (`Random.derive(seed, yot, stream)`), so adding them left every other synthetic row as it was. The shares
 * below are the generator's own rough shapes for realistic-looking test data, not published statistics.
 */
const CHARACTERISTICS_STREAM = 0x636872;
const KPI_STREAM = 0x6b7069;
const POPULATION_STREAM = 0x706f70;

const ETHNICITIES: readonly [Ethnicity | null, number][] = [
  [Ethnicity.WHITE, 66],
  [Ethnicity.BLACK, 12],
  [Ethnicity.MIXED, 9],
  [Ethnicity.ASIAN, 6],
  [Ethnicity.OTHER, 2],
  [Ethnicity.NOT_KNOWN, 3],
  [null, 2],
];
const SEXES: readonly [Sex | null, number][] = [
  [Sex.MALE, 84],
  [Sex.FEMALE, 15],
  [null, 1],
];
const CARE: readonly [CareStatus | null, number][] = [
  [CareStatus.NONE, 55],
  [CareStatus.EARLY_HELP, 10],
  [CareStatus.CHILD_IN_NEED, 14],
  [CareStatus.CHILD_PROTECTION, 6],
  [CareStatus.LOOKED_AFTER, 13],
  [null, 2],
];
const EXCLUSION: readonly [ExclusionStatus | null, number][] = [
  [ExclusionStatus.NONE, 50],
  [ExclusionStatus.SUSPENDED, 30],
  [ExclusionStatus.PERMANENTLY_EXCLUDED, 12],
  [ExclusionStatus.NOT_KNOWN, 5],
  [null, 3],
];
const SLCN: readonly [NeedStatus | null, number][] = [
  [NeedStatus.IDENTIFIED, 35],
  [NeedStatus.SUSPECTED, 15],
  [NeedStatus.NONE, 35],
  [NeedStatus.NOT_KNOWN, 12],
  [null, 3],
];

/** The characteristic columns of `child`, in the order `characteristicsOf` returns them. */
export const CHARACTERISTIC_COLUMNS = [
  'ethnicity',
  'sex',
  'careStatus',
  'exclusion',
  'alternativeProvision',
  'slcn',
  'neurodevelopmentalNeeds',
] as const;

/** A random stream of characteristics for one YOT's children. */
export function characteristicsStream(national: NationalContext, plan: YotPlan): Random {
  return Random.derive(national.seed, plan.index, CHARACTERISTICS_STREAM);
}

/** One child's characteristic cells (booleans through `w.bool`). */
export function characteristicsOf(w: BulkWriter, rnd: Random): unknown[] {
  const exclusion = rnd.weighted(EXCLUSION);
  const alternative =
    exclusion === null ? null : rnd.chance(exclusion === ExclusionStatus.PERMANENTLY_EXCLUDED ? 0.7 : 0.08);
  const nd = rnd.chance(0.03)
    ? null
    : rnd
        .sample(
          Object.values(NeurodevelopmentalNeed),
          rnd.weighted([
            [0, 60],
            [1, 30],
            [2, 10],
          ] as const),
        )
        .sort();
  return [
    rnd.weighted(ETHNICITIES),
    rnd.weighted(SEXES),
    rnd.weighted(CARE),
    exclusion,
    alternative === null ? null : w.bool(alternative),
    rnd.weighted(SLCN),
    nd === null ? null : JSON.stringify(nd),
  ];
}

/**
 * KPI observations for a YOT's children: each child is in one cohort (community or released from custody)
 * in one of the last four quarters, observed for KPIs 1–5 at the start and (mostly) the end, with the funnel
 * of 4 and 5 kept consistent (attending only with support offered), KPI 3 following the child's SEND status,
 * and some children counted for KPIs 6, 8, 9 and 10.
 */
export async function writeKpiObservations(
  w: BulkWriter,
  national: NationalContext,
  plan: YotPlan,
  children: { id: number; sendStatus: string }[],
): Promise<void> {
  const rnd = Random.derive(national.seed, plan.index, KPI_STREAM);
  const recent = quarters(national.anchor).slice(-4);
  const yotEffect = rnd.next() * 0.16 - 0.08;
  const p = (base: number) => Math.min(0.98, Math.max(0.02, base + yotEffect));
  const rows: unknown[][] = [];
  const add = (
    childId: number,
    kpi: Kpi,
    period: string,
    cohort: KpiCohort,
    stage: KpiStage,
    f: Partial<Record<'met' | 'needIdentified' | 'supportOffered' | 'attending' | 'formalPlan', boolean>> & {
      hoursOffered?: number;
      hoursAttended?: number;
    } = {},
  ) =>
    rows.push([
      childId,
      kpi,
      period,
      cohort,
      stage,
      ...(['met', 'needIdentified', 'supportOffered', 'attending', 'formalPlan'] as const).map((k) =>
        f[k] === undefined ? null : w.bool(f[k]),
      ),
      f.hoursOffered ?? null,
      f.hoursAttended ?? null,
    ]);
  for (const child of children) {
    const period = rnd.pick(recent);
    const cohort = rnd.chance(0.1) ? KpiCohort.RELEASED_FROM_CUSTODY : KpiCohort.COMMUNITY;
    const custody = cohort === KpiCohort.RELEASED_FROM_CUSTODY ? -0.15 : 0;
    const identifiedSend = !([SendStatus.NONE, SendStatus.UNKNOWN] as string[]).includes(child.sendStatus);
    const formalPlan = (FORMAL_PLAN_STATUSES as readonly string[]).includes(child.sendStatus);
    const mentalHealth = rnd.chance(0.4);
    const substance = rnd.chance(0.3);
    for (const stage of rnd.chance(0.7) ? [KpiStage.START, KpiStage.END] : [KpiStage.START]) {
      const better = stage === KpiStage.END ? 0.05 : 0;
      add(child.id, Kpi.ACCOMMODATION, period, cohort, stage, { met: rnd.chance(p(0.9 + custody + better)) });
      const offered = rnd.pick([0, 5, 10, 15, 20, 25]);
      const inEte = rnd.chance(p(0.6 + custody + better));
      add(child.id, Kpi.ETE, period, cohort, stage, {
        met: inEte,
        hoursOffered: offered,
        hoursAttended: Math.round(offered * rnd.next()),
      });
      add(
        child.id,
        Kpi.SEND_ALN,
        period,
        cohort,
        stage,
        identifiedSend
          ? {
              needIdentified: true,
              met: rnd.chance(p(0.55 + custody + better)),
              formalPlan: formalPlan || rnd.chance(0.2),
            }
          : { needIdentified: false },
      );
      for (const [kpi, need] of [
        [Kpi.MENTAL_HEALTH, mentalHealth],
        [Kpi.SUBSTANCE_MISUSE, substance],
      ] as const) {
        const supportOffered = need && rnd.chance(p(0.8));
        add(
          child.id,
          kpi,
          period,
          cohort,
          stage,
          need
            ? { needIdentified: true, supportOffered, attending: supportOffered && rnd.chance(p(0.6 + better)) }
            : { needIdentified: false },
        );
      }
    }
    for (const [kpi, share, met] of [
      [Kpi.OUT_OF_COURT_DISPOSALS, 0.3, 0.8],
      [Kpi.WIDER_SERVICES, 0.5, 0.7],
      [Kpi.SERIOUS_VIOLENCE, 0.08, 0.5],
      [Kpi.VICTIMS, 0.2, 0.6],
    ] as const) {
      if (rnd.chance(share))
        add(child.id, kpi, period, KpiCohort.ALL_CHILDREN, KpiStage.IN_QUARTER, { met: rnd.chance(p(met)) });
    }
  }
  await w.insert(
    'kpi_observation',
    [
      'childId',
      'kpi',
      'period',
      'cohort',
      'stage',
      'met',
      'needIdentified',
      'supportOffered',
      'attending',
      'formalPlan',
      'hoursOffered',
      'hoursAttended',
    ],
    rows,
  );
}

/** The YOT's 10–17 population for the year before the anchor, labelled as synthetic. */
export async function writePopulation(
  w: BulkWriter,
  national: NationalContext,
  plan: YotPlan,
  yotId: number,
): Promise<void> {
  const rnd = Random.derive(national.seed, plan.index, POPULATION_STREAM);
  const year = Number(national.anchor.slice(0, 4)) - 1;
  await w.insert(
    'yot_population',
    ['yotId', 'year', 'population10To17', 'source'],
    [[yotId, year, rnd.int(8_000, 60_000), 'Synthetic figure (npm run seed:synthetic); not an ONS estimate.']],
  );
}

/** Synthetic comparator families: about ten YOTs each, of the same nation, by a synthetic similarity score. */
export function planFamilies(
  plans: readonly YotPlan[],
  seed: number,
): { code: string; name: string; members: string[] }[] {
  const rnd = Random.derive(seed, 0xfa111e);
  const families: { code: string; name: string; members: string[] }[] = [];
  for (const nation of ['ENGLAND', 'WALES'] as const) {
    const scored = plans
      .filter((p) => p.nation === nation)
      .map((p) => ({ code: p.code, score: rnd.next() }))
      .sort((a, b) => a.score - b.score);
    const count = Math.max(1, Math.round(scored.length / 10));
    for (let f = 0; f < count && scored.length; f++) {
      const members = scored
        .slice(Math.floor((f * scored.length) / count), Math.floor(((f + 1) * scored.length) / count))
        .map((s) => s.code);
      const code = `SYN-${nation === 'WALES' ? 'W' : 'E'}${String(f + 1).padStart(2, '0')}`;
      families.push({ code, name: `Synthetic family ${code.slice(4)}`, members });
    }
  }
  return families;
}
