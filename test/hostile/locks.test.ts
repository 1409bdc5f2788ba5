import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths';
import { onPostgres, startTestHub, TestHub } from '../support/hub';
import { ServerProcess, startServerProcess } from '../support/server-process';

const ADMIN_TOKEN = 'locks-test-admin-token-0123456789abcdef';
const IMPORT_CLI = join(projectRoot(), 'dist', 'src', 'import', 'cli.js');
const CREATE_AGENCY =
  'mutation Create($input: CreateAgencyInput!) { createAgency(input: $input) { agency { id name } } }';

/** An evidence file of `rows` items for Barnet, big enough that the import holds the write lock for a while. */
function evidenceFile(dir: string, rows: number): string {
  const lines = ['yot_code,title,kind,provided_by,criteria'];
  for (let i = 0; i < rows; i++)
    lines.push(`E09000003,Locks test evidence ${i},PROTOCOL,Barnet Local Authority SEND Team,S3`);
  const file = join(dir, 'evidence.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const count = async (hub: TestHub, sql: string) => Number((await hub.dataSource.query(sql))[0].n);

describe('writers wait their turn: a running server and `npm run import` on one database', () => {
  let hub: TestHub;
  let dir: string;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    hub = await startTestHub();
    dir = mkdtempSync(join(tmpdir(), 'hub-locks-'));
  });
  afterAll(async () => {
    await server?.stop();
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a file while mutations arrive at the server, and both succeed', async () => {
    const serverProcess = await startServerProcess(hub.url, { HUB_ADMIN_TOKEN: ADMIN_TOKEN });
    server = serverProcess;
    const evidenceBefore = await count(hub, `SELECT COUNT(*) AS n FROM evidence`);
    // PostgreSQL needs no help to let writers wait; a smaller file keeps its (slower) import short.
    const rows = onPostgres ? 300 : 3000;
    const file = evidenceFile(dir, rows);
    const importer = spawn(process.execPath, [IMPORT_CLI, file], {
      env: { ...process.env, DATABASE_URL: hub.url, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let importOutput = '';
    importer.stdout.on('data', (chunk: Buffer) => (importOutput += chunk.toString()));
    importer.stderr.on('data', (chunk: Buffer) => (importOutput += chunk.toString()));
    let running = true;
    const exited = new Promise<number | null>((resolve) =>
      importer.once('exit', (code) => {
        running = false;
        resolve(code);
      }),
    );

    const answers: string[] = [];
    let duringImport = 0;
    let n = 0;
    const mutate = async () => {
      while (running || n < 6) {
        const i = ++n;
        const response = await fetch(`${serverProcess.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
          body: JSON.stringify({
            query: CREATE_AGENCY,
            variables: { input: { name: `Locks test agency ${i}`, type: 'OTHER' } },
          }),
        });
        const body = (await response.json()) as { errors?: { message: string }[] };
        answers.push(body.errors ? `${response.status} ${body.errors[0].message}` : 'ok');
        if (running) duringImport++;
      }
    };
    await Promise.all([mutate(), mutate(), mutate()]);
    const code = await exited;
    expect({ code, importOutput }).toEqual({
      code: 0,
      importOutput: expect.stringContaining(`${rows} written, 0 rejected`),
    });
    expect(answers.filter((a) => a !== 'ok')).toEqual([]);
    expect(duringImport).toBeGreaterThan(0);
    expect(await count(hub, `SELECT COUNT(*) AS n FROM evidence`)).toBe(evidenceBefore + rows);
    expect(await count(hub, `SELECT COUNT(*) AS n FROM agency WHERE name LIKE 'Locks test agency %'`)).toBe(
      answers.length,
    );
    expect(await serverProcess.stop()).toBe(0);
  }, 120_000);
});

describe('graceful shutdown waits for running operations, not only connections', () => {
  let hub: TestHub;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => {
    await server?.stop();
    await hub.close();
  });

  /** Holds the agency table's write lock from outside the server until `release` is called. */
  async function holdWriteLock(): Promise<() => Promise<void>> {
    if (onPostgres) {
      const runner: QueryRunner = hub.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      await runner.query('LOCK TABLE agency IN EXCLUSIVE MODE');
      return async () => {
        await runner.commitTransaction();
        await runner.release();
      };
    }
    await hub.dataSource.query('BEGIN IMMEDIATE');
    return async () => {
      await hub.dataSource.query('COMMIT');
    };
  }

  it('lets a mutation whose client has gone finish and commit after SIGTERM, then closes the database and exits 0', async () => {
    const serverProcess = await startServerProcess(hub.url, { HUB_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: 'debug' });
    server = serverProcess;
    const release = await holdWriteLock();
    let released = false;
    try {
      // The mutation waits for the lock; its client gives up and disconnects.
      const { port } = new URL(serverProcess.url);
      const body = JSON.stringify({
        query: CREATE_AGENCY,
        variables: { input: { name: 'Agency written during shutdown', type: 'OTHER' } },
      });
      const request = http.request({
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      request.on('error', () => undefined);
      request.end(body);
      await expect.poll(() => serverProcess.output().includes('"request received"'), { timeout: 10_000 }).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      request.destroy();
      const exited = serverProcess.stop();
      await expect
        .poll(() => serverProcess.output().includes('waiting for running operations to finish'), { timeout: 10_000 })
        .toBe(true);
      // Connections are all gone, but the operation still runs: the process must still be up.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(serverProcess.child.exitCode).toBeNull();
      await release();
      released = true;
      expect(await exited).toBe(0);
    } finally {
      if (!released) await release();
    }
    expect(serverProcess.output()).not.toMatch(
      /unexpected error|Connection terminated|SQLITE_MISUSE|not finish in time/,
    );
    expect(await count(hub, `SELECT COUNT(*) AS n FROM agency WHERE name = 'Agency written during shutdown'`)).toBe(1);
  }, 60_000);
});
