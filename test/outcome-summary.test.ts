import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/graphql/context';
import { Role } from '../src/modules/auth/roles';
import { OutcomeMeasure, SendStatus } from '../src/modules/child/child.enums';
import { MAX_NOISE } from '../src/modules/coverage/disclosure/perturbation-table';
import { OUTCOME_COUNTS } from '../src/modules/coverage/outcome-summary.service';
import { Cell, suppress } from '../src/modules/coverage/suppression';
import {
  ProtectedOutcomeSummaryDocument,
  type ProtectedOutcomeSummaryQuery,
  type OutcomeDimension,
  type OutcomeSummaryFilter,
} from './generated/graphql';
import { addCoverageFixture, FIXTURE_CODE } from './support/coverage-fixture';
import { oracle, StoredOutcome, storedOutcomes } from './support/disclosure-oracle';
import { expectError } from './support/expect';
import { addChildren } from './support/fixtures';
import { ANALYST, startTestHub, TESTER, TestHub } from './support/hub';

const BARNET = 'E09000003';

// Fixtureshire (Test Region), 2024-Q1: suitable ETE 12 of 20; formal SEND plan 3 of 3; screened 10 of 10;
// custody 0 of 8. 2024-Q2: suitable ETE 2 of 4. Barnet (London), 2024-Q1: suitable ETE 6 of 7.
const FIXTURESHIRE = Array.from({ length: 20 }, (_, i) => ({
  ref: `FX-${String(i).padStart(3, '0')}`,
  sendStatus: i < 10 ? SendStatus.EHCP : SendStatus.SEN_SUPPORT,
  outcomes: [
    { measure: OutcomeMeasure.SUITABLE_ETE, met: i < 12, period: '2024-Q1' },
    ...(i < 3 ? [{ measure: OutcomeMeasure.FORMAL_SEND_PLAN, met: true, period: '2024-Q1' }] : []),
    ...(i < 10 ? [{ measure: OutcomeMeasure.SEND_SCREENED, met: true, period: '2024-Q1' }] : []),
    ...(i < 8 ? [{ measure: OutcomeMeasure.CUSTODY, met: false, period: '2024-Q1' }] : []),
    ...(i < 4 ? [{ measure: OutcomeMeasure.SUITABLE_ETE, met: i < 2, period: '2024-Q2' }] : []),
  ],
}));
const BARNET_CHILDREN = Array.from({ length: 7 }, (_, i) => ({
  ref: `BA-${i}`,
  sendStatus: SendStatus.EHCP,
  outcomes: [{ measure: OutcomeMeasure.SUITABLE_ETE, met: i < 6, period: '2024-Q1' }],
}));

type Summary = NonNullable<ProtectedOutcomeSummaryQuery['outcomeSummary']>;
// Characteristic dimensions are tested in test/disproportionality.test.ts.
const FIELD: Partial<Record<OutcomeDimension, keyof StoredOutcome>> = {
  YOT: 'yotCode',
  REGION: 'region',
  PERIOD: 'period',
  MEASURE: 'measure',
  SEND_STATUS: 'sendStatus',
};
const ROW_FIELD: Partial<Record<OutcomeDimension, keyof Summary['rows'][number]>> = {
  YOT: 'yotCode',
  REGION: 'region',
  PERIOD: 'period',
  MEASURE: 'measure',
  SEND_STATUS: 'sendStatus',
};

/** The stored outcome rows, read once the fixture is in. */
let ROWS: StoredOutcome[] = [];

/** What an analyst should see, worked out in TypeScript from the stored rows: group, perturb by the record keys, suppress. */
function expectedForAnalyst(groupBy: OutcomeDimension[], filter: (r: StoredOutcome) => boolean): Summary['rows'] {
  const groups = new Map<string, StoredOutcome[]>();
  for (const r of ROWS.filter(filter)) {
    const key = JSON.stringify(groupBy.map((d) => r[FIELD[d]!]));
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const cells = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, rows]): Cell => ({ key: JSON.parse(key), ...oracle(rows).published }));
  return suppress(cells, 5).map((c) => {
    const row: Summary['rows'][number] = {
      yotCode: null,
      region: null,
      period: null,
      measure: null,
      sendStatus: null,
      cohort: null,
      met: null,
      rate: null,
      suppressed: c.suppressed!,
    };
    groupBy.forEach((d, i) => Object.assign(row, { [ROW_FIELD[d]!]: c.key[i] }));
    if (!c.suppressed)
      Object.assign(row, { cohort: c.cohort, met: c.met, rate: Math.round((c.met / c.cohort) * 10000) / 10000 });
    return row;
  });
}

describe('outcomeSummary with disclosure control', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await addCoverageFixture(hub.dataSource);
    await addChildren(hub.dataSource, FIXTURE_CODE, FIXTURESHIRE);
    await addChildren(hub.dataSource, BARNET, BARNET_CHILDREN);
    ROWS = await storedOutcomes(hub.dataSource);
    expect(ROWS).toHaveLength(20 + 3 + 10 + 8 + 4 + 7);
  });
  afterAll(() => hub.close());

  const summary = async (groupBy: OutcomeDimension[], filter?: OutcomeSummaryFilter, as = ANALYST) => {
    const { data, errors } = await hub.exec(ProtectedOutcomeSummaryDocument, { groupBy, filter }, as);
    expect(errors).toBeUndefined();
    return data!.outcomeSummary!;
  };

  it('gives administrators the exact counts, perturbing and withholding nothing', async () => {
    expect(
      await summary(['MEASURE'], { yotCodes: [FIXTURE_CODE], periodFrom: '2024-Q1', periodTo: '2024-Q1' }, TESTER),
    ).toEqual({
      groupBy: ['MEASURE'],
      suppressionThreshold: 0,
      perturbed: false,
      rows: [
        {
          yotCode: null,
          region: null,
          period: null,
          measure: 'CUSTODY',
          sendStatus: null,
          cohort: 8,
          met: 0,
          rate: 0,
          suppressed: false,
        },
        {
          yotCode: null,
          region: null,
          period: null,
          measure: 'FORMAL_SEND_PLAN',
          sendStatus: null,
          cohort: 3,
          met: 3,
          rate: 1,
          suppressed: false,
        },
        {
          yotCode: null,
          region: null,
          period: null,
          measure: 'SEND_SCREENED',
          sendStatus: null,
          cohort: 10,
          met: 10,
          rate: 1,
          suppressed: false,
        },
        {
          yotCode: null,
          region: null,
          period: null,
          measure: 'SUITABLE_ETE',
          sendStatus: null,
          cohort: 20,
          met: 12,
          rate: 0.6,
          suppressed: false,
        },
      ],
    });
  });

  it("gives analysts the counts perturbed by the published table with the records' keys, then withholds small ones", async () => {
    const result = await summary(['MEASURE'], { yotCodes: [FIXTURE_CODE], periodFrom: '2024-Q1', periodTo: '2024-Q1' });
    expect(result).toMatchObject({ groupBy: ['MEASURE'], suppressionThreshold: 5, perturbed: true });
    expect(result.rows).toEqual(PUBLISHED_BY_MEASURE);
    expect(result.rows).toEqual(
      expectedForAnalyst(['MEASURE'], (r) => r.yotCode === FIXTURE_CODE && r.period === '2024-Q1'),
    );
  });

  it('agrees with the method worked out from the fixture for every grouping and filter, on this database', async () => {
    const cases: [OutcomeDimension[], OutcomeSummaryFilter | undefined, (r: StoredOutcome) => boolean][] = [
      [[], undefined, () => true],
      [
        ['YOT'],
        { measures: ['SUITABLE_ETE'], periodFrom: '2024-Q1', periodTo: '2024-Q1' },
        (r) => r.measure === OutcomeMeasure.SUITABLE_ETE && r.period === '2024-Q1',
      ],
      [['REGION', 'SEND_STATUS'], { measures: ['SUITABLE_ETE'] }, (r) => r.measure === OutcomeMeasure.SUITABLE_ETE],
      [
        ['MEASURE', 'PERIOD'],
        { yotCodes: [FIXTURE_CODE], measures: ['SUITABLE_ETE', 'SEND_SCREENED'] },
        (r) => r.yotCode === FIXTURE_CODE && ['SUITABLE_ETE', 'SEND_SCREENED'].includes(r.measure),
      ],
      [['PERIOD'], { sendStatuses: ['EHCP'] }, (r) => r.sendStatus === SendStatus.EHCP],
      [['YOT', 'MEASURE', 'PERIOD', 'SEND_STATUS'], undefined, () => true],
    ];
    for (const [groupBy, filter, keep] of cases)
      expect((await summary(groupBy, filter)).rows, JSON.stringify([groupBy, filter])).toEqual(
        expectedForAnalyst(groupBy, keep),
      );
  });

  it('never publishes a count from 1 to 5, nor one further than 2 from the truth', async () => {
    for (const groupBy of [
      [],
      ['YOT'],
      ['MEASURE'],
      ['PERIOD'],
      ['SEND_STATUS'],
      ['YOT', 'MEASURE'],
      ['MEASURE', 'PERIOD', 'SEND_STATUS'],
    ] as OutcomeDimension[][]) {
      const exact = await summary(groupBy, undefined, TESTER);
      const published = await summary(groupBy);
      expect(published.rows.map((r) => groupBy.map((d) => r[ROW_FIELD[d]!]))).toEqual(
        exact.rows.map((r) => groupBy.map((d) => r[ROW_FIELD[d]!])),
      );
      published.rows.forEach((row, i) => {
        if (row.suppressed) return;
        for (const n of [row.cohort!, row.met!, row.cohort! - row.met!]) expect(n === 0 || n > 5).toBe(true);
        expect(Math.abs(row.cohort! - exact.rows[i].cohort!)).toBeLessThanOrEqual(MAX_NOISE);
        expect(Math.abs(row.met! - exact.rows[i].met!)).toBeLessThanOrEqual(MAX_NOISE);
        expect(row.met!).toBeLessThanOrEqual(row.cohort!);
      });
    }
  });

  it('counts in one SQL statement (and the revision lookup), and serves a repeat from the view cache', async () => {
    const variables = {
      groupBy: ['REGION', 'SEND_STATUS'] as OutcomeDimension[],
      filter: { measures: ['SUITABLE_ETE' as const], periodFrom: '2024-Q1', periodTo: '2024-Q1' },
    };
    const { result, statements } = await hub.count(ProtectedOutcomeSummaryDocument, variables, ANALYST);
    expect(result.data!.outcomeSummary!.rows).toEqual(
      expectedForAnalyst(
        ['REGION', 'SEND_STATUS'],
        (r) => r.measure === OutcomeMeasure.SUITABLE_ETE && r.period === '2024-Q1',
      ),
    );
    expect(statements).toBe(2);
    const repeat = await hub.count(ProtectedOutcomeSummaryDocument, variables, ANALYST);
    expect(repeat.result).toEqual(result);
    expect(repeat.statements).toBe(1);
  });

  it('answers equivalent filters (reordered, repeated, lower case) identically, from one cache entry', async () => {
    const ctx = createContext(hub.dataSource, { reader: hub.reader });
    const ask = (filter: OutcomeSummaryFilter) => summary(['YOT', 'MEASURE'], filter);
    const first = await ask({
      yotCodes: [FIXTURE_CODE, BARNET],
      regions: ['London', 'Test Region'],
      measures: ['SUITABLE_ETE', 'CUSTODY'],
      sendStatuses: ['EHCP', 'SEN_SUPPORT'],
    });
    const entries = OUTCOME_COUNTS.usage(ctx).entries;
    for (const filter of [
      {
        yotCodes: [BARNET, FIXTURE_CODE],
        regions: ['Test Region', 'London'],
        measures: ['CUSTODY', 'SUITABLE_ETE'],
        sendStatuses: ['SEN_SUPPORT', 'EHCP'],
      },
      {
        yotCodes: [BARNET.toLowerCase(), FIXTURE_CODE, BARNET],
        regions: ['test region', 'LONDON', 'London'],
        measures: ['CUSTODY', 'SUITABLE_ETE', 'CUSTODY'],
        sendStatuses: ['EHCP', 'SEN_SUPPORT', 'EHCP'],
      },
    ] as OutcomeSummaryFilter[]) {
      expect(await ask(filter)).toEqual(first);
    }
    expect(OUTCOME_COUNTS.usage(ctx).entries).toBe(entries);
  });

  it('refuses a YOT code or region the hub does not hold, naming it, and caches nothing for it', async () => {
    const ctx = createContext(hub.dataSource, { reader: hub.reader });
    await summary(['MEASURE'], { yotCodes: [FIXTURE_CODE] });
    const before = OUTCOME_COUNTS.usage(ctx);
    for (let i = 0; i < 20; i++) {
      const { errors } = await hub.exec(
        ProtectedOutcomeSummaryDocument,
        { groupBy: ['MEASURE'], filter: { yotCodes: [FIXTURE_CODE, `X${String(i).padStart(8, '0')}`] } },
        ANALYST,
      );
      const error = expectError(errors, 'BAD_USER_INPUT', ['outcomeSummary']);
      expect(error.message).toBe(`filter.yotCodes: no YOT has the code "X${String(i).padStart(8, '0')}".`);
      expect(error.extensions).toMatchObject({ field: 'filter.yotCodes', value: `X${String(i).padStart(8, '0')}` });
    }
    const region = expectError(
      (
        await hub.exec(
          ProtectedOutcomeSummaryDocument,
          { groupBy: ['MEASURE'], filter: { regions: ['London', 'Atlantis'] } },
          ANALYST,
        )
      ).errors,
      'BAD_USER_INPUT',
    );
    expect(region.extensions).toMatchObject({ field: 'filter.regions', value: 'Atlantis' });
    expect(region.message).toContain('"Atlantis"');
    expect(OUTCOME_COUNTS.usage(ctx)).toEqual(before);
  });

  it('refuses a malformed or reversed period range', async () => {
    expectError(
      (
        await hub.exec(
          ProtectedOutcomeSummaryDocument,
          { groupBy: ['PERIOD'], filter: { periodFrom: '2024Q1' } },
          ANALYST,
        )
      ).errors,
      'BAD_USER_INPUT',
      ['outcomeSummary'],
    );
    expectError(
      (
        await hub.exec(
          ProtectedOutcomeSummaryDocument,
          { groupBy: ['PERIOD'], filter: { periodFrom: '2024-Q3', periodTo: '2024-Q1' } },
          ANALYST,
        )
      ).errors,
      'BAD_USER_INPUT',
    );
  });

  it('gives a YOT manager exact counts for its own YOT alone, and perturbed ones for anything wider', async () => {
    const [{ id }] = await hub.dataSource.query(`SELECT id FROM yot WHERE code = '${FIXTURE_CODE}'`);
    const manager = { name: 'fixtureshire manager', role: Role.YOT_MANAGER, yotId: Number(id), agencyId: null };
    const own = await summary(
      ['MEASURE'],
      { yotCodes: [FIXTURE_CODE.toLowerCase()], periodFrom: '2024-Q1', periodTo: '2024-Q1' },
      manager,
    );
    expect(own).toMatchObject({ suppressionThreshold: 0, perturbed: false });
    expect(own.rows.map((r) => [r.measure, r.cohort, r.met])).toEqual([
      ['CUSTODY', 8, 0],
      ['FORMAL_SEND_PLAN', 3, 3],
      ['SEND_SCREENED', 10, 10],
      ['SUITABLE_ETE', 20, 12],
    ]);
    const region = await summary(
      ['MEASURE'],
      { regions: ['Test Region'], periodFrom: '2024-Q1', periodTo: '2024-Q1' },
      manager,
    );
    expect(region).toMatchObject({ suppressionThreshold: 5, perturbed: true });
    expect(region.rows).toEqual(PUBLISHED_BY_MEASURE);
  });
});

/**
 * Fixtureshire by measure in 2024-Q1 as an analyst sees it (the same records as the region's, so the same
 * figures): worked out from the fixture's record keys by `expectedForAnalyst`, written out here so a change
 * to the table or the key derivation shows in review.
 */
const PUBLISHED_BY_MEASURE: Summary['rows'] = [
  // 0 of 8: cell key 2 draws +2, so 0 of 10; no small count of its own, but the smallest other cell, so hidden to
  // protect FORMAL_SEND_PLAN (the met count, with no met records, is a structural 0).
  {
    yotCode: null,
    region: null,
    period: null,
    measure: 'CUSTODY',
    sendStatus: null,
    cohort: null,
    met: null,
    rate: null,
    suppressed: true,
  },
  // 3 of 3: cell key 245 draws +2, so 5 of 5, from 1 to 5: withheld.
  {
    yotCode: null,
    region: null,
    period: null,
    measure: 'FORMAL_SEND_PLAN',
    sendStatus: null,
    cohort: null,
    met: null,
    rate: null,
    suppressed: true,
  },
  // 10 of 10: the met records are the cohort's, so both have key 198 and the same noise (+2): 12 of 12.
  {
    yotCode: null,
    region: null,
    period: null,
    measure: 'SEND_SCREENED',
    sendStatus: null,
    cohort: 12,
    met: 12,
    rate: 1,
    suppressed: false,
  },
  // 12 of 20: cohort key 166 draws 0, met key 25 draws −1: 11 of 20.
  {
    yotCode: null,
    region: null,
    period: null,
    measure: 'SUITABLE_ETE',
    sendStatus: null,
    cohort: 20,
    met: 11,
    rate: 0.55,
    suppressed: false,
  },
];

describe('suppress()', () => {
  it('suppresses the next-smallest cell of every margin until stable', () => {
    const cells = suppress<Cell>(
      [
        { key: ['A', 'x'], cohort: 3, met: 0 },
        { key: ['A', 'y'], cohort: 40, met: 20 },
        { key: ['A', 'z'], cohort: 30, met: 15 },
        { key: ['B', 'x'], cohort: 50, met: 25 },
        { key: ['B', 'y'], cohort: 60, met: 30 },
      ],
      5,
    );
    // (A,x) is small. Column x then hides (B,x); row A hides (A,z) (30 < 40); row B hides (B,y); column y,
    // left with (B,y) alone hidden, hides (A,y). Every margin ends with none or at least two hidden cells.
    expect(cells.map((c) => c.suppressed)).toEqual([true, true, true, true, true]);
  });
});
