import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectOf } from '../src/db/dialect';
import { projectRoot } from '../src/paths';
import { encodeGlobalId } from '../src/graphql/relay';
import { OutcomeMeasure } from '../src/modules/child/child.enums';
import { CanonicalFilter } from '../src/modules/coverage/outcome-summary.filter';
import { rollupStatement, rowsStatement } from '../src/modules/coverage/outcome-summary.sql';
import { OutcomeDimension } from '../src/modules/coverage/outcome-summary.types';
import { OUTCOME_COUNTS } from '../src/modules/coverage/outcome-summary.service';
import { loadSynthetic } from '../src/seed/synthetic/national';
import { ProtectedOutcomeSummaryDocument, RecordOutcomesDocument, RegisterChildDocument } from './generated/graphql';
import { startTestHub, TESTER, TestHub } from './support/hub';

const CLI = join(projectRoot(), 'dist', 'src', 'import', 'cli.js');
const D = OutcomeDimension;
const GROUPINGS: OutcomeDimension[][] = [
  [],
  [D.YOT],
  [D.REGION, D.MEASURE],
  [D.PERIOD, D.MEASURE],
  [D.YOT, D.PERIOD, D.MEASURE],
  [D.REGION, D.PERIOD, D.MEASURE],
];
const NO_FILTER: CanonicalFilter = {
  yotCodes: null,
  regions: null,
  measures: null,
  sendStatuses: null,
  periodFrom: null,
  periodTo: null,
};

/**
 * The rollup (kept by triggers) against the outcome rows counted from scratch, after every kind of write: the
 * synthetic loader, mutations, the import CLI in its own process, hand-written SQL moving and deleting rows, and a
 * transaction rolled back.
 */
describe('the outcome rollup', () => {
  let hub: TestHub;
  let dir: string;
  beforeAll(async () => {
    hub = await startTestHub();
    dir = mkdtempSync(join(tmpdir(), 'hub-rollup-'));
    await loadSynthetic(hub.dataSource, { scale: 0.02, seed: 11 });
  }, 180_000);
  afterAll(() => hub.close());

  /** Counts and cell keys per group, from a statement, as numbers; empty cells (all rows deleted) left out. */
  async function counts(statement: typeof rowsStatement, dims: OutcomeDimension[], filter: CanonicalFilter) {
    const { sql, params } = statement(dialectOf(hub.dataSource), dims, filter);
    const [query, values] = hub.dataSource.driver.escapeQueryWithParameters(sql, params, {});
    const rows: Record<string, unknown>[] = await hub.dataSource.query(query, values);
    return rows
      .map((r) => ({
        key: dims.map((_, i) => String(r[`d${i}`])),
        cohort: Number(r.cohort ?? 0),
        met: Number(r.met ?? 0),
        cohortKey: Number(r.cohortKey ?? 0),
        metKey: Number(r.metKey ?? 0),
      }))
      .filter((r) => r.cohort > 0);
  }

  /** Every grouping, nationally and filtered, gives the same from the rollup as from the rows. */
  async function expectExact(): Promise<number> {
    const filters: CanonicalFilter[] = [
      NO_FILTER,
      { ...NO_FILTER, measures: [OutcomeMeasure.SUITABLE_ETE], periodFrom: '2026-Q1', periodTo: '2026-Q4' },
    ];
    let cells = 0;
    for (const dims of GROUPINGS) {
      for (const filter of filters) {
        const fromRows = await counts(rowsStatement, dims, filter);
        expect(await counts(rollupStatement, dims, filter)).toEqual(fromRows);
        cells += fromRows.length;
      }
    }
    return cells;
  }

  const outcomeTotal = async () => Number((await hub.dataSource.query(`SELECT COUNT(*) AS n FROM child_outcome`))[0].n);

  it('is filled for the synthetic national data, inside its load', async () => {
    expect(await outcomeTotal()).toBeGreaterThan(10_000);
    expect(await expectExact()).toBeGreaterThan(50);
  });

  it('stays exact through registerChild and recordOutcomes', async () => {
    const yot = (await hub.dataSource.query(`SELECT id FROM yot WHERE code LIKE 'E99%' ORDER BY id LIMIT 1`))[0];
    const registered = await hub.exec(
      RegisterChildDocument,
      {
        input: {
          yotId: encodeGlobalId('Yot', Number(yot.id)),
          ref: 'RU-1',
          ageBand: 'AGE_14_TO_15',
          sendStatus: 'EHCP',
          needs: [],
        },
      },
      TESTER,
    );
    expect(registered.errors).toBeUndefined();
    const childId = registered.data!.registerChild!.child.id;
    const recorded = await hub.exec(
      RecordOutcomesDocument,
      {
        input: {
          outcomes: [
            { childId, measure: 'SUITABLE_ETE', met: true, period: '2026-Q2' },
            { childId, measure: 'CUSTODY', met: false, period: '2026-Q3' },
          ],
        },
      },
      TESTER,
    );
    expect(recorded.errors).toBeUndefined();
    await expectExact();
  });

  it('stays exact through the import CLI (another process)', async () => {
    const code = (await hub.dataSource.query(`SELECT code FROM yot WHERE code LIKE '_99%' ORDER BY id DESC LIMIT 1`))[0]
      .code;
    const run = (name: string, content: string) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      const result = spawnSync(process.execPath, [CLI, path], {
        env: { ...process.env, DATABASE_URL: hub.url, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
      });
      expect(result.status, result.stderr).toBe(0);
    };
    run(
      'children.csv',
      `yot_code,child_ref,age_band,send_status\n${code},RU-2,AGE_16_TO_17,SEN_SUPPORT\n${code},RU-3,AGE_10_TO_13,NONE\n`,
    );
    run(
      'outcomes.csv',
      `yot_code,child_ref,measure,met,period\n${code},RU-2,SUITABLE_ETE,yes,2026-Q2\n${code},RU-3,SUITABLE_ETE,no,2026-Q2\n${code},RU-3,SEND_SCREENED,yes,2026-Q1\n`,
    );
    await expectExact();
  });

  it('stays exact when SQL moves a child, changes its record key, and deletes outcomes and children', async () => {
    const children: { id: number | string }[] = await hub.dataSource.query(`SELECT id FROM child ORDER BY id`);
    const [a, b, c, d] = children.slice(-40).map((r) => Number(r.id));
    const otherYot = Number(
      (await hub.dataSource.query(`SELECT id FROM yot WHERE code LIKE 'E99%' ORDER BY id DESC LIMIT 1`))[0].id,
    );
    await hub.dataSource.query(`UPDATE child SET "recordKey" = "recordKey" + 7 WHERE id = ${a}`);
    await hub.dataSource.query(`UPDATE child SET "yotId" = ${otherYot} WHERE id = ${b}`);
    await hub.dataSource.query(
      `DELETE FROM child_outcome WHERE id = (SELECT MIN(id) FROM child_outcome WHERE "childId" = ${c})`,
    );
    await hub.dataSource.query(`UPDATE child_outcome SET met = NOT met WHERE "childId" = ${c}`);
    const before = await outcomeTotal();
    await hub.dataSource.query(`DELETE FROM child WHERE id = ${d}`);
    expect(await outcomeTotal()).toBeLessThan(before);
    await expectExact();
  });

  it('takes nothing from a write that rolls back', async () => {
    const child = Number((await hub.dataSource.query(`SELECT MIN(id) AS id FROM child`))[0].id);
    await expect(
      hub.dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO child_outcome ("childId", measure, met, period) VALUES (${child}, 'SUITABLE_ETE', ${dialectOf(hub.dataSource).name === 'sqlite' ? 1 : 'true'}, '2019-Q1')`,
        );
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await expectExact();
  });

  it('answers outcomeSummary from the rollup with the counts of the rows', async () => {
    OUTCOME_COUNTS.clear();
    const { data, errors } = await hub.exec(
      ProtectedOutcomeSummaryDocument,
      { groupBy: ['REGION', 'MEASURE'] },
      TESTER,
    );
    expect(errors).toBeUndefined();
    const fromRows = await counts(rowsStatement, [D.REGION, D.MEASURE], NO_FILTER);
    expect(data!.outcomeSummary!.rows.map((r) => [r.region, r.measure, r.cohort, r.met])).toEqual(
      fromRows.map((r) => [...r.key, r.cohort, r.met]),
    );
  });
});
