import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, TestHub } from './support/hub';
import { ServerProcess, startServerProcess } from './support/server-process';

const ADMIN_TOKEN = 'scale-out-test-admin-token-0123456789';

// The server keeps no state between requests, so processes can be added behind a load balancer.
describe('two server processes on one database', () => {
  let hub: TestHub;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    hub = await startTestHub();
    [a, b] = await Promise.all([
      startServerProcess(hub.url, { HUB_ADMIN_TOKEN: ADMIN_TOKEN }),
      startServerProcess(hub.url, { HUB_ADMIN_TOKEN: ADMIN_TOKEN }),
    ]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await hub?.close();
  });

  const gql = async (server: ServerProcess, query: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  it('serve the same data', async () => {
    const query = `{ yots(first: 10) { nodes { code partnerships { agency { name } } } } }`;
    expect(await gql(a, query)).toEqual(await gql(b, query));
    expect((await gql(a, query)).yots.nodes).toHaveLength(2);
  });

  it('read on one what was written on the other, both ways', async () => {
    await gql(a, `mutation { createAgency(input: { name: "Written On A", type: YOUTH_SERVICE }) { agency { id } } }`);
    await gql(b, `mutation { createAgency(input: { name: "Written On B", type: YOUTH_SERVICE }) { agency { id } } }`);
    const names = `{ agencies(filter: { nameContains: "Written On" }, first: 10) { nodes { name } } }`;
    for (const server of [a, b]) {
      expect((await gql(server, names)).agencies.nodes.map((n: { name: string }) => n.name).sort()).toEqual([
        'Written On A',
        'Written On B',
      ]);
    }
  });

  it('each stop cleanly on SIGTERM', async () => {
    expect(await a.stop()).toBe(0);
    expect(await b.stop()).toBe(0);
  });
});
