import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths';
import { Role } from '../../src/modules/auth/roles';
import { forgetTokenCallers, TokenService } from '../../src/modules/auth/token.service';
import { startTestHub, TestHub } from '../support/hub';
import { postGraphQL, serveOverHttp } from '../support/http';

const ADMIN_TOKEN = 'refusals-test-admin-token-0123456789abcdef';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

interface Reply {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

/** A production hub (no anonymous access) with the default limits, over HTTP. */
describe('refusals on the wire: HTTP status and headers', () => {
  let hub: TestHub;
  let url: string;
  let analyst: string;
  beforeAll(async () => {
    ({ hub, url } = await serveOverHttp({
      limits: 'production',
      config: { nodeEnv: 'production', anonymousRole: null, adminToken: ADMIN_TOKEN, costBudgetPerMinute: 3000 },
    }));
    analyst = await TokenService.create(hub.dataSource, { name: 'refusals analyst', role: Role.ANALYST });
  });
  afterAll(() => hub.close());

  const send = async (
    query: string,
    options: { token?: string; authorization?: string; accept?: string } = {},
  ): Promise<Reply> =>
    postGraphQL(url, query, {
      token: options.token,
      authorization: options.authorization,
      headers: { accept: options.accept ?? GRAPHQL_RESPONSE },
    });
  const codes = (reply: Reply) => (reply.body.errors ?? []).map((e) => e.extensions.code);

  it('answers 200 with RateLimit-* headers when the operation runs', async () => {
    const reply = await send('{ framework { code } }', { token: analyst });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ data: { framework: { code: 'YJ_SEND' } } });
    expect(reply.headers.get('ratelimit-limit')).toBe('3000');
    expect(Number(reply.headers.get('ratelimit-remaining'))).toBeGreaterThan(2900);
    expect(reply.headers.get('ratelimit-reset')).toMatch(/^\d+$/);
    expect(reply.headers.get('retry-after')).toBeNull();
  });

  it('answers 400 to a document that does not parse, does not validate, or is too complex, for either media type', async () => {
    for (const accept of [GRAPHQL_RESPONSE, 'application/json']) {
      const syntax = await send('{ framework { code }', { token: analyst, accept });
      expect([syntax.status, codes(syntax)]).toEqual([400, ['GRAPHQL_PARSE_FAILED']]);
      const invalid = await send('{ framework { colour } }', { token: analyst, accept });
      expect([invalid.status, codes(invalid)]).toEqual([400, ['GRAPHQL_VALIDATION_FAILED']]);
      const costly = await send('{ yots(first: 100) { nodes { evidence(first: 100) { nodes { title } } } } }', {
        token: analyst,
        accept,
      });
      expect([costly.status, codes(costly)]).toEqual([400, ['QUERY_TOO_COMPLEX']]);
      expect(costly.body.errors![0].extensions).toEqual({
        code: 'QUERY_TOO_COMPLEX',
        cost: 10_201,
        limit: 10_000,
        requestId: expect.any(String),
      });
      expect(costly.body.data ?? null).toBeNull();
    }
  });

  it('answers 401 with a Bearer challenge when credentials are missing, and error="invalid_token" when they are bad', async () => {
    const missing = await send('{ framework { code } }');
    expect([missing.status, codes(missing)]).toEqual([401, ['UNAUTHENTICATED']]);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="hub"');
    // Also before validation: an anonymous caller learns nothing about the schema from a refusal.
    const invalidAnonymous = await send('{ framework { colour } }');
    expect([invalidAnonymous.status, codes(invalidAnonymous)]).toEqual([401, ['UNAUTHENTICATED']]);
    for (const authorization of ['Bearer yjh_not-a-real-token', 'Bearer wrong-admin-token', 'Basic YWRtaW46YWRtaW4=']) {
      const bad = await send('{ framework { code } }', { authorization });
      expect([bad.status, codes(bad)]).toEqual([401, ['UNAUTHENTICATED']]);
      expect(bad.headers.get('www-authenticate')).toBe('Bearer realm="hub", error="invalid_token"');
    }
  });

  it('answers 429 with Retry-After and RateLimit-* headers once the budget is spent', async () => {
    const query = '{ yots(first: 100) { nodes { partnerships { agency { name } } } } }'; // 1,201 of a 3,000 budget
    const replies: Reply[] = [];
    for (let i = 0; i < 4; i++) replies.push(await send(query, { token: ADMIN_TOKEN }));
    const limited = replies.find((r) => r.status === 429)!;
    expect(limited).toBeDefined();
    expect(codes(limited)).toEqual(['RATE_LIMITED']);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(limited.headers.get('ratelimit-limit')).toBe('3000');
    expect(Number(limited.headers.get('ratelimit-remaining'))).toBeLessThan(1201);
    expect(Number(limited.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    expect(limited.body.errors![0].extensions).toMatchObject({
      retryAfter: Number(limited.headers.get('retry-after')),
    });
  });

  it('answers 200 with FORBIDDEN on a refused field, the rest resolved', async () => {
    const partner = await TokenService.create(hub.dataSource, {
      name: 'refusals partner',
      role: Role.PARTNER,
      agencyId: Number(
        (await hub.dataSource.query(`SELECT id FROM agency WHERE name = 'Metropolitan Police Service'`))[0].id,
      ),
    });
    const reply = await send('{ framework { code } auditTrail { totalCount } }', { token: partner });
    expect(reply.status).toBe(200);
    expect(codes(reply)).toEqual(['FORBIDDEN']);
    expect(reply.body.data).toMatchObject({ framework: { code: 'YJ_SEND' } });
  });

  it('answers 500 only for a real fault, masked', async () => {
    await hub.dataSource.query('ALTER TABLE api_token RENAME TO api_token_away');
    // The analyst's token is remembered for a few seconds after its last lookup; forget it, so this lookup meets the fault.
    forgetTokenCallers();
    try {
      const reply = await send('{ framework { code } }', { token: analyst });
      expect(reply.status).toBe(500);
      expect(codes(reply)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(JSON.stringify(reply.body)).not.toMatch(/api_token|SQLITE|relation/);
    } finally {
      await hub.dataSource.query('ALTER TABLE api_token_away RENAME TO api_token');
    }
  });
});

describe('a production hub refuses to start with a guessable shared secret', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  /** `node dist/src/main.js` as deployed; returns how it ended. Build first (npm test does). */
  const start = (env: Record<string, string>) =>
    spawnSync(process.execPath, [join(projectRoot(), 'dist', 'src', 'main.js')], {
      env: {
        ...process.env,
        DATABASE_URL: hub.url,
        PORT: '0',
        NODE_ENV: 'production',
        LOG_LEVEL: 'silent',
        SEED_ON_START: 'false',
        VIEW_WARMUP_MS: '0',
        ...env,
      },
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('exits 1 with a clear message when HUB_ADMIN_TOKEN or METRICS_TOKEN is shorter than 32 characters', () => {
    const admin = start({ HUB_ADMIN_TOKEN: 'only-twenty-one-chars' });
    expect(admin.status).toBe(1);
    expect(admin.stderr).toContain('HUB_ADMIN_TOKEN must be at least 32 characters outside development (it has 21)');
    expect(admin.stdout).not.toContain('ready at');
    expect(admin.stderr + admin.stdout).not.toContain('only-twenty-one-chars');
    const metrics = start({ HUB_ADMIN_TOKEN: ADMIN_TOKEN, METRICS_TOKEN: 'short-metrics' });
    expect(metrics.status).toBe(1);
    expect(metrics.stderr).toContain('METRICS_TOKEN must be at least 32 characters');
  });

  it('exits 1 when HUB_ADMIN_TOKEN or METRICS_TOKEN is long enough but easy to guess', () => {
    const guessable = ['a'.repeat(32), 'ab'.repeat(16), '0123456'.repeat(5), 'Tr0ub4dor&3-xyzQ'.repeat(2)];
    for (const token of guessable) {
      const admin = start({ HUB_ADMIN_TOKEN: token });
      expect(admin.status, token).toBe(1);
      expect(admin.stderr, token).toContain('HUB_ADMIN_TOKEN is too easy to guess');
      expect(admin.stderr + admin.stdout, token).not.toContain(token);
    }
    const metrics = start({ HUB_ADMIN_TOKEN: ADMIN_TOKEN, METRICS_TOKEN: 'm'.repeat(40) });
    expect(metrics.status).toBe(1);
    expect(metrics.stderr).toContain(
      'METRICS_TOKEN is too easy to guess (1 distinct characters; at least 10 are needed)',
    );
  }, 120_000);
});
