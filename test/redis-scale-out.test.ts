import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, TestHub } from './support/hub';
import { freePort, ServerProcess, startServerProcess } from './support/server-process';

const ADMIN_TOKEN = 'redis-scale-out-test-admin-token-0123';
const REDIS_URL = 'redis://127.0.0.1:6379';
/** Budget per minute: a few dozen small queries, refilling at 5 a second. */
const BUDGET = 300;

/** Whether Redis answers at 127.0.0.1:6379 (CI machines run it; elsewhere the test is skipped without it). */
const redisUp = (() => {
  const probe = `const s = require('net').connect(6379, '127.0.0.1'); s.setTimeout(1000, () => process.exit(1)); s.on('connect', () => process.exit(0)); s.on('error', () => process.exit(1));`;
  try {
    execFileSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
})();
if (!redisUp && process.env.CI) throw new Error('Redis is not reachable at 127.0.0.1:6379, and CI runs it');

const until = async (condition: () => boolean, ms: number) => {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
};

describe.skipIf(!redisUp)('two server processes sharing one Redis (REDIS_URL)', () => {
  let hub: TestHub;
  let a: ServerProcess;
  let b: ServerProcess;
  // Keys of this run only, so parallel runs and earlier runs share nothing.
  const env = {
    HUB_ADMIN_TOKEN: ADMIN_TOKEN,
    REDIS_URL,
    REDIS_KEY_PREFIX: `hub-test-${randomUUID()}:`,
    COST_BUDGET_PER_MINUTE: String(BUDGET),
    LOG_LEVEL: 'info',
    VIEW_WARMUP_MS: '600000',
  };

  beforeAll(async () => {
    hub = await startTestHub();
    [a, b] = await Promise.all([startServerProcess(hub.url, env), startServerProcess(hub.url, env)]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await hub?.close();
  });

  const post = (server: ServerProcess, query: string) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query }),
    });

  /** Log lines of a process saying its dashboard views were warmed, with the revision. */
  const warmed = (server: ServerProcess) =>
    server
      .output()
      .split('\n')
      .filter((line) => line.includes('dashboard views warmed'))
      .map((line) => Number(JSON.parse(line).revision));

  it('a write on one process re-warms the views of the other at once, without a request to it', async () => {
    expect(await until(() => warmed(a).length > 0 && warmed(b).length > 0, 20_000), a.output().slice(0, 3000)).toBe(
      true,
    );
    const before = warmed(b).at(-1)!;
    const response = await post(
      a,
      `mutation { createAgency(input: { name: "Announced Over Redis", type: YOUTH_SERVICE }) { agency { id } } }`,
    );
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    // B polls only every 10 minutes here: only the message over Redis can make it warm again this soon.
    expect(await until(() => warmed(b).some((revision) => revision > before), 20_000)).toBe(true);
  });

  it('share one cost budget per caller: two processes do not double it', async () => {
    const query = `{ yots(first: 10) { nodes { code } } }`;
    let granted = 0;
    let refusedOn: string[] = [];
    let cost = 0;
    for (let i = 0; i < 2 * BUDGET && refusedOn.length < 2; i++) {
      const server = i % 2 === 0 ? a : b;
      const response = await post(server, query);
      const body = (await response.json()) as {
        extensions?: { cost?: { requestedQueryCost: number } };
        errors?: { extensions: { code: string } }[];
      };
      if (response.status === 429) {
        expect(body.errors?.[0].extensions.code).toBe('RATE_LIMITED');
        refusedOn = [...new Set([...refusedOn, server === a ? 'a' : 'b'])];
      } else {
        expect(response.status).toBe(200);
        cost = body.extensions!.cost!.requestedQueryCost;
        granted++;
      }
    }
    expect(cost).toBeGreaterThan(0);
    // One budget of BUDGET, plus what refills (5 a second) while the requests run: far below two budgets.
    const oneBudget = Math.floor(BUDGET / cost);
    expect(granted).toBeGreaterThanOrEqual(oneBudget);
    expect(granted).toBeLessThan(2 * oneBudget);
    expect(refusedOn.sort()).toEqual(['a', 'b']);
  }, 60_000);

  it('each stop cleanly on SIGTERM', async () => {
    expect(await a.stop()).toBe(0);
    expect(await b.stop()).toBe(0);
  });
});

describe.skipIf(!redisUp)('a process whose Redis is down', () => {
  it('still serves, limiting each caller with its own in-process budget', async () => {
    const hub = await startTestHub();
    const port = await freePort();
    const server = await startServerProcess(hub.url, {
      HUB_ADMIN_TOKEN: ADMIN_TOKEN,
      REDIS_URL: `redis://127.0.0.1:${port}`,
      COST_BUDGET_PER_MINUTE: '30',
    });
    try {
      const ask = () =>
        fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
          body: JSON.stringify({ query: '{ yots(first: 10) { nodes { code } } }' }),
        });
      const first = await ask();
      expect(first.status).toBe(200);
      let status = 200;
      for (let i = 0; i < 10 && status === 200; i++) status = (await ask()).status;
      expect(status).toBe(429);
      expect(await server.stop()).toBe(0);
    } finally {
      await server.stop();
      await hub.close();
    }
  }, 60_000);
});
