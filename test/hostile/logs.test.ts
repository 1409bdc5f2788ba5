import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/modules/auth/roles';
import { tokenId, TokenService } from '../../src/modules/auth/token.service';
import { startTestHub, TestHub } from '../support/hub';
import { ServerProcess, startServerProcess } from '../support/server-process';

const ADMIN_TOKEN = `admin-${randomBytes(24).toString('hex')}`;
const METRICS_TOKEN = `metrics-${randomBytes(24).toString('hex')}`;
/** Secrets that are not tokens of the hub but must not be logged either. */
const OTHER_SECRETS = Object.fromEntries(
  [
    'badBearer',
    'badAdmin',
    'queryToken',
    'queryAccess',
    'queryKey',
    'cookie',
    'cookieToken',
    'apiKey',
    'proxy',
    'hubToken',
    'pathToken',
    'pathSession',
    'pathKey',
  ].map((name) => [name, `${name}-${randomBytes(16).toString('hex')}`]),
);

/**
 * A server process started as deployed (NODE_ENV=production) logging at debug, so every line a request can cause
 * is written; its stdout is the pino destination this test reads back.
 */
describe('secrets never reach a log line', () => {
  let hub: TestHub;
  let server: ServerProcess;
  const tokens: Record<string, string> = {};
  let log: Record<string, unknown>[];
  let raw: string;

  beforeAll(async () => {
    hub = await startTestHub();
    const ds = hub.dataSource;
    const met = Number((await ds.query(`SELECT id FROM agency WHERE name = 'Metropolitan Police Service'`))[0].id);
    tokens.ADMIN = await TokenService.create(ds, { name: 'log admin', role: Role.ADMIN });
    tokens.ASSESSOR = await TokenService.create(ds, { name: 'log assessor', role: Role.ASSESSOR });
    tokens.YOT_MANAGER = await TokenService.create(ds, {
      name: 'log manager',
      role: Role.YOT_MANAGER,
      yotCode: 'E09000003',
    });
    tokens.PARTNER = await TokenService.create(ds, { name: 'log partner', role: Role.PARTNER, agencyId: met });
    tokens.ANALYST = await TokenService.create(ds, { name: 'log analyst', role: Role.ANALYST });
    server = await startServerProcess(hub.url, {
      HUB_ADMIN_TOKEN: ADMIN_TOKEN,
      METRICS_TOKEN,
      LOG_LEVEL: 'debug',
      COST_BUDGET_PER_MINUTE: '2500',
    });

    const post = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
    // Accepted requests with the admin token and an API token of every role.
    expect((await post('{ framework { code } }', bearer(ADMIN_TOKEN))).status).toBe(200);
    for (const role of Object.keys(tokens))
      expect((await post('{ framework { code } }', bearer(tokens[role]))).status).toBe(200);
    // Refused: bad tokens, no token, too complex, rate limited.
    expect((await post('{ framework { code } }', bearer(`yjh_${OTHER_SECRETS.badBearer}`))).status).toBe(401);
    expect((await post('{ framework { code } }', bearer(OTHER_SECRETS.badAdmin))).status).toBe(401);
    expect(
      (
        await post('{ framework { code } }', {
          authorization: `Basic ${Buffer.from(`admin:${ADMIN_TOKEN}`).toString('base64')}`,
        })
      ).status,
    ).toBe(401);
    expect((await post('{ framework { code } }')).status).toBe(401);
    expect(
      (
        await post(
          '{ yots(first: 100) { nodes { evidence(first: 100) { nodes { title } } } } }',
          bearer(tokens.ANALYST),
        )
      ).status,
    ).toBe(400);
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push(
        (await post('{ yots(first: 100) { nodes { partnerships { agency { name } } } } }', bearer(tokens.ASSESSOR)))
          .status,
      );
    expect(statuses).toContain(429);
    // Credentials where the hub never looks: query parameters, cookies, other headers.
    const search = new URLSearchParams({
      query: '{ framework { code } }',
      token: OTHER_SECRETS.queryToken,
      access_token: OTHER_SECRETS.queryAccess,
      api_key: OTHER_SECRETS.queryKey,
    });
    const get = await fetch(`${server.url}/graphql?${search.toString()}`, {
      headers: {
        'apollo-require-preflight': 'true',
        cookie: `session=${OTHER_SECRETS.cookie}; hub_token=${OTHER_SECRETS.cookieToken}`,
        'x-api-key': OTHER_SECRETS.apiKey,
        'proxy-authorization': `Basic ${OTHER_SECRETS.proxy}`,
        'x-hub-token': OTHER_SECRETS.hubToken,
        ...bearer(tokens.ANALYST),
      },
    });
    expect(get.status).toBe(200);
    expect(
      (await fetch(`${server.url}/nowhere?access_token=${OTHER_SECRETS.queryAccess}`, { headers: bearer(ADMIN_TOKEN) }))
        .status,
    ).toBe(404);
    // Path parameters (`;name=value`), which some clients and proxies send in a segment.
    await fetch(`${server.url}/graphql;token=${OTHER_SECRETS.pathToken}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(
      (
        await fetch(
          `${server.url}/nowhere;jsessionid=${OTHER_SECRETS.pathSession};lang=en/deeper;api_key=${OTHER_SECRETS.pathKey}?page=2`,
          { headers: bearer(ADMIN_TOKEN) },
        )
      ).status,
    ).toBe(404);
    // /metrics, refused and accepted.
    expect((await fetch(`${server.url}/metrics?token=${OTHER_SECRETS.queryToken}`)).status).toBe(401);
    const metrics = await fetch(`${server.url}/metrics`, { headers: bearer(METRICS_TOKEN) });
    expect(metrics.status).toBe(200);
    const scraped = await metrics.text();
    // A real fault: the token table is gone, so the request errors (500) and the error is logged with its id.
    // A token the server has not seen yet, so its lookup is not answered from the server's token cache.
    tokens.FAULT = await TokenService.create(ds, { name: 'log fault', role: Role.ANALYST });
    await ds.query('ALTER TABLE api_token RENAME TO api_token_away');
    expect((await post('{ framework { code } }', bearer(tokens.FAULT))).status).toBe(500);
    await ds.query('ALTER TABLE api_token_away RENAME TO api_token');
    expect(await server.stop()).toBe(0);
    raw = server.output() + scraped;
    log = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await hub?.close();
  });

  it('writes no credential anywhere: not the admin token, no API token of any role, no bad token, nothing from a query parameter, cookie or other header', () => {
    const secrets = [ADMIN_TOKEN, METRICS_TOKEN, ...Object.values(tokens), ...Object.values(OTHER_SECRETS)];
    // Base64 of a credential would be a leak too (the Basic header above carries the admin token so).
    const forms = secrets.flatMap((secret) => [
      secret,
      secret.slice(4, 24),
      Buffer.from(`admin:${secret}`).toString('base64'),
    ]);
    const leaked = forms.filter((form) => raw.includes(form));
    expect(leaked).toEqual([]);
    expect(raw).not.toMatch(/authorization|cookie|x-api-key|x-hub-token/i);
  });

  it('writes one slim access line per request: method, path with secrets redacted, status, time, request id and the token id', () => {
    const access = log.filter((line) => line.msg === 'request completed' || line.msg === 'request errored');
    expect(access.length).toBeGreaterThanOrEqual(18);
    for (const line of access) {
      expect(Object.keys(line.req as object).sort()).toEqual(['method', 'path']);
      expect(Object.keys(line.res as object)).toEqual(['statusCode']);
      expect(line).toHaveProperty('responseTime');
      expect(line).toHaveProperty('reqId');
    }
    const idsSeen = new Set(access.map((line) => line.tokenId));
    expect(idsSeen).toContain('admin');
    for (const token of Object.values(tokens)) expect(idsSeen).toContain(tokenId(token));
    expect(idsSeen).toContain(tokenId(`yjh_${OTHER_SECRETS.badBearer}`));
    for (const id of idsSeen) if (id !== undefined) expect(id).toMatch(/^(admin|[0-9a-f]{12})$/);
    const paths = access.map((line) => (line.req as { path: string }).path);
    expect(paths).toContainEqual(
      expect.stringMatching(/^\/graphql\?query=.*&token=\[REDACTED\]&access_token=\[REDACTED\]&api_key=\[REDACTED\]$/),
    );
    expect(paths).toContain('/nowhere?access_token=[REDACTED]');
    expect(paths).toContain('/graphql;token=[REDACTED]');
    expect(paths).toContain('/nowhere;jsessionid=[REDACTED];lang=en/deeper;api_key=[REDACTED]?page=2');
    const statuses = access.map((line) => (line.res as { statusCode: number }).statusCode);
    expect(statuses).toEqual(expect.arrayContaining([200, 400, 401, 404, 429, 500]));
  });

  it('logs the fault with its error id, and without the request headers', () => {
    const fault = log.find((line) => line.msg === 'unexpected error while executing GraphQL');
    expect(fault).toMatchObject({
      errorId: expect.any(String),
      requestId: expect.any(String),
      tokenId: tokenId(tokens.FAULT),
    });
  });
});
