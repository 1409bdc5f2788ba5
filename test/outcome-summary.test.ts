import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutcomeMeasure, SendStatus } from '../src/modules/child/child.enums';
import { Cell, suppress } from '../src/modules/coverage/suppression';
import { OutcomeSummaryDocument } from './generated/graphql';
import { addCoverageFixture, FIXTURE_CODE } from './support/coverage-fixture';
import { expectError } from './support/expect';
import { addChildren } from './support/fixtures';
import { ANALYST, startTestHub, TestHub } from './support/hub';

describe('outcomeSummary with disclosure control', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await addCoverageFixture(hub.dataSource);
    // Fixtureshire, 2024-Q1: suitable ETE 12 of 20; formal SEND plan 3 of 3; screened 10 of 10; custody 0 of 8.
    // 2024-Q2: suitable ETE 2 of 4. Barnet, 2024-Q1: suitable ETE 6 of 7 (not-met is 1).
    const children = Array.from({ length: 20 }, (_, i) => ({
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
    await addChildren(hub.dataSource, FIXTURE_CODE, children);
    await addChildren(hub.dataSource, 'E09000003', Array.from({ length: 7 }, (_, i) => ({ ref: `BA-${i}`, sendStatus: SendStatus.EHCP, outcomes: [{ measure: OutcomeMeasure.SUITABLE_ETE, met: i < 6, period: '2024-Q1' }] })));
  });
  afterAll(() => hub.close());

  it('counts by measure, withholds the small cell and the next-smallest so neither can be derived', async () => {
    const { data, errors } = await hub.exec(OutcomeSummaryDocument, { groupBy: ['MEASURE'], filter: { yotCodes: [FIXTURE_CODE], periodFrom: '2024-Q1', periodTo: '2024-Q1' } }, ANALYST);
    expect(errors).toBeUndefined();
    expect(data!.outcomeSummary).toEqual({
      groupBy: ['MEASURE'],
      suppressionThreshold: 5,
      rows: [
        // 0 of 8: no small count of its own, but the smallest other cell, so hidden to protect FORMAL_SEND_PLAN.
        { yotCode: null, region: null, period: null, measure: 'CUSTODY', sendStatus: null, cohort: null, met: null, rate: null, suppressed: true },
        // 3 of 3: a cohort from 1 to 5.
        { yotCode: null, region: null, period: null, measure: 'FORMAL_SEND_PLAN', sendStatus: null, cohort: null, met: null, rate: null, suppressed: true },
        { yotCode: null, region: null, period: null, measure: 'SEND_SCREENED', sendStatus: null, cohort: 10, met: 10, rate: 1, suppressed: false },
        { yotCode: null, region: null, period: null, measure: 'SUITABLE_ETE', sendStatus: null, cohort: 20, met: 12, rate: 0.6, suppressed: false },
      ],
    });
  });

  it('withholds a cell whose not-met count is small (6 of 7 met leaves 1)', async () => {
    const { data } = await hub.exec(OutcomeSummaryDocument, { groupBy: ['YOT'], filter: { measures: ['SUITABLE_ETE'], periodFrom: '2024-Q1', periodTo: '2024-Q1' } }, ANALYST);
    // Barnet 6/7 is withheld (1 not met); the only other cell, Fixtureshire 12/20, is then withheld too.
    expect(data!.outcomeSummary!.rows.map((r) => [r.yotCode, r.cohort, r.met, r.suppressed])).toEqual([
      [FIXTURE_CODE, null, null, true],
      ['E09000003', null, null, true],
    ]);
  });

  it('protects the margin across two dimensions', async () => {
    const { data } = await hub.exec(OutcomeSummaryDocument, { groupBy: ['MEASURE', 'PERIOD'], filter: { yotCodes: [FIXTURE_CODE], measures: ['SUITABLE_ETE', 'SEND_SCREENED'] } }, ANALYST);
    // (ETE, Q2) = 2 of 4 is small; along PERIOD it is alone with (ETE, Q1), which is hidden. Along MEASURE,
    // Q2 has no other cell, and Q1 then has one hidden cell (ETE) beside SEND_SCREENED, which is hidden too.
    expect(data!.outcomeSummary!.rows.map((r) => [r.measure, r.period, r.cohort, r.suppressed])).toEqual([
      ['SEND_SCREENED', '2024-Q1', null, true],
      ['SUITABLE_ETE', '2024-Q1', null, true],
      ['SUITABLE_ETE', '2024-Q2', null, true],
    ]);
  });

  it('groups by region and SEND status in one SQL statement (and the revision lookup), and serves a repeat from the view cache', async () => {
    const { result, statements } = await hub.count(OutcomeSummaryDocument, { groupBy: ['REGION', 'SEND_STATUS'], filter: { measures: ['SUITABLE_ETE'], periodFrom: '2024-Q1', periodTo: '2024-Q1' } }, ANALYST);
    // London EHCP 6 of 7 (1 not met) and Test Region SEN support 2 of 10 are small; Test Region EHCP (10 of 10)
    // is then the only other EHCP cell, so it is hidden too, or London's could be taken from the EHCP total.
    expect(result.data!.outcomeSummary!.rows.map((r) => [r.region, r.sendStatus, r.cohort, r.met, r.suppressed])).toEqual([
      ['London', 'EHCP', null, null, true],
      ['Test Region', 'EHCP', null, null, true],
      ['Test Region', 'SEN_SUPPORT', null, null, true],
    ]);
    expect(statements).toBe(2);
    const repeat = await hub.count(OutcomeSummaryDocument, { groupBy: ['REGION', 'SEND_STATUS'], filter: { measures: ['SUITABLE_ETE'], periodFrom: '2024-Q1', periodTo: '2024-Q1' } }, ANALYST);
    expect(repeat.result).toEqual(result);
    expect(repeat.statements).toBe(1);
  });

  it('never returns a count from 1 to 5', async () => {
    for (const groupBy of [['YOT'], ['MEASURE'], ['PERIOD'], ['SEND_STATUS'], ['YOT', 'MEASURE'], ['MEASURE', 'PERIOD', 'SEND_STATUS']] as const) {
      const { data } = await hub.exec(OutcomeSummaryDocument, { groupBy: [...groupBy] }, ANALYST);
      for (const row of data!.outcomeSummary!.rows) {
        for (const n of [row.cohort, row.met, row.cohort != null && row.met != null ? row.cohort - row.met : null]) {
          expect(n == null || n === 0 || n > 5).toBe(true);
        }
      }
    }
  });

  it('refuses a malformed or reversed period range', async () => {
    expectError((await hub.exec(OutcomeSummaryDocument, { groupBy: ['PERIOD'], filter: { periodFrom: '2024Q1' } }, ANALYST)).errors, 'BAD_USER_INPUT', ['outcomeSummary']);
    expectError((await hub.exec(OutcomeSummaryDocument, { groupBy: ['PERIOD'], filter: { periodFrom: '2024-Q3', periodTo: '2024-Q1' } }, ANALYST)).errors, 'BAD_USER_INPUT');
  });
});

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
