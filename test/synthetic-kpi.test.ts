import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kpi } from '../src/modules/kpi/kpi.enums';
import { kpiObservationProblem } from '../src/modules/kpi/kpi.rules';
import { loadSynthetic, planYots } from '../src/seed/synthetic/national';
import { PER_YOT } from '../src/seed/synthetic/shapes';
import { CharacteristicSummaryDocument, KpiFiguresDocument, YotKpiComparisonDocument } from './generated/graphql';
import { ANALYST, startTestHub, TestHub } from './support/hub';

const SCALE = 0.1; // 16 YOTs: two English families and one Welsh.
const SYNTHETIC = `y.code LIKE '_99%'`;

describe('the synthetic national dataset: KPIs, characteristics, populations and families', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await loadSynthetic(hub.dataSource, { scale: SCALE, seed: 7 });
  }, 180_000);
  afterAll(() => hub.close());

  const plans = () => planYots(SCALE, 7);
  const truthy = (v: unknown) => (v === null ? null : v === true || v === 1);

  it('gives every synthetic child observations the KPI rules accept, for KPIs 1-6 and 8-10', async () => {
    const rows: Record<string, unknown>[] = await hub.dataSource.query(
      `SELECT k.kpi, k.cohort, k.stage, k.met, k."needIdentified", k."supportOffered", k.attending, k."formalPlan", k."hoursOffered", k."hoursAttended"
         FROM kpi_observation k JOIN child c ON c.id = k."childId" JOIN yot y ON y.id = c."yotId" WHERE ${SYNTHETIC}`,
    );
    const problems = rows
      .map((r) =>
        kpiObservationProblem({
          ...r,
          met: truthy(r.met),
          needIdentified: truthy(r.needIdentified),
          supportOffered: truthy(r.supportOffered),
          attending: truthy(r.attending),
          formalPlan: truthy(r.formalPlan),
          hoursOffered: r.hoursOffered == null ? null : Number(r.hoursOffered),
          hoursAttended: r.hoursAttended == null ? null : Number(r.hoursAttended),
        } as never),
      )
      .filter(Boolean);
    expect(problems).toEqual([]);
    expect(new Set(rows.map((r) => r.kpi))).toEqual(
      new Set(Object.values(Kpi).filter((k) => k !== Kpi.MANAGEMENT_BOARD_ATTENDANCE)),
    );
    // Every child is observed for KPI 1 at the start of its intervention.
    const starts = await hub.dataSource.query(
      `SELECT COUNT(*) AS n FROM kpi_observation k JOIN child c ON c.id = k."childId" JOIN yot y ON y.id = c."yotId" WHERE ${SYNTHETIC} AND k.kpi = 'ACCOMMODATION' AND k.stage = 'START'`,
    );
    expect(Number(starts[0].n)).toBe(plans().length * PER_YOT.children);
  });

  it('gives every synthetic YOT a labelled population and a family of its own nation', async () => {
    const rows: { code: string; nation: string; source: string; family: string }[] = await hub.dataSource.query(
      `SELECT y.code, y.nation, p.source, g.code AS family FROM yot y JOIN yot_population p ON p."yotId" = y.id
         JOIN comparator_group_member m ON m."yotId" = y.id JOIN comparator_group g ON g.id = m."groupId" WHERE ${SYNTHETIC} ORDER BY y.code`,
    );
    expect(rows.map((r) => r.code)).toEqual(
      plans()
        .map((p) => p.code)
        .sort(),
    );
    for (const r of rows) {
      expect(r.source).toMatch(/^Synthetic figure/);
      expect(r.family.startsWith(r.nation === 'WALES' ? 'SYN-W' : 'SYN-E')).toBe(true);
    }
    // The seeded YOTs get nothing invented: no population, family or KPI observation.
    expect(
      await hub.dataSource.query(
        `SELECT y.code FROM yot y JOIN yot_population p ON p."yotId" = y.id WHERE NOT ${SYNTHETIC}`,
      ),
    ).toEqual([]);
    expect(
      await hub.dataSource.query(
        `SELECT y.code FROM yot y JOIN comparator_group_member m ON m."yotId" = y.id WHERE NOT ${SYNTHETIC}`,
      ),
    ).toEqual([]);
  });

  it('adds nothing when run again', async () => {
    const count = async () =>
      (
        await hub.dataSource.query(
          `SELECT (SELECT COUNT(*) FROM kpi_observation) AS k, (SELECT COUNT(*) FROM comparator_group_member) AS m, (SELECT COUNT(*) FROM yot_population) AS p`,
        )
      )[0];
    const before = await count();
    await loadSynthetic(hub.dataSource, { scale: SCALE, seed: 7 });
    expect(await count()).toEqual(before);
  });

  it('is served by the KPI views: figures, a comparison and characteristic breakdowns', async () => {
    const quarter = '2026-Q3';
    const national = await hub.exec(KpiFiguresDocument, { filter: { quarter, byYot: false } }, ANALYST);
    expect(national.errors).toBeUndefined();
    const attending = national.data!.kpiFigures!.figures.find(
      (f) =>
        f.kpi === 'MENTAL_HEALTH' && f.cohort === 'COMMUNITY' && f.stage === 'START' && f.indicator === 'ATTENDING',
    )!;
    expect(attending.suppressed).toBe(false);
    expect(attending.rate!).toBeGreaterThan(0.2);
    expect(attending.rate!).toBeLessThan(0.8);
    const code = plans()[0].code;
    const comparison = await hub.exec(YotKpiComparisonDocument, { code, quarter }, ANALYST);
    expect(comparison.errors).toBeUndefined();
    const c = comparison.data!.yot!.kpiComparison!;
    expect(c.familySize).toBeGreaterThan(1);
    expect(c.family!.figures.find((f) => f.kpi === 'OUT_OF_COURT_DISPOSALS')?.denominatorPer1000).toBeGreaterThan(0);
    const byEthnicity = await hub.exec(
      CharacteristicSummaryDocument,
      { groupBy: ['ETHNICITY'], filter: { yotCodes: plans().map((p) => p.code) } },
      ANALYST,
    );
    expect(byEthnicity.data!.outcomeSummary!.rows.map((r) => r.ethnicity)).toEqual([
      'ASIAN',
      'BLACK',
      'MIXED',
      'NOT_KNOWN',
      'NOT_RECORDED',
      'OTHER',
      'WHITE',
    ]);
  });
});
