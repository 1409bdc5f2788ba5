import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths';
import { startTestHub, TestHub } from './support/hub';
import { withoutWrites } from './support/snapshot';

/** The CLIs as deployed (`node dist/...`; the suite builds first), each with the name its npm script has. */
const CLIS = {
  export: 'dist/src/export/cli.js',
  import: 'dist/src/import/cli.js',
  token: 'dist/src/modules/auth/token-cli.js',
  seed: 'dist/src/seed/cli.js',
  'seed:synthetic': 'dist/src/seed/synthetic/cli.js',
} as const;

/** Environment without npm's INIT_CWD (set when the suite itself runs under npm), so `node` runs resolve against their own cwd. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
  delete env.INIT_CWD;
  delete env.HUB_DEBUG;
  return { ...env, ...extra };
}

describe('the command-line tools, run as processes', () => {
  let hub: TestHub;
  let dir: string;
  beforeAll(async () => {
    hub = await startTestHub();
    dir = mkdtempSync(join(tmpdir(), 'hub-cli-'));
  });
  afterAll(() => hub.close());

  const run = (
    cli: keyof typeof CLIS,
    args: string[],
    options: { cwd?: string; env?: Record<string, string> } = {},
  ) => {
    const result = spawnSync(process.execPath, [join(projectRoot(), CLIS[cli]), ...args], {
      cwd: options.cwd ?? dir,
      env: cleanEnv({ DATABASE_URL: hub.url, ...options.env }),
      encoding: 'utf8',
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  /** One sentence (plus, for bad usage, the usage line and the pointer to --help); never a stack trace. */
  const expectPlain = (stderr: string) => {
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr.trim().split('\n').length).toBeLessThanOrEqual(3);
  };

  it.each(Object.keys(CLIS) as (keyof typeof CLIS)[])(
    '%s --help prints usage, options and examples and exits 0, touching no database',
    (cli) => {
      const result = run(cli, ['--help'], { env: { DATABASE_URL: `sqlite:${join(dir, 'never-created.sqlite')}` } });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^usage: npm run ${cli.replace(':', '\\:')}`));
      expect(result.stdout).toContain('Examples:');
      expect(result.stdout).toContain('Exit codes: 0 done; 1 bad usage or input');
      expect(result.stderr).toBe('');
      expect(existsSync(join(dir, 'never-created.sqlite'))).toBe(false);
    },
  );

  it.each(Object.keys(CLIS) as (keyof typeof CLIS)[])(
    '%s refuses an unknown option with exit 1, one sentence and the usage',
    (cli) => {
      const result = run(cli, ['--frobnicate']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /^Unknown option '--frobnicate'\.\nusage: npm run .*\nRun with --help for options and examples\.\n$/,
      );
      expect(result.stdout).toBe('');
    },
  );

  describe('export', () => {
    it('refuses an unknown view, region or YOT with exit 1 and one sentence, writing nothing', () => {
      const view = run('export', ['everything']);
      expect(view).toMatchObject({ code: 1, stdout: '' });
      expect(view.stderr.split('\n')[0]).toBe(
        'There is no view "everything"; the views are coverage, partners, criteria, gaps, outcomes, redesignations, kpi-return.',
      );
      const region = run('export', ['partners', '--region', 'Atlantis']);
      expect(region).toMatchObject({ code: 1, stdout: '' });
      expect(region.stderr.split('\n')[0]).toBe(
        'There is no YOT in region "Atlantis"; the regions are London, North West.',
      );
      const yot = run('export', ['gaps', '--yot', 'E99999999']);
      expect(yot).toMatchObject({ code: 1, stdout: '' });
      expect(yot.stderr.split('\n')[0]).toBe('There is no YOT with code "E99999999".');
      const date = run('export', ['coverage', '--as-of', '2025-02-30']);
      expect(date.code).toBe(1);
      expectPlain(view.stderr);
    });

    it('matches a region whatever its case, and limits to one YOT with --yot', () => {
      const london = run('export', ['coverage', '--region', 'london', '--format', 'json']);
      expect(london.code).toBe(0);
      expect(JSON.parse(london.stdout).map((r: { yotCode: string }) => r.yotCode)).toEqual(['E09000003']);
      const knowsley = run('export', ['criteria', '--yot', 'e08000011', '--format', 'json']);
      expect(new Set(JSON.parse(knowsley.stdout).map((r: { yotCode: string }) => r.yotCode))).toEqual(
        new Set(['E08000011']),
      );
    });

    it('judges on --as-of: rows carry the date and say what held then', () => {
      const rows = (args: string[]) =>
        JSON.parse(run('export', ['coverage', '--format', 'json', ...args]).stdout) as Record<string, unknown>[];
      const then = rows(['--as-of', '2000-01-01']);
      const now = rows([]);
      expect(then.map((r) => r.asOf)).toEqual(['2000-01-01', '2000-01-01']);
      expect(now[0].asOf).not.toBe('2000-01-01');
      const withoutDate = (list: Record<string, unknown>[]) => list.map(({ asOf: _, ...rest }) => rest);
      expect(withoutDate(then)).not.toEqual(withoutDate(now));
      expect(rows(['--as-of', now[0].asOf as string])).toEqual(now);
    });

    it('writes --out relative to the directory it is run from (node directly, or npm run from elsewhere)', () => {
      const here = mkdtempSync(join(tmpdir(), 'hub-cli-out-'));
      const direct = run('export', ['coverage', '--out', 'coverage.csv'], { cwd: here });
      expect(direct.code).toBe(0);
      expect(direct.stderr).toBe(`wrote 2 coverage rows to ${join(here, 'coverage.csv')}\n`);
      expect(readFileSync(join(here, 'coverage.csv'), 'utf8')).toContain('E09000003');
      // npm runs scripts from the project root and says where it was started in INIT_CWD.
      const viaNpm = run('export', ['gaps', '--yot', 'E09000003', '--out', 'gaps.csv'], {
        cwd: projectRoot(),
        env: { INIT_CWD: here },
      });
      expect(viaNpm.code).toBe(0);
      expect(existsSync(join(here, 'gaps.csv'))).toBe(true);
      expect(existsSync(join(projectRoot(), 'gaps.csv'))).toBe(false);
    });
  });

  const evidence = (rows: string[]) => ['yot_code,title,kind,occurred_on,criteria', ...rows].join('\n');

  describe('import', () => {
    it('says one sentence for a missing file, exit 1', () => {
      const result = run('import', ['no-such-file.csv']);
      expect(result.code).toBe(1);
      expect(result.stderr.split('\n')[0]).toBe('There is no file no-such-file.csv; nothing was written.');
      expectPlain(result.stderr);
    });

    it('writes nothing when the same file is imported again, and skips rows already in the hub', async () => {
      const first = file('idempotent.csv', evidence(['E09000003,CLI idempotence one,PROTOCOL,2024-02-01,S3']));
      expect(run('import', [first]).stdout).toBe('idempotent.csv: evidence: 1 row read, 1 written, 0 rejected.\n');
      const again = await withoutWrites(hub.dataSource, async () => run('import', [first]));
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(
        /^idempotent\.csv: evidence: this file was already imported on \d{4}-\d{2}-\d{2} \(as idempotent\.csv\); nothing was written\.\n$/,
      );
      // A later export of the same sheet with one row more: the old row is recognised by its natural key.
      const grown = file(
        'idempotent-v2.csv',
        evidence([
          'E09000003,CLI idempotence one,PROTOCOL,2024-02-01,S3',
          'E09000003,CLI idempotence two,PROTOCOL,2024-02-02,S3',
        ]),
      );
      expect(run('import', [grown]).stdout).toBe(
        'idempotent-v2.csv: evidence: 2 rows read, 1 written, 1 already in the hub, 0 rejected.\n',
      );
      const [{ n }] = await hub.dataSource.query(
        `SELECT COUNT(*) AS n FROM evidence WHERE title LIKE 'CLI idempotence%'`,
      );
      expect(Number(n)).toBe(2);
    });

    it('reports every problem of a row, each by its line, and counts rows in plain words', async () => {
      const bad = file('every-problem.csv', evidence(['E99999999,Two problems,LEAFLET,2024-01-01,S3;S12']));
      const result = await withoutWrites(hub.dataSource, async () => run('import', [bad]));
      expect(result.code).toBe(1);
      expect(result.stdout.split('\n')).toEqual([
        'every-problem.csv: evidence: 1 row read, 0 written, 1 rejected; nothing was written.',
        '  line 2: no YOT with code "E99999999"',
        expect.stringMatching(/^ {2}line 2: kind "LEAFLET" is not one of PROTOCOL, /),
        '  line 2: no criterion "S12" (expected S1…S10)',
        '',
      ]);
    });
  });

  describe('a missing database', () => {
    it('is one sentence and exit 2 for the CLIs that read, and no file is created', () => {
      const missing = join(dir, 'missing', 'hub.sqlite');
      for (const [cli, args] of [
        ['export', ['coverage']],
        ['token', ['list']],
        ['import', [file('any.csv', evidence(['E09000003,Any,PROTOCOL,2024-01-01,S3']))]],
      ] as const) {
        const result = run(cli, [...args], { env: { DATABASE_URL: `sqlite:${missing}` } });
        expect(result.code, cli).toBe(2);
        expect(result.stderr).toBe(
          `There is no database at ${missing}: set DATABASE_URL, or create it with \`npm run seed\`.\n`,
        );
      }
      expect(existsSync(missing)).toBe(false);
    });

    it('is one sentence for a PostgreSQL database that does not exist, from the CLIs and the server (exit 1)', () => {
      const url = 'postgres://postgres@127.0.0.1:5432/hub_no_such_database';
      const token = run('token', ['list'], { env: { DATABASE_URL: url } });
      expect(token.code).toBe(2);
      expect(token.stderr).toMatch(
        /^(The PostgreSQL database in DATABASE_URL does not exist \(postgres:\/\/\*\*\*@127\.0\.0\.1:5432\/hub_no_such_database\): create it \(createdb\) or correct DATABASE_URL\.|Cannot reach the database server in DATABASE_URL .*)\n$/,
      );
      const server = spawnSync(process.execPath, [join(projectRoot(), 'dist', 'src', 'main.js')], {
        env: cleanEnv({ DATABASE_URL: url, PORT: '0' }),
        encoding: 'utf8',
      });
      expect(server.status).toBe(1);
      expect(server.stderr).toBe(`YJ partnership hub did not start: ${token.stderr}`);
    });
  });

  describe('tokens', () => {
    it('creates a token printing only the token, and refuses an unknown YOT with one sentence', () => {
      const created = run('token', ['create', '--role', 'ANALYST', '--name', 'cli test']);
      expect(created.code).toBe(0);
      expect(created.stdout).toMatch(/^\S+\n$/);
      const unknown = run('token', ['create', '--role', 'YOT_MANAGER', '--yot', 'E99999999', '--name', 'nobody']);
      expect(unknown).toMatchObject({ code: 1, stdout: '' });
      expect(unknown.stderr.split('\n')[0]).toBe('No YOT with code E99999999.');
    });
  });

  it(
    'runs from dist without rebuilding when the build is up to date, printing nothing of a build',
    { timeout: 120_000 },
    () => {
      // Bring dist/ up to date first (the suite's pretest build normally has); then nothing must be rebuilt.
      expect(
        spawnSync(process.execPath, [join(projectRoot(), 'bin', 'ensure-built.js')], {
          cwd: projectRoot(),
          encoding: 'utf8',
        }).status,
      ).toBe(0);
      const result = spawnSync('npm', ['run', '--silent', 'token', '--', '--help'], {
        cwd: projectRoot(),
        env: cleanEnv({}),
        encoding: 'utf8',
      });
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^usage: npm run token/);
    },
  );
});
