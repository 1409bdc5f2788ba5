import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/relay';
import { Role } from '../src/modules/auth/roles';
import { TokenService } from '../src/modules/auth/token.service';
import { addChildren } from './support/fixtures';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startTestHub } from './support/hub';
import { expectWireError, HttpReply, postGraphQL, serveOverHttp, WireBody } from './support/http';
import {
  AccessAddStaffPlacementDocument,
  AccessAgenciesDocument,
  AccessAssessmentsDocument,
  AccessAuditTrailDocument,
  AccessChildOutcomesDocument,
  AccessChildrenDocument,
  AccessContributionMatrixDocument,
  AccessCoverageByRegionDocument,
  AccessCoverageDocument,
  AccessCreateAgencyDocument,
  AccessCriteriaDocument,
  AccessCriterionCoverageDocument,
  AccessDecideAssessmentDocument,
  AccessEvidenceDocument,
  AccessFrameworkDocument,
  AccessGapsDocument,
  AccessNodeDocument,
  AccessNodesDocument,
  AccessOutcomeSummaryDocument,
  AccessRecordAgreementDocument,
  AccessRecordEvidenceDocument,
  AccessRegisterChildDocument,
  AccessReviewEvidenceDocument,
  AccessUpdateYotDocument,
  AccessYotNameDocument,
  AccessYotsDocument,
} from './generated/graphql';
import { OutcomeMeasure, SendStatus } from '../src/modules/child/child.enums';

/**
 * What a caller gets: `ok`, `null` (every node null: refetching by id answers "not yours" as "not there"), or the
 * error's code and the path of the field it stopped at, e.g. `FORBIDDEN at yot.children`.
 */
type Outcome = string;
const ADMIN_TOKEN = 'automation-secret-0123456789abcdef';

/** A running hub on a loopback port, and a client that sends real HTTP requests with a bearer token. */
async function serve(config: Parameters<typeof startTestHub>[0] = {}) {
  const { hub, url } = await serveOverHttp(config);
  const send = async (query: string, token?: string, variables: Record<string, unknown> = {}) =>
    postGraphQL(url, query, { token, variables });
  return { hub, url, send };
}

const outcomeOf = (reply: Pick<HttpReply<unknown>, 'body'>): Outcome => {
  const { data, errors = [] } = reply.body as WireBody<{ nodes?: unknown[] }>;
  if (errors.length)
    return errors
      .map((e) => (e.path ? `${String(e.extensions.code)} at ${e.path.join('.')}` : String(e.extensions.code)))
      .join(', ');
  return Array.isArray(data?.nodes) && data.nodes.every((n) => n === null) ? 'null' : 'ok';
};

describe('access control through HTTP', () => {
  let env: Awaited<ReturnType<typeof serve>>;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    env = await serve({ config: { adminToken: ADMIN_TOKEN, anonymousRole: 'ANALYST' } });
    const ds = env.hub.dataSource;
    const one = async (sql: string) => Number((await ds.query(sql))[0].id);
    const met = await one(`SELECT id FROM agency WHERE name = 'Metropolitan Police Service'`);
    ids.barnet = encodeGlobalId('Yot', await one(`SELECT id FROM yot WHERE code = 'E09000003'`));
    ids.knowsley = encodeGlobalId('Yot', await one(`SELECT id FROM yot WHERE code = 'E08000011'`));
    ids.met = encodeGlobalId('Agency', met);
    ids.merseyside = encodeGlobalId('Agency', await one(`SELECT id FROM agency WHERE name = 'Merseyside Police'`));
    ids.barnetEvidence = encodeGlobalId(
      'Evidence',
      await one(`SELECT id FROM evidence WHERE title = 'Barnet Youth Justice Plan'`),
    );
    await addChildren(ds, 'E09000003', [
      {
        ref: 'B-100',
        sendStatus: SendStatus.EHCP,
        outcomes: [{ measure: OutcomeMeasure.SUITABLE_ETE, met: true, period: '2024-Q1' }],
      },
    ]);
    await addChildren(ds, 'E08000011', [{ ref: 'K-100', sendStatus: SendStatus.EHCP, outcomes: [] }]);
    ids.barnetChild = encodeGlobalId('Child', await one(`SELECT id FROM child WHERE ref = 'B-100'`));
    ids.knowsleyChild = encodeGlobalId('Child', await one(`SELECT id FROM child WHERE ref = 'K-100'`));
    tokens.ADMIN = ADMIN_TOKEN;
    tokens.ASSESSOR = await TokenService.create(ds, { name: 'assessor', role: Role.ASSESSOR });
    tokens.ANALYST = await TokenService.create(ds, { name: 'analyst', role: Role.ANALYST });
    tokens.MANAGER = await TokenService.create(ds, {
      name: 'barnet manager',
      role: Role.YOT_MANAGER,
      yotCode: 'E09000003',
    });
    tokens.PARTNER = await TokenService.create(ds, { name: 'met police', role: Role.PARTNER, agencyId: met });
  });
  afterAll(() => env.hub.close());

  const ROLES = ['ADMIN', 'ASSESSOR', 'MANAGER', 'PARTNER', 'ANALYST', 'ANONYMOUS'] as const;
  const BARNET = 'E09000003';
  const KNOWSLEY = 'E08000011';
  const unique = () => Math.random().toString(36).slice(2);
  const everyone = (outcome: Outcome) => ({
    ADMIN: outcome,
    ASSESSOR: outcome,
    MANAGER: outcome,
    PARTNER: outcome,
    ANALYST: outcome,
    ANONYMOUS: outcome,
  });
  /** One row of the matrix: a named operation (test/operations/access.graphql), its variables, and each role's outcome. */
  interface Row {
    name: string;
    operation: TypedDocumentNode<unknown, Record<string, unknown>>;
    variables?: () => Record<string, unknown>;
    expect: Record<(typeof ROLES)[number], Outcome>;
  }
  const row = <TVars>(
    name: string,
    operation: TypedDocumentNode<unknown, TVars>,
    variables: (() => TVars) | undefined,
    expect: Row['expect'],
  ): Row => ({
    name,
    operation: operation as unknown as Row['operation'],
    variables: variables as Row['variables'],
    expect,
  });
  const F = 'FORBIDDEN at';
  const ROWS: Row[] = [
    row('yots', AccessYotsDocument, undefined, everyone('ok')),
    row('framework', AccessFrameworkDocument, undefined, everyone('ok')),
    row('evidence', AccessEvidenceDocument, undefined, everyone('ok')),
    row('agencies', AccessAgenciesDocument, undefined, everyone('ok')),
    row('assessments', AccessAssessmentsDocument, undefined, everyone('ok')),
    row('yot(code: Knowsley)', AccessYotNameDocument, () => ({ code: KNOWSLEY }), {
      ...everyone('ok'),
      PARTNER: `${F} yot`,
    }),
    row('criteria', AccessCriteriaDocument, undefined, everyone('ok')),
    row('coverageByRegion', AccessCoverageByRegionDocument, undefined, everyone('ok')),
    row('criterionCoverage of Knowsley', AccessCriterionCoverageDocument, () => ({ yotCode: KNOWSLEY }), {
      ...everyone('ok'),
      PARTNER: `${F} criterionCoverage`,
    }),
    row('contributionMatrix of Barnet', AccessContributionMatrixDocument, () => ({ yotCode: BARNET }), everyone('ok')),
    row('Barnet child outcomes (nested)', AccessChildOutcomesDocument, () => ({ code: BARNET }), {
      ...everyone(`${F} yot.children`),
      ADMIN: 'ok',
      MANAGER: 'ok',
    }),
    row('coverage', AccessCoverageDocument, undefined, everyone('ok')),
    row('gaps of Knowsley', AccessGapsDocument, () => ({ yotCode: KNOWSLEY }), {
      ...everyone('ok'),
      PARTNER: `${F} gaps`,
    }),
    row('outcomeSummary', AccessOutcomeSummaryDocument, undefined, {
      ...everyone('ok'),
      PARTNER: `${F} outcomeSummary`,
    }),
    row('auditTrail', AccessAuditTrailDocument, undefined, {
      ...everyone(`${F} auditTrail`),
      ADMIN: 'ok',
      ASSESSOR: 'ok',
    }),
    row('Barnet children (nested)', AccessChildrenDocument, () => ({ code: BARNET }), {
      ...everyone(`${F} yot.children`),
      ADMIN: 'ok',
      MANAGER: 'ok',
    }),
    row('Knowsley children (nested)', AccessChildrenDocument, () => ({ code: KNOWSLEY }), {
      ...everyone(`${F} yot.children`),
      ADMIN: 'ok',
      PARTNER: `${F} yot`,
    }),
    row('node(Barnet child)', AccessNodeDocument, () => ({ id: ids.barnetChild }), {
      ...everyone('NOT_FOUND at node'),
      ADMIN: 'ok',
      MANAGER: 'ok',
    }),
    row('nodes([Knowsley child])', AccessNodesDocument, () => ({ ids: [ids.knowsleyChild] }), {
      ...everyone('null'),
      ADMIN: 'ok',
    }),
    row('node(Knowsley YOT)', AccessNodeDocument, () => ({ id: ids.knowsley }), {
      ...everyone('ok'),
      PARTNER: 'NOT_FOUND at node',
    }),
    row('createAgency', AccessCreateAgencyDocument, () => ({ name: `Agency ${unique()}` }), {
      ...everyone(`${F} createAgency`),
      ADMIN: 'ok',
    }),
    row('addStaffPlacement in Barnet', AccessAddStaffPlacementDocument, () => ({ yotId: ids.barnet }), {
      ...everyone(`${F} addStaffPlacement`),
      ADMIN: 'ok',
      MANAGER: 'ok',
    }),
    row('addStaffPlacement in Knowsley', AccessAddStaffPlacementDocument, () => ({ yotId: ids.knowsley }), {
      ...everyone(`${F} addStaffPlacement`),
      ADMIN: 'ok',
    }),
    row(
      'recordEvidence provided by the Met for Barnet',
      AccessRecordEvidenceDocument,
      () => ({ yotId: ids.barnet, providedById: ids.met, title: `Joint screening ${unique()}` }),
      {
        ...everyone(`${F} recordEvidence`),
        ADMIN: 'ok',
        MANAGER: 'ok',
        PARTNER: 'ok',
      },
    ),
    row(
      'recordEvidence provided by Merseyside Police for Barnet',
      AccessRecordEvidenceDocument,
      () => ({ yotId: ids.barnet, providedById: ids.merseyside, title: `Other force ${unique()}` }),
      {
        ...everyone(`${F} recordEvidence`),
        ADMIN: 'ok',
        MANAGER: 'ok',
      },
    ),
    row(
      'recordAgreement in Barnet',
      AccessRecordAgreementDocument,
      () => ({ yotId: ids.barnet, partyId: ids.met, title: `ISA ${unique()}` }),
      { ...everyone(`${F} recordAgreement`), ADMIN: 'ok', MANAGER: 'ok' },
    ),
    row('reviewEvidence', AccessReviewEvidenceDocument, () => ({ id: encodeGlobalId('Evidence', 999999) }), {
      ...everyone(`${F} reviewEvidence`),
      ADMIN: 'NOT_FOUND at reviewEvidence',
      ASSESSOR: 'NOT_FOUND at reviewEvidence',
    }),
    row('updateYot (Barnet)', AccessUpdateYotDocument, () => ({ id: ids.barnet }), {
      ...everyone(`${F} updateYot`),
      ADMIN: 'CONFLICT at updateYot',
      MANAGER: 'CONFLICT at updateYot',
    }),
    row(
      'registerChild in Barnet',
      AccessRegisterChildDocument,
      () => ({ yotId: ids.barnet, ref: `R-${Math.floor(Math.random() * 1e5)}` }),
      { ...everyone(`${F} registerChild`), ADMIN: 'ok', MANAGER: 'ok' },
    ),
    row(
      'decideAssessment (assessment family)',
      AccessDecideAssessmentDocument,
      () => ({ id: encodeGlobalId('Assessment', 999999) }),
      {
        ...everyone(`${F} decideAssessment`),
        ADMIN: 'NOT_FOUND at decideAssessment',
        ASSESSOR: 'NOT_FOUND at decideAssessment',
      },
    ),
  ];

  for (const { name, operation, variables, expect: expected } of ROWS) {
    it(`${name}: ${ROLES.map((r) => `${r} ${expected[r]}`).join(', ')}`, async () => {
      for (const role of ROLES) {
        const reply = await postGraphQL(env.url, operation, {
          token: role === 'ANONYMOUS' ? undefined : tokens[role],
          variables: variables?.(),
        });
        expect([role, outcomeOf(reply)]).toEqual([role, expected[role]]);
      }
    });
  }

  it('answers a refused mutation with FORBIDDEN and still runs the others of the operation', async () => {
    const { body } = await env.send(
      `mutation { a: createAgency(input: { name: "Refused agency", type: OTHER }) { agency { id } } b: addStaffPlacement(input: { yotId: "${ids.barnet}", role: OTHER, arrangement: VIRTUAL }) { staffPlacement { role } } }`,
      tokens.MANAGER,
    );
    expect(body.data).toEqual({ a: null, b: { staffPlacement: { role: 'OTHER' } } });
    expect(body.errors!.map((e) => [e.extensions.code, e.path])).toEqual([['FORBIDDEN', ['a']]]);
  });

  it('answers a refused field with FORBIDDEN and still resolves the rest of the query', async () => {
    const { body } = await env.send(
      '{ framework { code } yot(code: "E09000003") { name children { totalCount } } }',
      tokens.ANALYST,
    );
    expect(body.data).toEqual({
      framework: { code: 'YJ_SEND' },
      yot: { name: 'Barnet Youth Justice Service', children: null },
    });
    expect(body.errors!.map((e) => [e.extensions.code, e.path])).toEqual([['FORBIDDEN', ['yot', 'children']]]);
  });

  it('shows a partner only the YOTs its agency works with, by every path', async () => {
    const lists = await env.send(
      '{ yots { nodes { code } } evidence(first: 100) { nodes { yot { code } } } coverage { nodes { yot { code } } } coverageByRegion { region } assessments { nodes { yot { code } } } }',
      tokens.PARTNER,
    );
    expect((lists.body.data!.yots as { nodes: unknown[] }).nodes).toEqual([{ code: 'E09000003' }]);
    expect(
      new Set((lists.body.data!.evidence as { nodes: { yot: { code: string } }[] }).nodes.map((n) => n.yot.code)),
    ).toEqual(new Set(['E09000003']));
    expect(lists.body.data!.coverage).toEqual({ nodes: [{ yot: { code: 'E09000003' } }] });
    expect(lists.body.data!.coverageByRegion).toEqual([{ region: 'London' }]);
    const nested = await env.send(
      `{ node(id: "${ids.merseyside}") { ... on Agency { partnerships { id } agreements { id } evidenceProvided(first: 50) { nodes { yot { code } } } } } criteria { evidence(first: 50) { nodes { yot { code } } } } }`,
      tokens.PARTNER,
    );
    // Merseyside Police works with Knowsley only; what it provided to Barnet (in the matrix above) stays visible.
    const merseyside = nested.body.data!.node as {
      partnerships: unknown[];
      agreements: unknown[];
      evidenceProvided: { nodes: { yot: { code: string } }[] };
    };
    expect([merseyside.partnerships, merseyside.agreements]).toEqual([[], []]);
    expect(merseyside.evidenceProvided.nodes.every((n) => n.yot.code === 'E09000003')).toBe(true);
    const codes = (nested.body.data!.criteria as { evidence: { nodes: { yot: { code: string } }[] } }[]).flatMap((c) =>
      c.evidence.nodes.map((n) => n.yot.code),
    );
    expect(new Set(codes)).toEqual(new Set(['E09000003']));
    expect(outcomeOf(await env.send('{ yot(code: "E08000011") { name } }', tokens.PARTNER))).toBe('FORBIDDEN at yot');
    expect(
      outcomeOf(await env.send('{ criteria { evidence(yotCode: "E08000011") { totalCount } } }', tokens.PARTNER)),
    ).toMatch(/^FORBIDDEN at criteria\.0\.evidence/);
  });

  it('gives exact outcome counts to a manager for its own YOT only, suppressed ones to everyone else', async () => {
    const query =
      '{ outcomeSummary(groupBy: [YOT], filter: { yotCodes: ["E09000003"] }) { suppressionThreshold rows { cohort suppressed } } }';
    expect((await env.send(query, tokens.MANAGER)).body.data).toEqual({
      outcomeSummary: { suppressionThreshold: 0, rows: [{ cohort: 1, suppressed: false }] },
    });
    expect((await env.send(query, tokens.ANALYST)).body.data).toEqual({
      outcomeSummary: { suppressionThreshold: 5, rows: [{ cohort: null, suppressed: true }] },
    });
    const knowsley = '{ outcomeSummary(groupBy: [YOT], filter: { yotCodes: ["E08000011"] }) { suppressionThreshold } }';
    expect((await env.send(knowsley, tokens.MANAGER)).body.data).toEqual({
      outcomeSummary: { suppressionThreshold: 5 },
    });
  });

  it("keeps a child's audit events from everyone but administrators, through node(id:) too", async () => {
    await env.send(
      `mutation { registerChild(input: { yotId: "${ids.barnet}", ref: "AUD-001", ageBand: AGE_16_TO_17, sendStatus: NONE }) { child { id } } }`,
      tokens.MANAGER,
    );
    const all = await env.send('{ auditTrail(first: 100) { nodes { id entityType } } }', tokens.ADMIN);
    const event = (all.body.data!.auditTrail as { nodes: { id: string; entityType: string }[] }).nodes.find(
      (n) => n.entityType === 'Child',
    )!;
    expect(outcomeOf(await env.send(`{ node(id: "${event.id}") { id } }`, tokens.ADMIN))).toBe('ok');
    expect(outcomeOf(await env.send(`{ node(id: "${event.id}") { id } }`, tokens.ASSESSOR))).toBe('NOT_FOUND at node');
    const assessorTrail = await env.send('{ auditTrail(first: 100) { nodes { entityType } } }', tokens.ASSESSOR);
    expect(
      (assessorTrail.body.data!.auditTrail as { nodes: { entityType: string }[] }).nodes.some(
        (n) => n.entityType === 'Child',
      ),
    ).toBe(false);
  });

  it('records the token name in the audit trail', async () => {
    await env.send(
      `mutation { addStaffPlacement(input: { yotId: "${ids.barnet}", role: YOUTH_WORKER, arrangement: IN_REACH }) { staffPlacement { id } } }`,
      tokens.MANAGER,
    );
    const { body } = await env.send('{ auditTrail(first: 100) { nodes { actor action } } }', tokens.ADMIN);
    expect(
      (body.data!.auditTrail as { nodes: { actor: string; action: string }[] }).nodes
        .filter((n) => n.action === 'addStaffPlacement')
        .map((n) => n.actor),
    ).toContain('barnet manager');
  });

  it('refuses a bad or revoked token with UNAUTHENTICATED and HTTP 401, and an unknown one the same way', async () => {
    const temporary = await TokenService.create(env.hub.dataSource, { name: 'temporary', role: Role.ANALYST });
    expect(outcomeOf(await env.send('{ yots { totalCount } }', temporary))).toBe('ok');
    await TokenService.revoke(env.hub.dataSource, 'temporary');
    const revoked = await env.send('{ yots { totalCount } }', temporary);
    expect(revoked.status).toBe(401);
    expectWireError(revoked, 'UNAUTHENTICATED', undefined);
    expect((await env.send('{ yots { totalCount } }', 'yjh_not-a-real-token')).status).toBe(401);
    const malformed = await fetch(env.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
      body: '{"query":"{ yots { totalCount } }"}',
    });
    expect(malformed.status).toBe(401);
  });
});

describe('in production with no token', () => {
  let env: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    env = await serve({ config: { nodeEnv: 'production', anonymousRole: null } });
  });
  afterAll(() => env.hub.close());

  it('reveals nothing but UNAUTHENTICATED, introspection included', async () => {
    for (const query of [
      '{ yots { totalCount } }',
      '{ __schema { types { name } } }',
      '{ __typename }',
      'mutation { createAgency(input: { name: "x y", type: OTHER }) { agency { id } } }',
    ]) {
      const { body } = await env.send(query);
      expect(body.data ?? null).toBeNull();
      expect(body.errors!.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
      expect(JSON.stringify(body)).not.toMatch(/Yot|Agency|Evidence/);
    }
  });
});

describe('introspection switched off', () => {
  let env: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    env = await serve({ config: { introspection: false, anonymousRole: 'ANALYST' } });
  });
  afterAll(() => env.hub.close());

  it('refuses __schema but still answers queries', async () => {
    const { body } = await env.send('{ __schema { types { name } } }');
    expect(body.errors!.map((e) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect((await env.send('{ framework { code } }')).body.data).toEqual({ framework: { code: 'YJ_SEND' } });
  });
});

describe('query limits and transport limits', () => {
  let env: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    env = await serve({
      config: {
        adminToken: ADMIN_TOKEN,
        maxQueryCost: 10_000,
        maxQueryDepth: 12,
        costBudgetPerMinute: 60_000,
        maxBodyBytes: 10_000,
      },
    });
  });
  afterAll(() => env.hub.close());

  it('refuses a 30-level nested query before any SQL runs, with QUERY_TOO_COMPLEX', async () => {
    let selection = 'code';
    for (let i = 0; i < 15; i++) selection = `partnerships { yot { ${selection} } }`;
    env.hub.statements.reset();
    const { body } = await env.send(`{ yots { nodes { ${selection} } } }`, ADMIN_TOKEN);
    expect(body.errors!.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(body.errors![0].extensions).toMatchObject({ depth: 32, maxDepth: 12 });
    expect(env.hub.statements.count).toBe(0);
  });

  it('refuses first: 100 five levels deep with its cost and the limit, before any SQL runs', async () => {
    env.hub.statements.reset();
    const query =
      '{ agencies(first: 100) { nodes { evidenceProvided(first: 100) { nodes { yot { evidence(first: 100) { nodes { criteria { criterion { evidence(first: 100) { nodes { title } } } } } } } } } } } }';
    const { body } = await env.send(query, ADMIN_TOKEN);
    expect(body.errors!.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(body.errors![0].extensions).toMatchObject({ limit: 10_000 });
    expect(body.errors![0].extensions.cost as number).toBeGreaterThan(100 ** 4);
    expect(env.hub.statements.count).toBe(0);
  });

  it('reports the cost of every response and refuses with RATE_LIMITED once the budget is spent', async () => {
    const query = '{ yots(first: 100) { nodes { partnerships { agency { name } } } } }'; // yots 1 + 100 × (nodes 1 + (partnerships 1 + 10 × agency 1)) = 1201
    const first = await env.send(query, ADMIN_TOKEN);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.extensions!.cost).toEqual({
      requestedQueryCost: 1201,
      maximumQueryCost: 10_000,
      throttleStatus: { maximumAvailable: 60_000, currentlyAvailable: expect.any(Number), restoreRate: 1000 },
    });
    let limited: Pick<Awaited<ReturnType<typeof env.send>>, 'status' | 'body'> | undefined;
    for (let i = 0; i < 60 && !limited; i++) {
      const { status, body } = await env.send(query, ADMIN_TOKEN);
      if (body.errors?.[0]?.extensions.code === 'RATE_LIMITED') limited = { status, body };
    }
    expect(limited).toBeDefined();
    expect(limited!.status).toBe(429);
    expect(limited!.body.errors![0].message).toContain('refills at 1000 per second');
  });

  it('answers an oversized body with 413 and malformed JSON with 400, as JSON, and keeps serving', async () => {
    const big = await fetch(env.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ yots { totalCount } } # ${'x'.repeat(20_000)}` }),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({
      errors: [{ message: 'The request body is too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    const broken = await fetch(env.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ yots',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
    const batch = await fetch(env.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(400); // one operation per request
    // No CSRF prevention (the hub honours bearer tokens only; README "CSRF"): a plain GET query is answered,
    // as urql sends it by default, but a mutation over GET is still refused.
    const plainGet = await fetch(`${env.url}?query=${encodeURIComponent('{ __typename }')}`, { method: 'GET' });
    expect(plainGet.status).toBe(200);
    const getMutation = await fetch(`${env.url}?query=${encodeURIComponent('mutation { __typename }')}`, {
      method: 'GET',
    });
    expect(getMutation.status).toBe(405);
    const { status } = await env.send('{ framework { code } }', ADMIN_TOKEN);
    expect(status).toBe(200);
  });
});
