import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPersistedDocuments } from '../src/graphql/persisted-documents';
import { loadConfig } from '../src/config';
import { loadSynthetic } from '../src/seed/synthetic/national';
import { listen, startTestHub, TestHub } from './support/hub';
import { startServerProcess } from './support/server-process';

const ADMIN_TOKEN = 'operations-test-admin-token-0123456789abcdef';

describe('operations endpoints: readiness, metrics and request ids', () => {
  let hub: TestHub;
  let base: string;
  beforeAll(async () => {
    hub = await startTestHub({ config: { adminToken: ADMIN_TOKEN } });
    base = await listen(hub);
  });
  afterAll(() => hub.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('answers GET /ready when the database answers and every migration is applied, 503 when not', async () => {
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok' });
    await hub.dataSource.query(`DELETE FROM migrations WHERE id = (SELECT MAX(id) FROM migrations)`);
    const pending = await fetch(`${base}/ready`);
    expect(pending.status).toBe(503);
    expect(await pending.json()).toEqual({ status: 'unavailable', reason: 'migrations are pending' });
    await hub.dataSource.runMigrations({ transaction: 'each' }).catch(() => undefined);
  });

  it('gives every response a request id, keeps a usable one the caller sent, and puts it in error extensions', async () => {
    const mine = await post({ query: '{ framework { code } }' }, { 'x-request-id': 'dashboard-7f3a2c91' });
    expect(mine.headers.get('x-request-id')).toBe('dashboard-7f3a2c91');
    const theirs = await post({ query: '{ framework { code } }' }, { 'x-request-id': 'not a usable id; drop table' });
    expect(theirs.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const failed = await post({ query: '{ yot(code: "E00000000") { name } }' }, { 'x-request-id': 'trace-0000000042' });
    const body = (await failed.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', requestId: 'trace-0000000042' });
  });

  it('exports Prometheus metrics to the admin token: requests, errors and latency by known operation, and database connections', async () => {
    const trusted = [...loadPersistedDocuments(loadConfig({}).persistedDocumentsFile).values()];
    const framework = trusted.find((text) => text.startsWith('query FrameworkCriteria'))!;
    const trail = trusted.find((text) => text.startsWith('query AssessorTrail'))!;
    await post({ query: framework, operationName: 'FrameworkCriteria' });
    await post({ query: trail, operationName: 'AssessorTrail', variables: { yotCode: 'E00000000' } });
    await post({ query: 'query MissingYot { yot(code: "E00000000") { name } }', operationName: 'MissingYot' });
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/hub_graphql_requests_total\{operation="FrameworkCriteria",outcome="ok"\} 1/);
    expect(text).toMatch(/hub_graphql_requests_total\{operation="AssessorTrail",outcome="error"\} 1/);
    expect(text).toMatch(/hub_graphql_errors_total\{operation="AssessorTrail",code="NOT_FOUND"\} 1/);
    // An operation the hub does not know is counted, under `other`, never under the name its caller chose.
    expect(text).toMatch(/hub_graphql_errors_total\{operation="other",code="NOT_FOUND"\} [1-9]/);
    expect(text).not.toContain('MissingYot');
    expect(text).toMatch(/hub_graphql_request_duration_seconds_count\{operation="FrameworkCriteria"\} 1/);
    expect(text).toMatch(/hub_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/hub_process_resident_memory_bytes \d+/);
  });
});

const SHUTDOWN_TOKEN = 'shutdown-test-token-0123456789abcdef';

describe('graceful shutdown', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await loadSynthetic(hub.dataSource, { scale: 0.02, seed: 3 });
  }, 60_000);
  afterAll(() => hub.close());

  /** One request on its own connection, with its own request id: what happened to it, as the client saw it. */
  const request = (port: number, body: string, id: string) =>
    new Promise<string>((resolve) => {
      const headers = {
        'content-type': 'application/json',
        authorization: `Bearer ${SHUTDOWN_TOKEN}`,
        'x-request-id': id,
      };
      const req = http.request(
        { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, headers },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () =>
            resolve(
              res.statusCode === 200 && !text.includes('"errors"')
                ? 'ok'
                : `http ${res.statusCode} ${text.slice(0, 200)}`,
            ),
          );
          res.on('error', (error: NodeJS.ErrnoException) => resolve(`broken ${error.code ?? error.message}`));
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) =>
        resolve(error.code === 'ECONNREFUSED' ? 'refused' : `broken ${error.code ?? error.message}`),
      );
      req.end(body);
    });

  it('answers every request it accepted when SIGTERM arrives under load, then refuses connections and exits 0', async () => {
    // At debug level the server logs each request id as it arrives: the requests it accepted.
    const server = await startServerProcess(hub.url, { HUB_ADMIN_TOKEN: SHUTDOWN_TOKEN, LOG_LEVEL: 'debug' });
    const port = Number(new URL(server.url).port);
    const body = JSON.stringify({
      query:
        '{ coverage(first: 10) { nodes { partnerCoverage partners { evidenceCount } } } criterionCoverage(yotCode: "E99000001") { evidenceCount } }',
    });
    const outcomes = new Map<string, string>();
    let sent = 0;
    let signalled = false;
    let okAfterSignal = 0;
    const worker = async () => {
      // Keep sending until the server refuses connections: it has stopped accepting.
      for (;;) {
        const id = `shutdown-test-${++sent}`;
        const outcome = await request(port, body, id);
        outcomes.set(id, outcome);
        if (signalled && outcome === 'ok') okAfterSignal++;
        if (outcome === 'refused') return;
      }
    };
    const received = () =>
      server
        .output()
        .split('\n')
        .filter((line) => line.includes('"request received"')).length;
    const workers = Array.from({ length: 16 }, worker);
    // Signal once the server is under load (more requests received than workers), however busy the machine is.
    for (const started = Date.now(); received() <= 24 && Date.now() - started < 30_000;)
      await new Promise((resolve) => setTimeout(resolve, 50));
    signalled = true;
    const exited = server.stop();
    await Promise.all(workers);
    expect(await exited).toBe(0);
    const accepted = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"request received"'))
      .map((line) => JSON.parse(line).requestId as string);
    expect(accepted.length).toBeGreaterThan(16);
    // Every request the server accepted was answered in full.
    expect(accepted.filter((id) => outcomes.get(id) !== 'ok')).toEqual([]);
    // The others never reached it: refused, or reset while still queued in the kernel as the listener closed.
    for (const [id, outcome] of outcomes)
      if (outcome !== 'ok') expect([id, outcome]).toEqual([id, expect.stringMatching(/^(refused|broken ECONNRESET)$/)]);
    // Requests in flight when the signal came were answered, not dropped.
    expect(okAfterSignal).toBeGreaterThan(0);
  }, 60_000);
});
