import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/modules/auth/roles';
import {
  AddBoardMemberDocument,
  ChildKpiObservationsDocument,
  ComparatorGroupsDocument,
  CreateBoardDocument,
  RecordBoardMeetingDocument,
  KpiFiguresDocument,
  RecordKpiObservationsDocument,
  SetComparatorGroupDocument,
  SetYotPopulationDocument,
  YotKpiComparisonDocument,
  YotKpisDocument,
  YotsKpiRecordsDocument,
  YotsKpisDocument,
  type KpiFiguresFieldsFragment,
} from './generated/graphql';
import { addCoverageFixture, FIXTURE_CODE } from './support/coverage-fixture';
import { expectError } from './support/expect';
import { globalId } from './support/ids';
import { ANALYST, startTestHub, TestHub } from './support/hub';
import { addKpiChildren, BARNET, KNOWSLEY, protectedOracle, QUARTER } from './support/kpi-fixture';

type Figure = KpiFiguresFieldsFragment['figures'][number];
const EMPTY = {
  yotCode: null,
  denominatorPer1000: null,
  meanHoursOffered: null,
  meanHoursAttended: null,
  suppressed: false,
};
const line = (
  kpi: string,
  kpiNumber: number,
  cohort: string,
  stage: string,
  indicator: string,
  denominator: number,
  numerator: number,
  extra: Partial<Figure> = {},
): Figure =>
  ({
    ...EMPTY,
    kpi,
    kpiNumber,
    cohort,
    stage,
    indicator,
    denominator,
    numerator,
    rate: Math.round((numerator / denominator) * 10000) / 10000,
    ...extra,
  }) as Figure;

// Fixtureshire, 2026-Q3, 24 children (i = 0…23), worked by hand:
// KPI 1 community start: suitable i < 20 → 20/24; community end: i < 22 → 22/24; released from custody end: children 0, 1 → 2/2.
// KPI 2 community end: suitable i < 18 → 18/24; hours offered 25 each; attended 20 (i < 12) or 10 → means 25 and 15.
// KPI 3 community end: SEND/ALN identified i < 16 → 16/24; of those in suitable ETE i < 12 → 12/16; formal plan 4 ≤ i < 16 → 12/16;
//   composite (both) 4 ≤ i < 12 → 8/16.
// KPI 4 community start: need identified i < 20 → 20/24; offered i < 15 → 15/20; attending i < 9 → 9/20 (denominator: identified, not offered).
// KPI 6: children 0…9 → 10, met i < 7 → 7/10; population 20,000 → 10 / 20,000 × 1,000 = 0.5 per 1,000.
function fixtureshire(i: number) {
  const identified = i < 16;
  const mh = i < 20;
  return [
    { kpi: 'ACCOMMODATION', cohort: 'COMMUNITY', stage: 'START', met: i < 20 },
    { kpi: 'ACCOMMODATION', cohort: 'COMMUNITY', stage: 'END', met: i < 22 },
    ...(i < 2 ? [{ kpi: 'ACCOMMODATION', cohort: 'RELEASED_FROM_CUSTODY', stage: 'END', met: true }] : []),
    { kpi: 'ETE', cohort: 'COMMUNITY', stage: 'END', met: i < 18, hoursOffered: 25, hoursAttended: i < 12 ? 20 : 10 },
    {
      kpi: 'SEND_ALN',
      cohort: 'COMMUNITY',
      stage: 'END',
      needIdentified: identified,
      ...(identified ? { met: i < 12, formalPlan: i >= 4 } : {}),
    },
    {
      kpi: 'MENTAL_HEALTH',
      cohort: 'COMMUNITY',
      stage: 'START',
      needIdentified: mh,
      ...(mh ? { supportOffered: i < 15, attending: i < 9 } : {}),
    },
    ...(i < 10 ? [{ kpi: 'OUT_OF_COURT_DISPOSALS', cohort: 'ALL_CHILDREN', stage: 'IN_QUARTER', met: i < 7 }] : []),
  ] as never[];
}
// Barnet, 12 children: KPI 1 community start, suitable i < 9 → 9/12; KPI 6 children 0…5 → 6, met i < 3; population 30,000.
function barnet(i: number) {
  return [
    { kpi: 'ACCOMMODATION', cohort: 'COMMUNITY', stage: 'START', met: i < 9 },
    ...(i < 6 ? [{ kpi: 'OUT_OF_COURT_DISPOSALS', cohort: 'ALL_CHILDREN', stage: 'IN_QUARTER', met: i < 3 }] : []),
  ] as never[];
}

const FIXTURESHIRE_EXACT: Figure[] = [
  line('ACCOMMODATION', 1, 'COMMUNITY', 'START', 'SUITABLE_ACCOMMODATION', 24, 20),
  line('ACCOMMODATION', 1, 'COMMUNITY', 'END', 'SUITABLE_ACCOMMODATION', 24, 22),
  line('ACCOMMODATION', 1, 'RELEASED_FROM_CUSTODY', 'END', 'SUITABLE_ACCOMMODATION', 2, 2),
  line('ETE', 2, 'COMMUNITY', 'END', 'SUITABLE_ETE', 24, 18, { meanHoursOffered: 25, meanHoursAttended: 15 }),
  line('SEND_ALN', 3, 'COMMUNITY', 'END', 'SEND_ALN_IDENTIFIED', 24, 16),
  line('SEND_ALN', 3, 'COMMUNITY', 'END', 'SEND_ALN_IN_SUITABLE_ETE', 16, 12),
  line('SEND_ALN', 3, 'COMMUNITY', 'END', 'SEND_ALN_FORMAL_PLAN', 16, 12),
  line('SEND_ALN', 3, 'COMMUNITY', 'END', 'SEND_ALN_COMPOSITE', 16, 8),
  line('MENTAL_HEALTH', 4, 'COMMUNITY', 'START', 'NEED_IDENTIFIED', 24, 20),
  line('MENTAL_HEALTH', 4, 'COMMUNITY', 'START', 'SUPPORT_OFFERED', 20, 15),
  line('MENTAL_HEALTH', 4, 'COMMUNITY', 'START', 'ATTENDING', 20, 9),
  line('OUT_OF_COURT_DISPOSALS', 6, 'ALL_CHILDREN', 'IN_QUARTER', 'KPI_MET', 10, 7, { denominatorPer1000: 0.5 }),
];

describe('KPIs 1-10 through GraphQL', () => {
  let hub: TestHub;
  let children: string[];
  beforeAll(async () => {
    hub = await startTestHub();
    await addCoverageFixture(hub.dataSource);
    children = await addKpiChildren(hub, FIXTURE_CODE, 'FX', 24, fixtureshire);
    await addKpiChildren(hub, BARNET, 'BA', 12, barnet);
    const yot = (code: string) => globalId(hub.dataSource, 'Yot', 'yot', `code = '${code}'`);
    for (const [code, population] of [
      [FIXTURE_CODE, 20000],
      [BARNET, 30000],
    ] as const) {
      const { errors } = await hub.exec(SetYotPopulationDocument, {
        input: { yotId: await yot(code), year: 2025, population10To17: population, source: 'test figure' },
      });
      expect(errors).toBeUndefined();
    }
    const { errors } = await hub.exec(SetComparatorGroupDocument, {
      input: { code: 'FAMILY-T', name: 'Test family', yotIds: [await yot(FIXTURE_CODE), await yot(BARNET)] },
    });
    expect(errors).toBeUndefined();
  });
  afterAll(() => hub.close());

  it('gives administrators the hand-worked figures of a YOT, with funnel denominators of those identified', async () => {
    const { data, errors } = await hub.exec(YotKpisDocument, { code: FIXTURE_CODE, quarter: QUARTER });
    expect(errors).toBeUndefined();
    expect(data!.yot!.kpis).toEqual({
      quarter: QUARTER,
      perturbed: false,
      suppressionThreshold: 0,
      figures: FIXTURESHIRE_EXACT,
    });
  });

  it('stores each observation with only the flags its KPI uses', async () => {
    const { data } = await hub.exec(ChildKpiObservationsDocument, { id: children[20] });
    expect(data!.node).toEqual({
      ref: 'FX-020',
      kpiObservations: [
        {
          kpi: 'ACCOMMODATION',
          period: QUARTER,
          cohort: 'COMMUNITY',
          stage: 'END',
          met: true,
          needIdentified: null,
          supportOffered: null,
          attending: null,
          formalPlan: null,
          hoursOffered: null,
          hoursAttended: null,
        },
        {
          kpi: 'ACCOMMODATION',
          period: QUARTER,
          cohort: 'COMMUNITY',
          stage: 'START',
          met: false,
          needIdentified: null,
          supportOffered: null,
          attending: null,
          formalPlan: null,
          hoursOffered: null,
          hoursAttended: null,
        },
        {
          kpi: 'ETE',
          period: QUARTER,
          cohort: 'COMMUNITY',
          stage: 'END',
          met: false,
          needIdentified: null,
          supportOffered: null,
          attending: null,
          formalPlan: null,
          hoursOffered: 25,
          hoursAttended: 10,
        },
        {
          kpi: 'MENTAL_HEALTH',
          period: QUARTER,
          cohort: 'COMMUNITY',
          stage: 'START',
          met: null,
          needIdentified: false,
          supportOffered: null,
          attending: null,
          formalPlan: null,
          hoursOffered: null,
          hoursAttended: null,
        },
        {
          kpi: 'SEND_ALN',
          period: QUARTER,
          cohort: 'COMMUNITY',
          stage: 'END',
          met: null,
          needIdentified: false,
          supportOffered: null,
          attending: null,
          formalPlan: null,
          hoursOffered: null,
          hoursAttended: null,
        },
      ],
    });
  });

  it('protects every count for an analyst: perturbed by the cell keys, small counts withheld, never the exact small figure', async () => {
    const { data, errors } = await hub.exec(YotKpisDocument, { code: FIXTURE_CODE, quarter: QUARTER }, ANALYST);
    expect(errors).toBeUndefined();
    const published = data!.yot!.kpis!;
    expect(published).toMatchObject({ perturbed: true, suppressionThreshold: 5 });
    const expected = await protectedOracle(hub.dataSource, [FIXTURE_CODE], false);
    const byKey = new Map(expected.map((c) => [JSON.stringify(c.key.slice(1)), c]));
    expect(published.figures).toHaveLength(FIXTURESHIRE_EXACT.length);
    for (const f of published.figures) {
      const cell = byKey.get(JSON.stringify([f.kpi, f.cohort, f.stage, f.indicator]))!;
      expect(f.suppressed).toBe(cell.suppressed);
      if (cell.suppressed) {
        expect([f.denominator, f.numerator, f.rate, f.denominatorPer1000, f.meanHoursOffered]).toEqual([
          null,
          null,
          null,
          null,
          null,
        ]);
        continue;
      }
      expect([f.denominator, f.numerator]).toEqual([cell.cohort, cell.met]);
      expect(Math.abs(f.denominator! - cell.exact.cohort)).toBeLessThanOrEqual(2);
      expect(Math.abs(f.numerator! - cell.exact.met)).toBeLessThanOrEqual(2);
    }
    // The two children released from custody (2 of 2): withheld, never published as 2.
    expect(published.figures.find((f) => f.cohort === 'RELEASED_FROM_CUSTODY')).toMatchObject({
      suppressed: true,
      denominator: null,
      numerator: null,
    });
    // No published count is a small one.
    for (const f of published.figures.filter((x) => !x.suppressed))
      for (const n of [f.denominator!, f.numerator!, f.denominator! - f.numerator!])
        expect(n === 0 || n > 5).toBe(true);
    // Asking again, or through the root field, gives the same protected figures.
    const again = await hub.exec(
      KpiFiguresDocument,
      { filter: { quarter: QUARTER, yotCodes: [FIXTURE_CODE] } },
      ANALYST,
    );
    expect(again.data!.kpiFigures!.figures.map((f) => [f.indicator, f.denominator, f.numerator])).toEqual(
      published.figures.map((f) => [f.indicator, f.denominator, f.numerator]),
    );
  });

  it('gives a YOT manager exact figures for its own YOT only', async () => {
    const fixtureshireId = (await hub.dataSource.query(`SELECT id FROM yot WHERE code = '${FIXTURE_CODE}'`))[0].id;
    const barnetId = (await hub.dataSource.query(`SELECT id FROM yot WHERE code = '${BARNET}'`))[0].id;
    const own = { name: 'fixtureshire manager', role: Role.YOT_MANAGER, yotId: Number(fixtureshireId), agencyId: null };
    const other = { name: 'barnet manager', role: Role.YOT_MANAGER, yotId: Number(barnetId), agencyId: null };
    expect(
      (await hub.exec(YotKpisDocument, { code: FIXTURE_CODE, quarter: QUARTER }, own)).data!.yot!.kpis!.figures,
    ).toEqual(FIXTURESHIRE_EXACT);
    expect(
      (await hub.exec(YotKpisDocument, { code: FIXTURE_CODE, quarter: QUARTER }, other)).data!.yot!.kpis!.perturbed,
    ).toBe(true);
  });

  it('counts the KPIs of a page of YOTs in one statement, with the same figures as one YOT alone', async () => {
    // Two quarters no request has counted yet, so neither answer comes from the view cache.
    const one = await hub.count(YotsKpisDocument, { first: 1, quarter: '2025-Q1' });
    const three = await hub.count(YotsKpisDocument, { first: 3, quarter: '2025-Q2' });
    expect(three.result.errors).toBeUndefined();
    expect(three.result.data!.yots.nodes).toHaveLength(3);
    expect(three.statements).toBe(one.statements);
    const page = await hub.exec(YotsKpisDocument, { first: 3, quarter: QUARTER });
    const fixtureshire = page.data!.yots.nodes.find((y) => y.code === FIXTURE_CODE)!;
    expect(fixtureshire.kpis!.figures).toEqual(
      FIXTURESHIRE_EXACT.map((f) => ({ indicator: f.indicator, denominator: f.denominator })),
    );
  });

  it('lists the observations behind a figure for a page of YOTs in the same statements as for one', async () => {
    const line = {
      quarter: QUARTER,
      kpi: 'ACCOMMODATION',
      cohort: 'COMMUNITY',
      stage: 'START',
      indicator: 'SUITABLE_ACCOMMODATION',
    } as const;
    const one = await hub.count(YotsKpiRecordsDocument, { first: 1, ...line, part: 'DENOMINATOR' });
    const three = await hub.count(YotsKpiRecordsDocument, { first: 3, ...line, part: 'DENOMINATOR' });
    expect(three.result.errors).toBeUndefined();
    expect(three.statements).toBe(one.statements);
    const records = (part: 'NUMERATOR' | 'DENOMINATOR') =>
      hub
        .exec(YotsKpiRecordsDocument, { first: 3, ...line, part })
        .then(({ data }) => data!.yots.nodes.find((y) => y.code === FIXTURE_CODE)!.kpiRecords!);
    // Fixtureshire's figure for this line: 20 of 24 (FIXTURESHIRE_EXACT).
    expect(await records('DENOMINATOR')).toMatchObject({ totalCount: 24 });
    expect((await records('DENOMINATOR')).nodes).toHaveLength(24);
    expect((await records('NUMERATOR')).nodes).toHaveLength(20);
  });

  it('lists figures per YOT from the root field, filtered by KPI', async () => {
    const { data } = await hub.exec(KpiFiguresDocument, {
      filter: { quarter: QUARTER, kpis: ['ACCOMMODATION'], yotCodes: [BARNET, FIXTURE_CODE] },
    });
    expect(data!.kpiFigures!.figures.map((f) => [f.yotCode, f.cohort, f.stage, f.denominator, f.numerator])).toEqual(
      [
        [FIXTURE_CODE, 'COMMUNITY', 'START', 24, 20],
        [FIXTURE_CODE, 'COMMUNITY', 'END', 24, 22],
        [FIXTURE_CODE, 'RELEASED_FROM_CUSTODY', 'END', 2, 2],
        [BARNET, 'COMMUNITY', 'START', 12, 9],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it('compares a YOT with its family, region and nation in one query', async () => {
    const { data, errors } = await hub.exec(YotKpiComparisonDocument, { code: FIXTURE_CODE, quarter: QUARTER });
    expect(errors).toBeUndefined();
    const yot = data!.yot!;
    expect(yot.comparatorGroup).toEqual({ code: 'FAMILY-T', name: 'Test family' });
    expect(yot.populations).toEqual([{ year: 2025, population10To17: 20000, source: 'test figure' }]);
    const c = yot.kpiComparison!;
    expect(c).toMatchObject({
      quarter: QUARTER,
      familySize: 2,
      region: 'Test Region',
      nation: 'ENGLAND',
      comparatorGroup: {
        code: 'FAMILY-T',
        members: expect.arrayContaining([{ code: FIXTURE_CODE }, { code: BARNET }]),
      },
    });
    expect(c.yot.figures).toEqual(FIXTURESHIRE_EXACT);
    const pick = (figures: Figure[], indicator: string, cohort = 'COMMUNITY', stage = 'START') =>
      figures.find((f) => f.indicator === indicator && f.cohort === cohort && f.stage === stage);
    // Family = Fixtureshire + Barnet: accommodation at start 20 + 9 of 24 + 12; out-of-court (10 + 6) per 1,000 of 50,000 = 0.32.
    expect(pick(c.family!.figures, 'SUITABLE_ACCOMMODATION')).toEqual(
      line('ACCOMMODATION', 1, 'COMMUNITY', 'START', 'SUITABLE_ACCOMMODATION', 36, 29),
    );
    expect(pick(c.family!.figures, 'KPI_MET', 'ALL_CHILDREN', 'IN_QUARTER')).toEqual(
      line('OUT_OF_COURT_DISPOSALS', 6, 'ALL_CHILDREN', 'IN_QUARTER', 'KPI_MET', 16, 10, { denominatorPer1000: 0.32 }),
    );
    // Region: Fixtureshire alone.
    expect(c.regionFigures.figures).toEqual(FIXTURESHIRE_EXACT);
    // Nation: every English YOT; Knowsley has no population, so no rate per 1,000 (a partial base would overstate it).
    expect(pick(c.nationFigures.figures, 'KPI_MET', 'ALL_CHILDREN', 'IN_QUARTER')).toMatchObject({
      denominator: 16,
      numerator: 10,
      denominatorPer1000: null,
    });
  });

  it('protects every area of a comparison for an analyst', async () => {
    const { data } = await hub.exec(YotKpiComparisonDocument, { code: FIXTURE_CODE, quarter: QUARTER }, ANALYST);
    const c = data!.yot!.kpiComparison!;
    for (const area of [c.yot, c.family!, c.regionFigures, c.nationFigures])
      expect(area).toMatchObject({ perturbed: true, suppressionThreshold: 5 });
    const family = await protectedOracle(hub.dataSource, [FIXTURE_CODE, BARNET], false);
    expect(
      c.family!.figures.map((f) => [f.indicator, f.cohort, f.stage, f.suppressed, f.denominator, f.numerator]),
    ).toEqual(
      c.family!.figures.map((f) => {
        const cell = family.find(
          (x) => JSON.stringify(x.key.slice(1)) === JSON.stringify([f.kpi, f.cohort, f.stage, f.indicator]),
        )!;
        return [
          f.indicator,
          f.cohort,
          f.stage,
          cell.suppressed,
          cell.suppressed ? null : cell.cohort,
          cell.suppressed ? null : cell.met,
        ];
      }),
    );
  });

  it('refuses a batch with one bad row and writes nothing, naming every bad row', async () => {
    const child = children[0];
    const good = {
      childId: child,
      kpi: 'ACCOMMODATION',
      period: '2026-Q4',
      cohort: 'COMMUNITY',
      stage: 'START',
      met: true,
    };
    const { data, errors } = await hub.exec(RecordKpiObservationsDocument, {
      input: {
        observations: [
          good,
          {
            childId: child,
            kpi: 'MANAGEMENT_BOARD_ATTENDANCE',
            period: '2026-Q4',
            cohort: 'ALL_CHILDREN',
            stage: 'IN_QUARTER',
            met: true,
          },
          {
            childId: child,
            kpi: 'ACCOMMODATION',
            period: '2026-Q4',
            cohort: 'ALL_CHILDREN',
            stage: 'START',
            met: true,
          },
          {
            childId: child,
            kpi: 'MENTAL_HEALTH',
            period: '2026-Q4',
            cohort: 'COMMUNITY',
            stage: 'START',
            needIdentified: true,
            supportOffered: false,
            attending: true,
          },
          {
            childId: child,
            kpi: 'MENTAL_HEALTH',
            period: '2026-Q4',
            cohort: 'COMMUNITY',
            stage: 'END',
            needIdentified: true,
          },
          {
            childId: child,
            kpi: 'ETE',
            period: '2026-Q4',
            cohort: 'COMMUNITY',
            stage: 'END',
            met: true,
            hoursOffered: 10,
            hoursAttended: 12,
          },
          {
            childId: child,
            kpi: 'OUT_OF_COURT_DISPOSALS',
            period: '2026-Q4',
            cohort: 'ALL_CHILDREN',
            stage: 'IN_QUARTER',
            met: true,
            formalPlan: true,
          },
          good,
          { childId: child, kpi: 'ACCOMMODATION', period: QUARTER, cohort: 'COMMUNITY', stage: 'START', met: true },
        ] as never,
      },
    });
    expect(data?.recordKpiObservations ?? null).toBeNull();
    const error = expectError(errors, 'BAD_USER_INPUT', ['recordKpiObservations']);
    expect(error.extensions).toMatchObject({
      field: 'input.observations[1]',
      rejectedRows: 8,
      rows: [
        {
          index: 1,
          reason: 'KPI 7 (management board attendance) is computed from board meetings, not recorded per child',
        },
        { index: 2, reason: 'KPI 1 is measured for COMMUNITY or RELEASED_FROM_CUSTODY children, not ALL_CHILDREN' },
        { index: 3, reason: 'attending requires supportOffered: a child attends support that was planned or offered' },
        { index: 4, reason: 'KPI 4 needs supportOffered when needIdentified is true' },
        { index: 5, reason: 'hoursAttended must not exceed hoursOffered (and needs it)' },
        { index: 6, reason: 'KPI 6 does not use formalPlan' },
        { index: 7, reason: 'repeats row 0 (same child, KPI, quarter, cohort and stage)' },
        {
          index: 8,
          reason: `ACCOMMODATION COMMUNITY START for ${QUARTER} is already recorded for this child; observations are not overwritten`,
        },
      ],
    });
    expect(
      (await hub.dataSource.query(`SELECT COUNT(*) AS n FROM kpi_observation WHERE period = '2026-Q4'`))[0].n,
    ).toEqual(expect.toSatisfy((n) => Number(n) === 0));
  });

  it('refuses a bad quarter, and KPI figures to a partner', async () => {
    expectError(
      (await hub.exec(YotKpisDocument, { code: FIXTURE_CODE, quarter: '2026-Q5' })).errors,
      'BAD_USER_INPUT',
      ['yot', 'kpis'],
    );
    expectError(
      (await hub.exec(KpiFiguresDocument, { filter: { quarter: QUARTER, yotCodes: ['E99999999'] } })).errors,
      'BAD_USER_INPUT',
      ['kpiFigures'],
    );
    const partner = { name: 'partner', role: Role.PARTNER, yotId: null, agencyId: 1 };
    expectError((await hub.exec(KpiFiguresDocument, { filter: { quarter: QUARTER } }, partner)).errors, 'FORBIDDEN', [
      'kpiFigures',
    ]);
  });

  it('lets only administrators set populations and comparator groups, and moves a YOT between groups', async () => {
    const knowsley = await globalId(hub.dataSource, 'Yot', 'yot', `code = '${KNOWSLEY}'`);
    expectError(
      (
        await hub.exec(
          SetYotPopulationDocument,
          { input: { yotId: knowsley, year: 2025, population10To17: 15000, source: 'x figure' } },
          ANALYST,
        )
      ).errors,
      'FORBIDDEN',
      ['setYotPopulation'],
    );
    expectError(
      (
        await hub.exec(SetYotPopulationDocument, {
          input: { yotId: knowsley, year: 2025, population10To17: 0, source: 'x figure' },
        })
      ).errors,
      'BAD_USER_INPUT',
      ['setYotPopulation'],
    );
    const barnetId = await globalId(hub.dataSource, 'Yot', 'yot', `code = '${BARNET}'`);
    await hub.exec(SetComparatorGroupDocument, {
      input: { code: 'FAMILY-L', name: 'London family', source: 'test', yotIds: [barnetId] },
    });
    const { data } = await hub.exec(ComparatorGroupsDocument);
    expect(data!.comparatorGroups).toEqual([
      { code: 'FAMILY-L', name: 'London family', source: 'test', members: [{ code: BARNET }] },
      { code: 'FAMILY-T', name: 'Test family', source: null, members: [{ code: FIXTURE_CODE }] },
    ]);
    // Put back for the other tests' sake.
    await hub.exec(SetComparatorGroupDocument, {
      input: {
        code: 'FAMILY-T',
        name: 'Test family',
        yotIds: [await globalId(hub.dataSource, 'Yot', 'yot', `code = '${FIXTURE_CODE}'`), barnetId],
      },
    });
  });
});

// KPI 7 from board meetings, worked by hand for 2026-Q3 (2026-07-01 … 2026-09-30). Statutory partners: police, probation.
// Fixtureshire: police P, probation R, SEND team S (not statutory), all from 2026-01-01. Meetings: 2026-06-20 P R (Q2, not
//   counted) | 2026-07-15 P S | 2026-09-15 P R | 2026-10-01 nobody (Q4). Q3: 2 meetings × 2 partners = 4 seats, 3 attended → 0.75.
// Barnet: police, probation from 2026-01-01; 2026-08-10 police only → 1 of 2. Family and nation pool seats: 4 of 6 → 0.6667.
describe('KPI 7 (management board attendance) as a KPI figure', () => {
  let hub: TestHub;
  const kpi7 = (denominator: number, numerator: number, yotCode: string | null = null) =>
    line(
      'MANAGEMENT_BOARD_ATTENDANCE',
      7,
      'ALL_CHILDREN',
      'IN_QUARTER',
      'STATUTORY_PARTNER_ATTENDANCE',
      denominator,
      numerator,
      { yotCode },
    );
  beforeAll(async () => {
    hub = await startTestHub();
    await addCoverageFixture(hub.dataSource);
    const agency = (name: string) => globalId(hub.dataSource, 'Agency', 'agency', `name = '${name}'`);
    const yot = (code: string) => globalId(hub.dataSource, 'Yot', 'yot', `code = '${code}'`);
    const board = async (code: string, members: [string, string][], meetings: [string, string[]][]) => {
      const created = await hub.exec(CreateBoardDocument, { input: { yotId: await yot(code), name: `${code} board` } });
      expect(created.errors).toBeUndefined();
      const boardId = created.data!.createBoard!.board.id;
      const ids: Record<string, string> = {};
      for (const [key, name] of members) {
        const { data, errors } = await hub.exec(AddBoardMemberDocument, {
          input: {
            boardId,
            agencyId: await agency(name),
            role: `${key} member`,
            seniority: 'SENIOR_MANAGER',
            joinedOn: '2026-01-01',
          },
        });
        expect(errors).toBeUndefined();
        ids[key] = data!.addBoardMember!.boardMember.id;
      }
      for (const [heldOn, present] of meetings) {
        const { errors } = await hub.exec(RecordBoardMeetingDocument, {
          input: { boardId, heldOn, presentMemberIds: present.map((k) => ids[k]) },
        });
        expect(errors).toBeUndefined();
      }
    };
    await board(
      FIXTURE_CODE,
      [
        ['P', 'Fixture Police'],
        ['R', 'Fixture Probation'],
        ['S', 'Fixture SEND Team'],
      ],
      [
        ['2026-06-20', ['P', 'R']],
        ['2026-07-15', ['P', 'S']],
        ['2026-09-15', ['P', 'R']],
        ['2026-10-01', []],
      ],
    );
    await board(
      BARNET,
      [
        ['P', 'Fixture Police'],
        ['R', 'Fixture Probation'],
      ],
      [['2026-08-10', ['P']]],
    );
    const { errors } = await hub.exec(SetComparatorGroupDocument, {
      input: { code: 'FAMILY-B', name: 'Board family', yotIds: [await yot(FIXTURE_CODE), await yot(BARNET)] },
    });
    expect(errors).toBeUndefined();
  });
  afterAll(() => hub.close());

  it("puts KPI 7 among a YOT's figures, exact even for an analyst (not child data)", async () => {
    for (const caller of [undefined, ANALYST]) {
      const { data, errors } = await hub.exec(YotKpisDocument, { code: FIXTURE_CODE, quarter: QUARTER }, caller);
      expect(errors).toBeUndefined();
      expect(data!.yot!.kpis!.figures).toEqual([kpi7(4, 3)]);
    }
    // Another quarter counts only its own meetings: Q4 has one meeting with nobody present → 0 of 2.
    const q4 = await hub.exec(YotKpisDocument, { code: FIXTURE_CODE, quarter: '2026-Q4' });
    expect(q4.data!.yot!.kpis!.figures).toEqual([kpi7(2, 0)]);
    // A quarter without meetings has no KPI 7 figure rather than a made-up 0.
    expect(
      (await hub.exec(YotKpisDocument, { code: FIXTURE_CODE, quarter: '2025-Q3' })).data!.yot!.kpis!.figures,
    ).toEqual([]);
  });

  it('lists KPI 7 per YOT and over several YOTs from kpiFigures, and honours the KPI filter', async () => {
    const byYot = await hub.exec(
      KpiFiguresDocument,
      { filter: { quarter: QUARTER, yotCodes: [FIXTURE_CODE, BARNET], kpis: ['MANAGEMENT_BOARD_ATTENDANCE'] } },
      ANALYST,
    );
    expect(byYot.errors).toBeUndefined();
    expect(byYot.data!.kpiFigures!.figures).toEqual([kpi7(4, 3, FIXTURE_CODE), kpi7(2, 1, BARNET)]);
    const pooled = await hub.exec(
      KpiFiguresDocument,
      { filter: { quarter: QUARTER, yotCodes: [FIXTURE_CODE, BARNET], byYot: false } },
      ANALYST,
    );
    expect(pooled.data!.kpiFigures!.figures).toEqual([kpi7(6, 4)]);
    const others = await hub.exec(KpiFiguresDocument, {
      filter: { quarter: QUARTER, yotCodes: [FIXTURE_CODE], kpis: ['ACCOMMODATION'] },
    });
    expect(others.data!.kpiFigures!.figures).toEqual([]);
  });

  it('compares KPI 7 of a YOT with its family, region and nation', async () => {
    const { data, errors } = await hub.exec(
      YotKpiComparisonDocument,
      { code: FIXTURE_CODE, quarter: QUARTER },
      ANALYST,
    );
    expect(errors).toBeUndefined();
    const c = data!.yot!.kpiComparison!;
    expect(c.yot.figures).toEqual([kpi7(4, 3)]);
    expect(c.family!.figures).toEqual([kpi7(6, 4)]);
    expect(c.regionFigures.figures).toEqual([kpi7(4, 3)]);
    expect(c.nationFigures.figures).toEqual([kpi7(6, 4)]);
  });
});
