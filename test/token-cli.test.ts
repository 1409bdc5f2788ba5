import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths';
import { startTestHub, TestHub } from './support/hub';

/** The token CLI run as deployed (`dist/`; build first), against a test hub's database. */
describe('npm run token', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [join(projectRoot(), 'dist', 'src', 'modules', 'auth', 'token-cli.js'), ...args], {
      env: { ...process.env, DATABASE_URL: hub.url, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });

  it('creates a token, printing only the token, lists it and revokes it', async () => {
    const created = cli('create', '--role', 'YOT_MANAGER', '--yot', 'E09000003', '--name', 'barnet dashboard');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/^yjh_[A-Za-z0-9_-]{43}\n$/);
    const [row] = await hub.dataSource.query(
      `SELECT "tokenHash" AS hash FROM api_token WHERE name = 'barnet dashboard'`,
    );
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.hash).not.toContain(created.stdout.trim());
    expect(cli('list').stdout).toMatch(/^barnet dashboard\tYOT_MANAGER yot=\d+\tcreated /);
    const noAgency = cli('create', '--role', 'PARTNER', '--name', 'no agency');
    expect(noAgency.status).toBe(1); // bad usage (README "Exit codes")
    expect(noAgency.stderr.split('\n')[0]).toBe('A PARTNER token needs --agency <id>.');
    expect(cli('revoke', 'barnet dashboard').status).toBe(0);
    expect(cli('list').stdout).toContain('revoked');
    expect(cli('revoke', 'barnet dashboard').status).toBe(1);
  });
});
