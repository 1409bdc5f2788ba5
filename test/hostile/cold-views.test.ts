import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEW_COSTS } from '../../src/graphql/limits';
import { computeGate, configureComputeGates, DEFAULT_GATE } from '../../src/graphql/view-compute-gate';
import { Role } from '../../src/modules/auth/roles';
import { TokenService } from '../../src/modules/auth/token.service';
import { TestHub } from '../support/hub';
import { postGraphQL, serveOverHttp } from '../support/http';

interface Reply {
  status: number;
  headers: Headers;
  body: {
    data?: unknown;
    errors?: { message: string; extensions: Record<string, unknown> }[];
    extensions?: { cost?: { requestedQueryCost: number } };
  };
}

/**
 * Cold aggregate views cost what they cost: a realistic static cost in the budget, and a bound on how many are
 * computed at once per database, so a burst of distinct cold views cannot starve other callers.
 */
describe('cold views: cost and concurrency', () => {
  let hub: TestHub;
  let url: string;
  let analyst: string;
  beforeAll(async () => {
    ({ hub, url } = await serveOverHttp({ limits: 'production', config: { viewWarmupMs: 0 } }));
    analyst = await TokenService.create(hub.dataSource, { name: 'cold analyst', role: Role.ANALYST });
  });
  afterAll(async () => {
    configureComputeGates(DEFAULT_GATE);
    await hub.close();
  });

  const send = async (query: string): Promise<Reply> => postGraphQL(url, query, { token: analyst });
  /** A cold coverageByRegion each time: a date not asked before misses the cache. */
  let day = 0;
  const coldRegions = () => {
    day++;
    return `{ coverageByRegion(asOf: "${new Date(Date.UTC(2020, 0, day)).toISOString().slice(0, 10)}") { region yots partnerCoverage } }`;
  };

  it('reports the static cost of every heavy view in extensions.cost', async () => {
    const views: [string, string, number][] = [
      [
        'outcomeSummary',
        '{ outcomeSummary(groupBy: [REGION, MEASURE], filter: { periodFrom: "2023-Q1" }) { rows { region cohort } } }',
        VIEW_COSTS['Query.outcomeSummary'],
      ],
      [
        'coverageByRegion',
        '{ coverageByRegion(asOf: "2024-01-01") { region yots } }',
        VIEW_COSTS['Query.coverageByRegion'],
      ],
      ['coverage', '{ coverage(first: 5) { nodes { partnersInPlace } } }', VIEW_COSTS['Query.coverage']],
      [
        'criterionCoverage',
        '{ criterionCoverage(yotCode: "E09000003") { evidenceCount } }',
        VIEW_COSTS['Query.criterionCoverage'],
      ],
      [
        'contributionMatrix',
        '{ contributionMatrix(yotCode: "E09000003") { agencyType } }',
        VIEW_COSTS['Query.contributionMatrix'],
      ],
      ['gaps', '{ gaps(yotCode: "E09000003") { kind } }', VIEW_COSTS['Query.gaps']],
    ];
    for (const [name, query, least] of views) {
      const reply = await send(query);
      expect(reply.body.errors, name).toBeUndefined();
      expect(reply.body.extensions?.cost?.requestedQueryCost, name).toBeGreaterThanOrEqual(least);
    }
    expect(VIEW_COSTS['Query.outcomeSummary']).toBeGreaterThanOrEqual(100);
    expect(VIEW_COSTS['Query.coverageByRegion']).toBeGreaterThanOrEqual(100);
  });

  it('computes at most 2 cold views at once per database, the rest waiting their turn, while a small query is answered', async () => {
    configureComputeGates({ concurrency: 2, queue: 100 });
    const burst = Array.from({ length: 12 }, () => send(coldRegions()));
    const small = await send('{ framework { code } }');
    expect(small).toMatchObject({ status: 200, body: { data: { framework: { code: 'YJ_SEND' } } } });
    const replies = await Promise.all(burst);
    for (const reply of replies) expect([reply.status, reply.body.errors]).toEqual([200, undefined]);
    const stats = computeGate(hub.dataSource).stats;
    expect(stats.peakRunning).toBeGreaterThanOrEqual(1);
    expect(stats.peakRunning).toBeLessThanOrEqual(2);
    expect(stats.refused).toBe(0);
    expect([stats.running, stats.waiting]).toEqual([0, 0]);
  });

  it('refuses with 429 RATE_LIMITED and Retry-After once the line of waiting computations is full', async () => {
    configureComputeGates({ concurrency: 1, queue: 1, retryAfterSeconds: 3 });
    const replies = await Promise.all(Array.from({ length: 12 }, () => send(coldRegions())));
    const refused = replies.filter((r) => r.status === 429);
    const answered = replies.filter((r) => r.status === 200);
    expect(refused.length).toBeGreaterThan(0);
    expect(answered.length).toBeGreaterThanOrEqual(2);
    expect(refused.length + answered.length).toBe(12);
    for (const reply of refused) {
      expect(reply.body.errors!.map((e) => e.extensions.code)).toEqual(['RATE_LIMITED']);
      expect(reply.headers.get('retry-after')).toBe('3');
    }
    const stats = computeGate(hub.dataSource).stats;
    expect(stats.peakRunning).toBe(1);
    expect(stats.peakWaiting).toBeLessThanOrEqual(1);
    // Once the burst is over, the same view is computed (and then served) again.
    expect((await send('{ coverageByRegion(asOf: "2019-06-30") { region } }')).status).toBe(200);
  });
});
