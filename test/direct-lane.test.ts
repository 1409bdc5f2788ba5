import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '../src/modules/auth/roles';
import { TokenService } from '../src/modules/auth/token.service';
import { listen, startTestHub } from './support/hub';

/** Headers that differ between any two requests: the date, the request id, and what the budget's clock changes. */
const VARYING = new Set(['date', 'x-request-id', 'etag', 'ratelimit-remaining', 'ratelimit-reset', 'content-length']);

type Request = { body: string; headers: Record<string, string> };

/** Status, headers (those that do not vary from request to request) and body text, ids and budget masked. */
async function answer(url: string, init: Request) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', ...init });
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !VARYING.has(name)));
  const body = (await response.text())
    .replace(/"requestId":"[^"]+"/g, '"requestId":"…"')
    .replace(/"currentlyAvailable":\d+/g, '"currentlyAvailable":…')
    .replace(/"retryAfter":\d+/g, '"retryAfter":…')
    .replace(/Retry after \d+ s/g, 'Retry after … s');
  return { status: response.status, headers, body };
}

/** One hub as deployed (production limits, no anonymous role), with the direct lane or without it (every request through Apollo). */
async function hubWith(directLane: boolean) {
  const hub = await startTestHub({
    limits: 'production',
    config: { directLane, costBudgetPerMinute: 3000, anonymousRole: null },
  });
  const url = await listen(hub);
  const apollo = vi.spyOn(hub.server.apollo, 'executeHTTPGraphQLRequest');
  // Each case has its own token, so each spends from its own budget, the same on both hubs.
  const tokens = new Map<string, string>();
  const token = async (label: string, role = Role.ANALYST) => {
    const name = `case ${tokens.size + 1}`;
    if (!tokens.has(label)) tokens.set(label, await TokenService.create(hub.dataSource, { name, role }));
    return tokens.get(label)!;
  };
  return { hub, url, apollo, token };
}

const json = { 'content-type': 'application/json' };
const body = (query: string, rest: Record<string, unknown> = {}) => JSON.stringify({ query, ...rest });

/** A query costing about 2,100 (20 YOTs × 100 evidence items): one fits a 3,000 budget, two in a row do not. */
const COSTLY = '{ yots(first: 20) { nodes { code evidence(first: 100) { nodes { title } } } } }';

/**
 * The direct lane (src/http/direct-lane.ts) answers a query Apollo has already validated without Apollo's pipeline
 * (issue 16). Each request below is sent twice to a hub with the lane and twice to one without it (the first
 * sending of a text is always Apollo's): the second answers must be the same, byte for byte but for ids, and the
 * lane must have answered exactly the requests it is meant to, handing the rest to Apollo.
 */
describe('the direct lane answers as Apollo does', () => {
  let lane: Awaited<ReturnType<typeof hubWith>>;
  let plain: Awaited<ReturnType<typeof hubWith>>;
  beforeAll(async () => {
    [lane, plain] = await Promise.all([hubWith(true), hubWith(false)]);
  });
  afterAll(async () => {
    await Promise.all([lane?.hub.close(), plain?.hub.close()]);
  });

  /** [name, the request (given an analyst's headers), whether the lane answers its second sending itself] */
  const cases: [string, (auth: Record<string, string>) => Request, boolean][] = [
    [
      'a small result with variables',
      (auth) => ({
        body: body('query Q1($code: String!) { yot(code: $code) { code name region nation } }', {
          variables: { code: 'E09000003' },
        }),
        headers: auth,
      }),
      true,
    ],
    [
      'an error (NOT_FOUND) beside data',
      (auth) => ({ body: body('{ yot(code: "NOPE") { code } criteria { code } }'), headers: auth }),
      true,
    ],
    ['reference data (cacheable)', (auth) => ({ body: body('{ criteria { code title } }'), headers: auth }), true],
    [
      'a large result, compressed',
      (auth) => ({
        body: body('{ __schema { types { name description } } }'),
        headers: { ...auth, 'accept-encoding': 'gzip' },
      }),
      true,
    ],
    [
      'one operation of several, by name',
      (auth) => ({
        body: body('query A { criteria { code } } query B { yot(code: "E09000003") { name } }', {
          operationName: 'B',
          variables: null,
        }),
        headers: auth,
      }),
      true,
    ],
    [
      'variables that do not coerce',
      (auth) => ({
        body: body('query Q($code: String!) { yot(code: $code) { code } }', { variables: { code: 7 } }),
        headers: auth,
      }),
      false,
    ],
    [
      'an operation over the cost limit',
      (auth) => ({
        body: body('{ yots(first: 100) { nodes { evidence(first: 100) { nodes { criteria { code } } } } } }'),
        headers: auth,
      }),
      false,
    ],
    ['an operation beyond the budget', (auth) => ({ body: body(COSTLY), headers: auth }), false],
    ['no token', () => ({ body: body('{ criteria { code } }'), headers: json }), false],
    [
      'a bad token',
      () => ({ body: body('{ criteria { code } }'), headers: { ...json, authorization: 'Bearer yjh_nope' } }),
      false,
    ],
    [
      'another Accept',
      (auth) => ({
        body: body('{ criteria { code } }'),
        headers: { ...auth, accept: 'application/graphql-response+json' },
      }),
      false,
    ],
    [
      'a mutation',
      (auth) => ({
        body: body('mutation { __typename }'),
        headers: auth,
      }),
      false,
    ],
    [
      'a persisted-query extension',
      (auth) => ({
        body: body('{ criteria { code } }', { extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }),
        headers: auth,
      }),
      false,
    ],
  ];

  for (const [name, request, direct] of cases) {
    it(`answers ${name} as Apollo does${direct ? ', on the lane' : ', through Apollo'}`, async () => {
      const sent = [];
      for (const hub of [lane, plain]) {
        const auth = { ...json, authorization: `Bearer ${await hub.token(name)}` };
        // The text sent once by this analyst first, so it is known to the lane for this caller.
        await answer(hub.url, { body: request(auth).body, headers: auth });
        hub.apollo.mockClear();
        sent.push(await answer(hub.url, request(auth)));
        expect(hub.apollo).toHaveBeenCalledTimes(hub === lane && direct ? 0 : 1);
      }
      expect(sent[0]).toEqual(sent[1]);
      expect(sent[0].status).toBeLessThan(500);
    });
  }

  it('counts the lane’s operations in the metrics as Apollo’s (before the tests below, sent to one hub only)', async () => {
    const counts = async (hub: typeof lane) => {
      const text = await (
        await fetch(`${hub.url}/metrics`, {
          headers: { authorization: `Bearer ${await hub.token('metrics', Role.ADMIN)}` },
        })
      ).text();
      return text.split('\n').filter((line) => /^hub_graphql_(requests|errors)_total\{/.test(line));
    };
    const [withLane, without] = await Promise.all([counts(lane), counts(plain)]);
    expect(withLane.length).toBeGreaterThan(2);
    expect(withLane).toEqual(without);
  });
  it('charges each operation on the lane its cost, once', async () => {
    const auth = { ...json, authorization: `Bearer ${await lane.token('charges')}` };
    const request = {
      body: body('{ yots(first: 20) { nodes { code evidence(first: 10) { nodes { title } } } } }'),
      headers: auth,
    };
    const costs = [];
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${lane.url}/graphql`, { method: 'POST', ...request });
      const { extensions } = (await response.json()) as {
        extensions: { cost: { requestedQueryCost: number; throttleStatus: { currentlyAvailable: number } } };
      };
      costs.push(extensions.cost);
    }
    const cost = costs[0].requestedQueryCost;
    expect(cost).toBeGreaterThan(200);
    // 3,000 a minute refill 50 a second: a few ms between requests give back at most a few.
    for (const [before, after] of [
      [costs[0], costs[1]],
      [costs[1], costs[2]],
    ]) {
      const spent = before.throttleStatus.currentlyAvailable - after.throttleStatus.currentlyAvailable;
      expect(spent).toBeGreaterThan(cost - 10);
      expect(spent).toBeLessThanOrEqual(cost);
    }
  });

  it("keeps one caller's texts off another caller's lane", async () => {
    const text = body('{ criteria { code } yot(code: "E09000003") { code } }');
    const first = { ...json, authorization: `Bearer ${await lane.token('first caller')}` };
    const second = { ...json, authorization: `Bearer ${await lane.token('second caller')}` };
    await answer(lane.url, { body: text, headers: first });
    lane.apollo.mockClear();
    await answer(lane.url, { body: text, headers: second });
    expect(lane.apollo).toHaveBeenCalledTimes(1);
    await answer(lane.url, { body: text, headers: second });
    expect(lane.apollo).toHaveBeenCalledTimes(1);
  });

  it('keeps Vary: Origin on a cacheable answer to an allowed origin', async () => {
    const auth = {
      ...json,
      authorization: `Bearer ${await lane.token('origin')}`,
      origin: 'https://dashboard.example',
    };
    const request = { body: body('{ criteria { code } }'), headers: auth };
    await answer(lane.url, request);
    const response = await fetch(`${lane.url}/graphql`, { method: 'POST', ...request });
    expect(response.headers.get('cache-control')).toBe('max-age=3600, public');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://dashboard.example');
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b.*\bAuthorization\b/);
  });
});

describe('the direct lane with introspection switched off', () => {
  it('never takes an introspection query: each one is refused by validation, in Apollo', async () => {
    const hub = await startTestHub({ limits: 'production', config: { introspection: false, anonymousRole: null } });
    try {
      const url = await listen(hub);
      const apollo = vi.spyOn(hub.server.apollo, 'executeHTTPGraphQLRequest');
      const auth = {
        ...json,
        authorization: `Bearer ${await TokenService.create(hub.dataSource, { name: 'introspector', role: Role.ANALYST })}`,
      };
      for (let i = 0; i < 2; i++) {
        const refused = await answer(url, { body: body('{ __schema { queryType { name } } }'), headers: auth });
        expect(refused.status).toBe(400);
        expect(refused.body).toContain('GRAPHQL_VALIDATION_FAILED');
      }
      expect(apollo).toHaveBeenCalledTimes(2);
    } finally {
      await hub.close();
    }
  });
});
