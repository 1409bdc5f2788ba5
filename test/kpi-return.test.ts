import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI7_FIGURE_NOTE, KPI7_NOTE } from '../src/export/views';
import { projectRoot } from '../src/paths';
import {
  AddBoardMemberDocument,
  CreateBoardDocument,
  RecordBoardMeetingDocument,
  YotKpisDocument,
} from './generated/graphql';
import { globalId } from './support/ids';
import { addCoverageFixture, FIXTURE_CODE } from './support/coverage-fixture';
import { ANALYST, startTestHub, TestHub } from './support/hub';
import { addKpiChildren, BARNET, KNOWSLEY, QUARTER } from './support/kpi-fixture';

const CLI = join(projectRoot(), 'dist', 'src', 'export', 'cli.js');
const BOM = '\uFEFF';
const HEADER =
  'quarter,yotCode,yotName,region,nation,kpiNumber,kpi,cohort,stage,indicator,denominator,numerator,rate,denominatorPer1000,meanHoursOffered,meanHoursAttended,suppressed,note';

describe('npm run export -- kpi-return', () => {
  let hub: TestHub;
  const dir = mkdtempSync(join(tmpdir(), 'hub-kpi-return-'));
  beforeAll(async () => {
    hub = await startTestHub();
    await addCoverageFixture(hub.dataSource);
    // Fixtureshire: 20 children, accommodation at the start 14 of 20; 3 released from custody, all suitable (withheld).
    await addKpiChildren(
      hub,
      FIXTURE_CODE,
      'KR',
      20,
      (i) =>
        [
          { kpi: 'ACCOMMODATION', cohort: 'COMMUNITY', stage: 'START', met: i < 14 },
          ...(i < 3 ? [{ kpi: 'ACCOMMODATION', cohort: 'RELEASED_FROM_CUSTODY', stage: 'START', met: true }] : []),
          { kpi: 'VICTIMS', cohort: 'ALL_CHILDREN', stage: 'IN_QUARTER', met: i < 11 },
        ] as never[],
    );
    // Fixtureshire's board in the quarter: police and probation; 2026-07-15 police only, 2026-09-15 both → 3 of 4 seats.
    const board = (
      await hub.exec(CreateBoardDocument, {
        input: { yotId: await globalId(hub.dataSource, 'Yot', 'yot', `code = '${FIXTURE_CODE}'`), name: 'Board' },
      })
    ).data!.createBoard!.board.id;
    const members: string[] = [];
    for (const name of ['Fixture Police', 'Fixture Probation']) {
      const agencyId = await globalId(hub.dataSource, 'Agency', 'agency', `name = '${name}'`);
      members.push(
        (
          await hub.exec(AddBoardMemberDocument, {
            input: {
              boardId: board,
              agencyId,
              role: 'Head of service',
              seniority: 'EXECUTIVE',
              joinedOn: '2026-01-01',
            },
          })
        ).data!.addBoardMember!.boardMember.id,
      );
    }
    for (const [heldOn, present] of [
      ['2026-07-15', [members[0]]],
      ['2026-09-15', members],
    ] as const) {
      expect(
        (
          await hub.exec(RecordBoardMeetingDocument, {
            input: { boardId: board, heldOn, presentMemberIds: [...present] },
          })
        ).errors,
      ).toBeUndefined();
    }
    // A YOT name a spreadsheet would run as a formula, to check the cells are neutralised.
    await hub.dataSource.query(`UPDATE yot SET name = '=HYPERLINK("http://x")' WHERE code = '${FIXTURE_CODE}'`);
  });
  afterAll(() => hub.close());

  const run = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], {
      env: { ...process.env, DATABASE_URL: hub.url, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
  const csv = (text: string) => parse<Record<string, string>>(text, { bom: true, columns: true });

  it('writes one row per YOT, KPI line and cohort with the protected counts an analyst sees', async () => {
    const out = join(dir, 'kpi.csv');
    const result = run('kpi-return', '--quarter', QUARTER, '--out', out);
    expect(result.stderr).toBe(`wrote ${3 + 1 + 2} kpi-return rows to ${out}\n`);
    expect(result.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    // Every text cell is quoted (Security model, Exports), the header's too.
    expect(text.split('\r\n')[0]).toBe(
      `${BOM}${HEADER.split(',')
        .map((c) => `"${c}"`)
        .join(',')}`,
    );
    const rows = csv(text);
    // Barnet and Knowsley have no observations and no board meeting: only a KPI 7 line that says so.
    expect(rows.filter((r) => r.yotCode !== FIXTURE_CODE)).toEqual(
      [BARNET, KNOWSLEY].map((code) =>
        expect.objectContaining({
          yotCode: code,
          kpiNumber: '7',
          kpi: 'MANAGEMENT_BOARD_ATTENDANCE',
          denominator: '',
          numerator: '',
          note: KPI7_NOTE,
        }),
      ),
    );
    const mine = rows.filter((r) => r.yotCode === FIXTURE_CODE);
    expect(mine.map((r) => [r.kpiNumber, r.cohort, r.stage, r.indicator])).toEqual([
      ['1', 'COMMUNITY', 'START', 'SUITABLE_ACCOMMODATION'],
      ['1', 'RELEASED_FROM_CUSTODY', 'START', 'SUITABLE_ACCOMMODATION'],
      ['7', 'ALL_CHILDREN', 'IN_QUARTER', 'STATUTORY_PARTNER_ATTENDANCE'],
      ['10', 'ALL_CHILDREN', 'IN_QUARTER', 'KPI_MET'],
    ]);
    expect(mine[0].yotName).toBe(`'=HYPERLINK("http://x")`);
    // KPI 7 counts partner seats, not children: exact and never withheld, however small.
    expect(mine[2]).toMatchObject({
      denominator: '4',
      numerator: '3',
      rate: '0.75',
      suppressed: 'false',
      note: KPI7_FIGURE_NOTE,
    });
    // The counts are exactly what an analyst gets from the API: perturbed, small ones written `c`.
    const api = (await hub.exec(YotKpisDocument, { code: FIXTURE_CODE, quarter: QUARTER }, ANALYST)).data!.yot!.kpis!;
    expect(api.perturbed).toBe(true);
    const figures = mine.filter((r) => r.kpiNumber !== '7');
    expect(figures.map((r) => [r.denominator, r.numerator, r.suppressed])).toEqual(
      api.figures
        .filter((f) => f.kpiNumber !== 7)
        .map((f) => (f.suppressed ? ['c', 'c', 'true'] : [String(f.denominator), String(f.numerator), 'false'])),
    );
    expect(figures[1]).toMatchObject({ denominator: 'c', numerator: 'c', rate: 'c', suppressed: 'true' });
  });

  it('refuses to run without a quarter, or with a malformed one, and writes nothing', () => {
    for (const args of [['kpi-return'], ['kpi-return', '--quarter', '2026-Q5'], ['coverage', '--quarter', QUARTER]]) {
      const result = run(...args);
      expect(result.status).toBe(1); // bad usage (src/cli/run.ts exit codes)
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/usage: npm run export/);
    }
  });
});
