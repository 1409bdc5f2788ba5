import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { cacheExchange, Client as UrqlClient, fetchExchange } from '@urql/core';
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { print } from 'graphql';
import { GraphQLClient } from 'graphql-request';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '../src/modules/auth/roles';
import { TokenService } from '../src/modules/auth/token.service';
import {
  PlacementsByRegionDocument,
  PlacementsByRegionTableDocument,
  AnalystOutcomeSummaryDocument,
  AssessorTrailDocument,
  DashboardCoverageDocument,
  FrameworkCriteriaDocument,
} from './clients/generated/graphql';
import { ChangeFeedDocument, RecordEvidenceDocument } from './generated/graphql';
import type { ChangeFeedSubscription } from './generated/graphql';
import { listen, startTestHub, TestHub } from './support/hub';
import { globalId } from './support/ids';

// Apollo Client 4 prints its development warnings (e.g. "cache data may be lost") only when __DEV__ is set
// before it loads (its Node entry point is the quiet one): set it, so "no warnings" below means something.
vi.hoisted(() => {
  (globalThis as { __DEV__?: boolean }).__DEV__ = true;
});

/**
 * The usual clients, each with its default settings (only the URL and the bearer token given), against a hub
 * configured as deployed: production limits, no anonymous access. Each must get its data and print nothing.
 */
describe('clients with their default settings', () => {
  let hub: TestHub;
  let base: string;
  let token: string;
  const methods: string[] = [];
  const warnings: unknown[][] = [];
  /** Records each request's method, then sends it unchanged (clients accept a `fetch`; none is configured otherwise). */
  const recordingFetch: typeof fetch = (input, init) => {
    methods.push(init?.method ?? (input instanceof Request ? input.method : 'GET'));
    return fetch(input, init);
  };

  beforeAll(async () => {
    hub = await startTestHub({
      limits: 'production',
      config: { nodeEnv: 'production', anonymousRole: null, feedPollMs: 20 },
    });
    base = await listen(hub);
    token = await TokenService.create(hub.dataSource, { name: 'client-defaults', role: Role.ASSESSOR });
    for (const level of ['warn', 'error'] as const)
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void warnings.push([level, ...args]));
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await hub.close();
  });

  it('urql: queries go out as GET (preferGetMethod within-url-limit) and are answered', async () => {
    methods.length = 0;
    const client = new UrqlClient({
      url: `${base}/graphql`,
      exchanges: [cacheExchange, fetchExchange],
      fetch: recordingFetch,
      fetchOptions: { headers: { authorization: `Bearer ${token}` } },
    });
    const dashboard = await client.query(DashboardCoverageDocument, {}).toPromise();
    expect(dashboard.error).toBeUndefined();
    expect(dashboard.data!.coverage.totalCount).toBe(2);
    const framework = await client.query(FrameworkCriteriaDocument, {}).toPromise();
    expect(framework.data!.framework!.criteria).toHaveLength(10);
    expect(methods).toEqual(['GET', 'GET']);
    expect(warnings).toEqual([]);
  });

  it('Apollo Client: InMemoryCache without type policies, the client documents and a refetch, no warnings', async () => {
    methods.length = 0;
    const client = new ApolloClient({
      link: new HttpLink({
        uri: `${base}/graphql`,
        headers: { authorization: `Bearer ${token}` },
        fetch: recordingFetch,
      }),
      cache: new InMemoryCache(),
    });
    const dashboard = await client.query({ query: DashboardCoverageDocument });
    expect(dashboard.data!.coverage.nodes.map((n) => n.yot.code).sort()).toEqual(['E08000011', 'E09000003']);
    const trail = await client.query({ query: AssessorTrailDocument, variables: { yotCode: 'E09000003' } });
    expect(trail.data!.criterionCoverage).toHaveLength(10);
    const outcomes = await client.query({ query: AnalystOutcomeSummaryDocument });
    expect(outcomes.data!.outcomeSummary).toBeTruthy();
    const framework = await client.query({ query: FrameworkCriteriaDocument });
    expect(framework.data!.framework!.code).toBe('YJ_SEND');
    // One aggregate read by two queries with different selections: the groups and their keys merge by id.
    const map = await client.query({ query: PlacementsByRegionDocument, variables: { asOf: '2026-06-30' } });
    expect(map.data!.placementAggregate.groups.length).toBeGreaterThan(0);
    const table = await client.query({ query: PlacementsByRegionTableDocument, variables: { asOf: '2026-06-30' } });
    expect(table.data!.placementAggregate.groups.map((g) => g.key.region)).toEqual(
      map.data!.placementAggregate.groups.map((g) => g.key.region),
    );
    // A dashboard refreshing after a change: the same documents written over what the cache holds.
    await client.refetchQueries({ include: 'all' });
    expect(methods.every((m) => m === 'POST')).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('graphql-request: a typed document with variables', async () => {
    const client = new GraphQLClient(`${base}/graphql`, { headers: { authorization: `Bearer ${token}` } });
    const trail = await client.request(AssessorTrailDocument, { yotCode: 'E08000011' });
    expect(trail.criterionCoverage!.map((c) => c.criterion.code)).toEqual([
      'S1',
      'S2',
      'S3',
      'S4',
      'S5',
      'S6',
      'S7',
      'S8',
      'S9',
      'S10',
    ]);
    expect(warnings).toEqual([]);
  });

  it('graphql-ws: a subscription receives the change a mutation commits', async () => {
    const client = createClient({
      url: `${base.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    try {
      const feed = client.iterate<ChangeFeedSubscription>({ query: print(ChangeFeedDocument) });
      const first = feed.next();
      const { ChangeTicker } = await import('../src/modules/feed/change-ticker');
      const ticker = ChangeTicker.for(hub.dataSource) as unknown as { listeners: Set<unknown> };
      while (ticker.listeners.size < 1) await new Promise((resolve) => setTimeout(resolve, 10));
      const barnet = await globalId(hub.dataSource, 'Yot', 'yot', `code = 'E09000003'`);
      const police = await globalId(hub.dataSource, 'Agency', 'agency', `name = 'Metropolitan Police Service'`);
      const recorded = await hub.exec(RecordEvidenceDocument, {
        input: {
          yotId: barnet,
          title: 'Client defaults: board minutes',
          kind: 'BOARD_MINUTES',
          summary: 'Minutes.',
          occurredOn: '2025-01-10',
          source: 'test',
          providedById: police,
          agencyIds: [],
          criteria: [],
        },
      });
      expect(recorded.errors).toBeUndefined();
      expect((await first).value).toEqual({
        data: {
          changes: expect.objectContaining({
            kind: 'EVIDENCE_RECORDED',
            subjectId: recorded.data!.recordEvidence!.evidence.id,
            yotCode: 'E09000003',
          }),
        },
      });
      await feed.return!();
    } finally {
      await client.dispose();
    }
    expect(warnings).toEqual([]);
  });

  it('compresses responses with br or gzip when the client asks, and not otherwise', async () => {
    const body = JSON.stringify({ query: print(DashboardCoverageDocument) });
    for (const [accept, expected] of [
      ['br', 'br'],
      ['gzip', 'gzip'],
      ['gzip, deflate, br', 'br'],
      ['identity', undefined],
    ] as const) {
      const response = await post(`${base}/graphql`, body, {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'accept-encoding': accept,
      });
      expect(response.headers['content-encoding']).toBe(expected);
      const raw =
        expected === 'br'
          ? brotliDecompressSync(response.body)
          : expected === 'gzip'
            ? gunzipSync(response.body)
            : response.body;
      expect(JSON.parse(raw.toString('utf8')).data.coverage.totalCount).toBe(2);
      if (expected) expect(response.body.length).toBeLessThan(raw.length);
    }
  });
});

/** A POST with exactly these headers (fetch would add its own Accept-Encoding and decode the body). */
function post(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
