import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/graphql/persisted-documents';
import { Role } from '../../src/modules/auth/roles';
import { TokenService } from '../../src/modules/auth/token.service';
import { listen, startTestHub, TestHub } from '../support/hub';

const ADMIN_TOKEN = 'metrics-test-admin-token-0123456789abcdef';
const METRICS_TOKEN = 'metrics-test-scrape-token-0123456789abcdef';

describe('/metrics behind a token, labelled with known operations only', () => {
  let hub: TestHub;
  let base: string;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    hub = await startTestHub({
      config: { adminToken: ADMIN_TOKEN, metricsToken: METRICS_TOKEN, anonymousRole: 'ANALYST' },
    });
    base = await listen(hub);
    tokens.admin = await TokenService.create(hub.dataSource, { name: 'metrics admin', role: Role.ADMIN });
    tokens.analyst = await TokenService.create(hub.dataSource, { name: 'metrics analyst', role: Role.ANALYST });
  });
  afterAll(() => hub.close());

  const scrape = (authorization?: string) =>
    fetch(`${base}/metrics`, { headers: authorization ? { authorization } : {} });

  it('refuses a scrape without the metrics token or an admin token, with 401 and a Bearer challenge', async () => {
    const none = await scrape();
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="hub"');
    expect(await none.text()).not.toContain('hub_graphql');
    for (const authorization of [
      `Bearer ${tokens.analyst}`,
      'Bearer not-the-metrics-token',
      `Basic ${Buffer.from(`x:${METRICS_TOKEN}`).toString('base64')}`,
    ]) {
      const refused = await scrape(authorization);
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="hub", error="invalid_token"');
    }
    for (const authorization of [`Bearer ${METRICS_TOKEN}`, `Bearer ${ADMIN_TOKEN}`, `Bearer ${tokens.admin}`]) {
      const allowed = await scrape(authorization);
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('hub_graphql_requests_total');
    }
  });

  it('labels operations it does not know as `other`, so 300 invented names add no series', async () => {
    for (let i = 0; i < 300; i++) {
      await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query Junk${i}_${'x'.repeat(40)} { __typename }` }),
      });
    }
    const text = await (await scrape(`Bearer ${METRICS_TOKEN}`)).text();
    expect(text).not.toMatch(/Junk\d/);
    expect(text).toMatch(/hub_graphql_requests_total\{operation="other",outcome="ok"\} (\d+)/);
    expect(
      Number(/hub_graphql_requests_total\{operation="other",outcome="ok"\} (\d+)/.exec(text)![1]),
    ).toBeGreaterThanOrEqual(300);
    const operations = new Set([...text.matchAll(/operation="([^"]+)"/g)].map((m) => m[1]));
    expect([...operations].every((name) => name === 'other' || /^[A-Z][A-Za-z]+$/.test(name))).toBe(true);
    // No credential reaches a metric either.
    for (const secret of [ADMIN_TOKEN, METRICS_TOKEN, tokens.admin, tokens.analyst]) expect(text).not.toContain(secret);
  });
});

describe('/metrics on its own port (METRICS_PORT)', () => {
  let hub: TestHub;
  it('serves /metrics only on the separate listener', async () => {
    hub = await startTestHub({ config: { adminToken: ADMIN_TOKEN, metricsPort: 0, metricsHost: '127.0.0.1' } });
    const base = await listen(hub);
    const metricsServer = hub.server.metricsServer!;
    await new Promise<void>((resolve) => metricsServer.listen(0, '127.0.0.1', resolve));
    const port = (metricsServer.address() as AddressInfo).port;
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).status).toBe(404);
    const separate = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(separate.status).toBe(200);
    expect(await separate.text()).toContain('hub_db_pool_connections');
    await hub.close();
    expect(metricsServer.listening).toBe(false);
  });
});

describe('automatic persisted queries reveal nothing about other callers', () => {
  let hub: TestHub;
  let url: string;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    hub = await startTestHub({ config: { adminToken: ADMIN_TOKEN, anonymousRole: 'ANALYST', trustProxy: true } });
    url = `${await listen(hub)}/graphql`;
    tokens.manager = await TokenService.create(hub.dataSource, {
      name: 'apq manager',
      role: Role.YOT_MANAGER,
      yotCode: 'E09000003',
    });
    tokens.analyst = await TokenService.create(hub.dataSource, { name: 'apq analyst', role: Role.ANALYST });
  });
  afterAll(() => hub.close());

  const apq = async (hash: string, options: { query?: string; token?: string; from?: string } = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.from) headers['x-forwarded-for'] = options.from;
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: options.query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    // Request ids differ by request; everything else must be identical.
    const text = (await response.text()).replace(/"requestId":"[^"]+"/g, '"requestId":"…"');
    return {
      status: response.status,
      body: JSON.parse(text) as { data?: unknown; errors?: { extensions: { code: string } }[] },
    };
  };

  it('finds a hash only for the caller who sent its text: another token, or another anonymous address, gets what an unused hash gets', async () => {
    const secretQuery = '{ yot(code: "E09000003") { name children(first: 5) { totalCount } } }';
    const hash = sha256(secretQuery);
    const registered = await apq(hash, { query: secretQuery, token: tokens.manager });
    expect(registered.status).toBe(200);
    const again = await apq(hash, { token: tokens.manager });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(registered.body);
    const never = await apq(sha256('{ never { sent } }'), { token: tokens.analyst });
    const other = await apq(hash, { token: tokens.analyst });
    expect(other).toEqual(never);
    expect(other.body.errors!.map((e) => e.extensions.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    // Anonymous callers are told apart by address.
    const framework = '{ framework { code } }';
    expect((await apq(sha256(framework), { query: framework, from: '203.0.113.1' })).status).toBe(200);
    expect((await apq(sha256(framework), { from: '203.0.113.1' })).body).toMatchObject({
      data: { framework: { code: 'YJ_SEND' } },
    });
    expect((await apq(sha256(framework), { from: '203.0.113.2' })).body.errors!.map((e) => e.extensions.code)).toEqual([
      'PERSISTED_QUERY_NOT_FOUND',
    ]);
  });
});
