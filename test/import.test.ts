import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths';
import { AuditTrailDocument } from './generated/graphql';
import { startTestHub, TestHub } from './support/hub';
import { withoutWrites } from './support/snapshot';

const CLI = join(projectRoot(), 'dist', 'src', 'import', 'cli.js');
const EXAMPLES = join(projectRoot(), 'seeds', 'examples');

describe('npm run import', () => {
  let hub: TestHub;
  let dir: string;
  beforeAll(async () => {
    hub = await startTestHub();
    dir = mkdtempSync(join(tmpdir(), 'hub-import-'));
  });
  afterAll(() => hub.close());

  const run = (file: string, env: Record<string, string> = {}) => {
    const result = spawnSync(process.execPath, [CLI, file], {
      env: { ...process.env, DATABASE_URL: hub.url, LOG_LEVEL: 'silent', ...env },
      encoding: 'utf8',
    });
    return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
  };
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  /** Runs an import that must fail and asserts the database is exactly as before. */
  const refused = (path: string, env: Record<string, string> = {}) =>
    withoutWrites(hub.dataSource, async () => run(path, env));

  it('loads the shipped example files and audits them as the import', async () => {
    const evidence = run(join(EXAMPLES, 'evidence.csv'));
    expect(evidence).toMatchObject({
      code: 0,
      stdout: 'evidence.csv: evidence: 2 rows read, 2 written, 0 rejected.\n',
    });
    const partnerships = run(join(EXAMPLES, 'partnerships.json'));
    expect(partnerships.stdout).toBe('partnerships.json: partnerships: 2 rows read, 2 written, 0 rejected.\n');
    const [row] = await hub.dataSource.query(
      `SELECT "reviewState" AS state, kind FROM evidence WHERE title = 'SEND screening at first contact, Q1 audit'`,
    );
    expect(row).toEqual({ state: 'SUBMITTED', kind: 'OUTCOME_DATA' });
    const { data } = await hub.exec(AuditTrailDocument, { first: 100 });
    expect(data!.auditTrail!.nodes.map((n) => [n.action, n.actor])).toEqual([
      ['recordEvidence', 'import:evidence.csv'],
      ['recordEvidence', 'import:evidence.csv'],
      ['createAgency', 'import:partnerships.json'],
      ['addPartnership', 'import:partnerships.json'],
      ['createAgency', 'import:partnerships.json'],
      ['addPartnership', 'import:partnerships.json'],
    ]);
  });

  it('rejects the whole file when any row is bad, listing every bad row by line', async () => {
    const csv = file(
      'mixed.csv',
      [
        'yot_code,title,kind,occurred_on,criteria',
        'E09000003,Good item,PROTOCOL,2024-01-01,S3',
        'E99999999,Unknown YOT,PROTOCOL,2024-01-01,S3',
        'E09000003,Bad kind,LEAFLET,2024-01-01,S3',
        'E09000003,Bad date,PROTOCOL,01/02/2024,S3',
        'E09000003,Bad criterion,PROTOCOL,2024-01-01,S11',
        'E09000003,x,PROTOCOL,2024-01-01,S3',
      ].join('\n'),
    );
    const result = await refused(csv);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'mixed.csv: evidence: 6 rows read, 0 written, 5 rejected; nothing was written.',
      '  line 3: no YOT with code "E99999999"',
      '  line 4: kind "LEAFLET" is not one of PROTOCOL, INFORMATION_SHARING_AGREEMENT, BOARD_MINUTES, PANEL_MINUTES, TRAINING_RECORD, SCREENING_TOOL, CASE_STUDY, CHILD_AND_FAMILY_VOICE, OUTCOME_DATA, PLAN, SELF_ASSESSMENT, INSPECTION_REPORT, PRESS_RELEASE, PRACTICE_FEATURE, OTHER',
      '  line 5: occurred_on "01/02/2024" must be a date written YYYY-MM-DD',
      '  line 6: no criterion "S11" (expected S1…S10)',
      '  line 7: title: title must be longer than or equal to 3 characters',
      '',
    ]);
  });

  it('refuses malformed files with a clear error naming the line, writing nothing', async () => {
    const quoting = await refused(
      file('quotes.csv', 'yot_code,title,kind\nE09000003,"Unclosed quote,PROTOCOL\nE09000003,Fine,PROTOCOL\n'),
    );
    expect(quoting.code).toBe(1);
    expect(quoting.stderr).toMatch(/^quotes\.csv: cannot import, nothing was written\. line \d+: not valid CSV/);
    const latin1 = await refused(
      file(
        'latin1.csv',
        Buffer.concat([
          Buffer.from('yot_code,title,kind\nE09000003,Caf'),
          Buffer.from([0xe9]),
          Buffer.from(' meeting,PROTOCOL\n'),
        ]),
      ),
    );
    expect(latin1.stderr).toContain('line 2: the file is not UTF-8 text');
    const unknown = await refused(file('unknown.csv', 'yot_code,title,kind,colour\nE09000003,Item,PROTOCOL,blue\n'));
    expect(unknown.stderr).toContain('line 1: unknown column colour for a evidence file');
    const missing = await refused(file('missing.csv', 'yot_code,title\nE09000003,Item\n'));
    expect(missing.stderr).toContain('line 1: missing required column kind for a evidence file');
    const json = await refused(
      file('broken.json', '{ "kind": "partnerships", "rows": [ { "yot_code": "E09000003", } ] }'),
    );
    expect(json.stderr).toContain('not valid JSON');
    const jsonColumns = await refused(
      file('cols.json', JSON.stringify({ kind: 'outcomes', rows: [{ yot_code: 'E09000003', child_ref: 'A-1' }] })),
    );
    expect(jsonColumns.stderr).toContain('row 1: missing required column measure, met, period');
  });

  it('leaves the database as it was when the process is killed mid-import', async () => {
    const rows = Array.from(
      { length: 300 },
      (_, i) => `E08000011,Imported minute ${i + 1},BOARD_MINUTES,2024-02-01,S9`,
    );
    const path = file('big.csv', ['yot_code,title,kind,occurred_on,criteria', ...rows].join('\n'));
    const result = await refused(path, { HUB_IMPORT_CRASH_AFTER_ROWS: '150' });
    expect(result.signal).toBe('SIGKILL');
    const [row] = await hub.dataSource.query(`SELECT COUNT(*) AS n FROM evidence WHERE title LIKE 'Imported minute %'`);
    expect(Number(row.n)).toBe(0);
    // The same file then imports completely.
    expect(run(path).stdout).toBe('big.csv: evidence: 300 rows read, 300 written, 0 rejected.\n');
  });

  it('imports outcomes for registered children and rejects rows for unknown ones', async () => {
    await hub.dataSource.query(
      `INSERT INTO child ("yotId", ref, "ageBand", "sendStatus", needs, version, "createdAt", "updatedAt", "recordKey") SELECT id, 'K-0001', 'AGE_14_TO_15', 'EHCP', '[]', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 12345 FROM yot WHERE code = 'E08000011'`,
    );
    const bad = await refused(
      file(
        'outcomes.csv',
        'yot_code,child_ref,measure,met,period\nE08000011,K-0001,SUITABLE_ETE,yes,2024-Q1\nE08000011,K-0404,SUITABLE_ETE,no,2024-Q1\nE08000011,K-0001,SUITABLE_ETE,no,2024-Q1\n',
      ),
    );
    expect(bad.stdout.split('\n').slice(1, 3)).toEqual([
      '  line 3: no child with reference "K-0404" in E08000011; register the child first',
      '  line 4: repeats row 0 (same child, measure and period)',
    ]);
    const good = run(
      file(
        'outcomes-ok.csv',
        'yot_code,child_ref,measure,met,period,recorded_by\nE08000011,K-0001,SUITABLE_ETE,yes,2024-Q1,Knowsley pre-16 education\nE08000011,K-0001,FORMAL_SEND_PLAN,true,2024-Q1,\n',
      ),
    );
    expect(good.stdout).toBe('outcomes-ok.csv: outcomes: 2 rows read, 2 written, 0 rejected.\n');
  });
});
