import { print } from 'graphql';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/modules/auth/roles';
import { TokenService } from '../src/modules/auth/token.service';
import {
  AddPartnershipDocument,
  ChangeFeedDocument,
  CreateActionPlanItemDocument,
  CreateBoardDocument,
  CreateSelfAssessmentDocument,
  ChangesDocument,
  RecordAgreementDocument,
  RecordEvidenceDocument,
  RegisterChildDocument,
  ReviewEvidenceDocument,
} from './generated/graphql';
import type { ChangeFeedSubscription } from './generated/graphql';
import { expectError } from './support/expect';
import { listen, startTestHub, TestHub } from './support/hub';
import { globalId } from './support/ids';

const BARNET = 'E09000003';
const KNOWSLEY = 'E08000011';

describe('the change feed', () => {
  let hub: TestHub;
  let wsUrl: string;
  let barnet: string;
  let knowsley: string;
  let met: string;
  let merseyside: string;
  let s4: string;
  const tokens: Record<string, string> = {};
  const clients: Client[] = [];
  let metCaller: { name: string; role: Role; yotId: null; agencyId: number };
  let merseysideCaller: { name: string; role: Role; yotId: null; agencyId: number };

  beforeAll(async () => {
    hub = await startTestHub({
      config: { feedPollMs: 20, maxSubscriptionsPerConnection: 2, maxBodyBytes: 20_000, anonymousRole: null },
    });
    wsUrl = `${(await listen(hub)).replace('http', 'ws')}/graphql`;
    barnet = await globalId(hub.dataSource, 'Yot', 'yot', `code = '${BARNET}'`);
    knowsley = await globalId(hub.dataSource, 'Yot', 'yot', `code = '${KNOWSLEY}'`);
    met = await globalId(hub.dataSource, 'Agency', 'agency', `name = 'Metropolitan Police Service'`);
    merseyside = await globalId(hub.dataSource, 'Agency', 'agency', `name = 'Merseyside Police'`);
    s4 = await globalId(hub.dataSource, 'Criterion', 'criterion', `code = 'S4'`);
    const agencyKey = async (name: string) =>
      Number((await hub.dataSource.query(`SELECT id FROM agency WHERE name = '${name}'`))[0].id);
    metCaller = {
      name: 'met',
      role: Role.PARTNER,
      yotId: null,
      agencyId: await agencyKey('Metropolitan Police Service'),
    };
    merseysideCaller = {
      name: 'merseyside',
      role: Role.PARTNER,
      yotId: null,
      agencyId: await agencyKey('Merseyside Police'),
    };
    tokens.admin = await TokenService.create(hub.dataSource, { name: 'feed-admin', role: Role.ADMIN });
    tokens.met = await TokenService.create(hub.dataSource, {
      name: 'feed-met',
      role: Role.PARTNER,
      agencyId: metCaller.agencyId,
    });
    tokens.merseyside = await TokenService.create(hub.dataSource, {
      name: 'feed-merseyside',
      role: Role.PARTNER,
      agencyId: merseysideCaller.agencyId,
    });
  });
  afterAll(async () => {
    await Promise.all(clients.map(async (c) => c.dispose()));
    await hub.close();
  });

  const client = (connectionParams?: Record<string, unknown>) => {
    const c = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
    clients.push(c);
    return c;
  };
  const subscribe = (c: Client, variables: Record<string, unknown> = {}) =>
    c.iterate<ChangeFeedSubscription>({ query: print(ChangeFeedDocument), variables }) as AsyncIterableIterator<{
      data?: ChangeFeedSubscription;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    }>;

  const recordEvidence = async (yotId: string, providedById: string, title: string) => {
    const { data, errors } = await hub.exec(RecordEvidenceDocument, {
      input: {
        yotId,
        title,
        kind: 'CASE_STUDY',
        summary: 'Feed test item.',
        occurredOn: '2025-03-01',
        source: 'feed test',
        providedById,
        agencyIds: [],
        criteria: [{ criterionId: s4, note: 'feed' }],
      },
    });
    expect(errors).toBeUndefined();
    return data!.recordEvidence!.evidence;
  };

  it('lists evidence recorded and reviewed, oldest first, resumable from any cursor', async () => {
    const before = await hub.exec(ChangesDocument, { last: 1 });
    const start = before.data!.changes.pageInfo.endCursor;
    const item = await recordEvidence(barnet, met, 'Feed: SALT screening');
    const review = await hub.exec(ReviewEvidenceDocument, {
      input: { id: item.id, expectedVersion: item.version, state: 'ACCEPTED' },
    });
    expect(review.errors).toBeUndefined();

    const first = await hub.exec(ChangesDocument, { first: 1, after: start });
    expect(first.errors).toBeUndefined();
    expect(first.data!.changes.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        kind: 'EVIDENCE_RECORDED',
        action: 'recordEvidence',
        yotCode: BARNET,
        subjectType: 'Evidence',
        subjectId: item.id,
        affectsCoverage: true,
        yot: { code: BARNET },
      }),
    ]);
    expect(first.data!.changes.pageInfo.hasNextPage).toBe(true);
    const next = await hub.exec(ChangesDocument, { first: 10, after: first.data!.changes.pageInfo.endCursor });
    expect(next.data!.changes.edges.map((e) => [e.node.kind, e.node.subjectId])).toEqual([
      ['EVIDENCE_REVIEWED', item.id],
    ]);
    expect(next.data!.changes.pageInfo).toMatchObject({ hasNextPage: false });
    // A poller with nothing new gets an empty page and keeps its cursor.
    const idle = await hub.exec(ChangesDocument, { first: 10, after: next.data!.changes.pageInfo.endCursor });
    expect(idle.data!.changes).toMatchObject({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('filters by kind, YOT and coverage relevance, and refuses an unknown YOT code', async () => {
    await recordEvidence(knowsley, merseyside, 'Feed: Knowsley protocol');
    const reviewed = await hub.exec(ChangesDocument, { first: 100, filter: { kinds: ['EVIDENCE_REVIEWED'] } });
    expect(reviewed.data!.changes.edges.map((e) => e.node.kind)).toEqual(['EVIDENCE_REVIEWED']);
    const knowsleyOnly = await hub.exec(ChangesDocument, { first: 100, filter: { yotCodes: [KNOWSLEY] } });
    expect(knowsleyOnly.data!.changes.edges.map((e) => [e.node.kind, e.node.yotCode])).toEqual([
      ['EVIDENCE_RECORDED', KNOWSLEY],
    ]);
    expect(knowsleyOnly.data!.changes.totalCount).toBe(1);
    const notCoverage = await hub.exec(ChangesDocument, { first: 100, filter: { affectsCoverage: false } });
    expect(notCoverage.data!.changes.edges).toEqual([]);
    const unknown = await hub.exec(ChangesDocument, { first: 10, filter: { yotCodes: ['E99999999'] } });
    expectError(unknown.errors, 'NOT_FOUND', ['changes']);
  });

  it('shows a PARTNER only the changes of YOTs its agency partners with, and nobody a change about a child', async () => {
    const child = await hub.exec(RegisterChildDocument, {
      input: { yotId: barnet, ref: 'FED-0001', ageBand: 'AGE_14_TO_15', sendStatus: 'EHCP', needs: [] },
    });
    expect(child.errors).toBeUndefined();
    const everything = await hub.exec(ChangesDocument, { first: 100 });
    expect(everything.data!.changes.edges.map((e) => e.node.subjectType)).not.toContain('Child');
    expect(everything.data!.changes.edges.map((e) => e.node.yotCode)).toEqual([BARNET, BARNET, KNOWSLEY]);

    const asMet = await hub.exec(ChangesDocument, { first: 100 }, metCaller);
    expect(asMet.data!.changes.edges.map((e) => e.node.yotCode)).toEqual([BARNET, BARNET]);
    const asMerseyside = await hub.exec(ChangesDocument, { first: 100 }, merseysideCaller);
    expect(asMerseyside.data!.changes.edges.map((e) => e.node.yotCode)).toEqual([KNOWSLEY]);
    expect(asMerseyside.data!.changes.totalCount).toBe(1);
    const hidden = await hub.exec(ChangesDocument, { first: 100, filter: { yotCodes: [BARNET] } }, merseysideCaller);
    expectError(hidden.errors, 'FORBIDDEN', ['changes']);
  });

  it('pushes each new change to a graphql-ws subscriber, scoped like queries', async () => {
    const metFeed = subscribe(client({ authorization: `Bearer ${tokens.met}` }));
    const merseysideFeed = subscribe(client({ authorization: `Bearer ${tokens.merseyside}` }), {
      filter: { kinds: ['EVIDENCE_RECORDED'] },
    });
    // Subscriptions start with the next change: both must be registered (on their first `next()`) before writing.
    const metNextPromise = metFeed.next();
    const merseysideNextPromise = merseysideFeed.next();
    await waitForSubscribers(hub, 2);
    const barnetItem = await recordEvidence(barnet, met, 'Feed: live Barnet item');
    const knowsleyItem = await recordEvidence(knowsley, merseyside, 'Feed: live Knowsley item');

    const metNext = await metNextPromise;
    expect(metNext.value).toEqual({
      data: {
        changes: expect.objectContaining({
          kind: 'EVIDENCE_RECORDED',
          subjectId: barnetItem.id,
          yotCode: BARNET,
          yot: { code: BARNET, name: expect.any(String) },
        }),
      },
    });
    // Merseyside Police's first change is Knowsley's, though Barnet's was committed first.
    const merseysideNext = await merseysideNextPromise;
    expect(merseysideNext.value.data!.changes).toMatchObject({ subjectId: knowsleyItem.id, yotCode: KNOWSLEY });
    await metFeed.return!();
    await merseysideFeed.return!();
  });

  it('replays what a subscriber missed when it resumes with `after`', async () => {
    const page = await hub.exec(ChangesDocument, { last: 2 });
    const [older, newer] = page.data!.changes.edges;
    const feed = subscribe(client({ authorization: `Bearer ${tokens.admin}` }), { after: older.cursor });
    const replayed = await feed.next();
    expect(replayed.value.data!.changes).toMatchObject({ id: newer.node.id, cursor: newer.cursor });
    await feed.return!();
  });

  it("announces a YOT's coverage changing (a new partnership) and an agreement recorded, to a coverage subscriber", async () => {
    const feed = subscribe(client({ authorization: `Bearer ${tokens.admin}` }), {
      filter: { affectsCoverage: true, kinds: ['COVERAGE_CHANGED', 'AGREEMENT_CHANGED'] },
    });
    const first = feed.next();
    await waitForSubscribers(hub, 1);
    const partnership = await hub.exec(AddPartnershipDocument, {
      input: { yotId: barnet, agencyId: merseyside, startedOn: '2025-04-01', statutory: false },
    });
    expect(partnership.errors).toBeUndefined();
    // Evidence affects coverage too, but is not among the kinds asked for.
    await recordEvidence(barnet, met, 'Feed: not a coverage-kind change');
    const agreement = await hub.exec(RecordAgreementDocument, {
      input: {
        yotId: barnet,
        title: 'Feed: Barnet and the Met',
        purpose: 'Feed test.',
        lawfulBasis: ['UK GDPR art. 6(1)(e)'],
        dataCategories: ['offence history'],
        partyIds: [met],
        signedOn: '2025-04-01',
        reviewDue: '2027-04-01',
        status: 'ACTIVE',
      },
    });
    expect(agreement.errors).toBeUndefined();
    expect((await first).value.data!.changes).toMatchObject({
      kind: 'COVERAGE_CHANGED',
      yotCode: BARNET,
      subjectType: 'Partnership',
      subjectId: partnership.data!.addPartnership!.partnership.id,
      affectsCoverage: true,
    });
    expect((await feed.next()).value.data!.changes).toMatchObject({
      kind: 'AGREEMENT_CHANGED',
      yotCode: BARNET,
      subjectType: 'InformationSharingAgreement',
      subjectId: agreement.data!.recordAgreement!.agreement.id,
      affectsCoverage: true,
    });
    await feed.return!();
  });

  it('closes a connection without a valid token with 4401 and a reason', async () => {
    for (const params of [undefined, { authorization: 'Bearer not-a-token' }]) {
      const failure = await subscribe(client(params))
        .next()
        .then(
          () => null,
          (event: unknown) => event,
        );
      expect(failure).toMatchObject({ code: 4401, reason: expect.stringMatching(/^Unauthorized: /) });
    }
  });

  it('closes a live subscription with 4401 once its token is revoked', async () => {
    const token = await TokenService.create(hub.dataSource, { name: 'feed-revoked', role: Role.ANALYST });
    const feed = subscribe(client({ authorization: `Bearer ${token}` }));
    const next = feed.next().then(
      () => null,
      (event: unknown) => event,
    );
    await waitForSubscribers(hub, 1);
    expect(await TokenService.revoke(hub.dataSource, 'feed-revoked')).toBe(true);
    // Checked again within TOKEN_CACHE_MS (5 s).
    expect(await next).toMatchObject({ code: 4401, reason: 'Unauthorized: the bearer token was revoked' });
  }, 20_000);

  it('refuses queries over WebSocket, documents past the limits, and a subscription too many', async () => {
    const c = client({ authorization: `Bearer ${tokens.admin}` });
    const query = await c
      .iterate({ query: '{ framework { code } }' })
      .next()
      .catch((errors: unknown) => errors);
    expect((query as { extensions?: { code?: string } }[])[0].extensions?.code).toBe('BAD_USER_INPUT');
    const deep = `subscription { changes { yot { ${'partnerships { agency { '.repeat(7)}name${' } }'.repeat(7)} } } }`;
    const tooDeep = await c
      .iterate({ query: deep })
      .next()
      .catch((errors: unknown) => errors);
    expect((tooDeep as { extensions?: { code?: string } }[])[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');

    const one = subscribe(c);
    const two = subscribe(c);
    // An iterator subscribes on its first `next()`.
    const pending = [one.next(), two.next()];
    await waitForSubscribers(hub, 2);
    const third = await subscribe(c)
      .next()
      .catch((errors: unknown) => errors);
    expect((third as { extensions?: { code?: string; maxSubscriptions?: number } }[])[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      maxSubscriptions: 2,
    });
    await one.return!();
    await two.return!();
    await Promise.all(pending);
  });

  it('closes a connection that sends a message over MAX_BODY_BYTES with 1009', async () => {
    const failure = await subscribe(client({ authorization: `Bearer ${tokens.admin}`, padding: 'x'.repeat(30_000) }))
      .next()
      .then(
        () => null,
        (event: unknown) => event,
      );
    expect(failure).toMatchObject({ code: 1009 });
  });

  it('carries the award journey of a YOT too (self-assessment, action plan, board), as changes that leave coverage alone', async () => {
    const before = (await hub.exec(ChangesDocument, { first: 100 })).data!.changes.totalCount;
    const s1 = await globalId(hub.dataSource, 'Criterion', 'criterion', `code = 'S1'`);
    const journey = [
      await hub.exec(CreateSelfAssessmentDocument, {
        input: {
          yotId: knowsley,
          assessedOn: '2025-03-01',
          participantAgencyIds: [merseyside],
          scores: [{ criterionId: s1, score: 5 }],
        },
      }),
      await hub.exec(CreateActionPlanItemDocument, {
        input: {
          yotId: knowsley,
          title: 'Feed: agree a screening protocol',
          dueOn: '2025-09-30',
          ownerAgencyId: merseyside,
          ownerRole: 'POLICE_OFFICER',
        },
      }),
      await hub.exec(CreateBoardDocument, { input: { yotId: knowsley, name: 'Knowsley YJ Management Board' } }),
    ];
    for (const { errors } of journey) expect(errors).toBeUndefined();

    const kinds = ['SELF_ASSESSMENT_CHANGED', 'ACTION_PLAN_CHANGED', 'BOARD_CHANGED'] as const;
    const listed = await hub.exec(ChangesDocument, { first: 100, filter: { kinds: [...kinds] } });
    expect(
      listed.data!.changes.edges.map((e) => [e.node.kind, e.node.yotCode, e.node.subjectType, e.node.affectsCoverage]),
    ).toEqual([
      ['SELF_ASSESSMENT_CHANGED', KNOWSLEY, 'SelfAssessment', false],
      ['ACTION_PLAN_CHANGED', KNOWSLEY, 'ActionPlanItem', false],
      ['BOARD_CHANGED', KNOWSLEY, 'Board', false],
    ]);
    expect((await hub.exec(ChangesDocument, { first: 100 })).data!.changes.totalCount).toBe(before + 3);
    // The coverage views' feed leaves them out; a partner of another YOT sees none of them, Knowsley's partner all.
    const coverage = await hub.exec(ChangesDocument, { first: 100, filter: { affectsCoverage: true } });
    expect(coverage.data!.changes.edges.map((e) => e.node.kind)).not.toContain('ACTION_PLAN_CHANGED');
    const asMet = await hub.exec(ChangesDocument, { first: 100, filter: { kinds: [...kinds] } }, metCaller);
    expect(asMet.data!.changes.edges).toEqual([]);
    const asMerseyside = await hub.exec(
      ChangesDocument,
      { first: 100, filter: { kinds: [...kinds] } },
      merseysideCaller,
    );
    expect(asMerseyside.data!.changes.totalCount).toBe(3);
  });
});

/** Waits until the hub's change ticker has `n` listeners (subscriptions registered), polling without a time bound. */
async function waitForSubscribers(hub: TestHub, n: number): Promise<void> {
  const { ChangeTicker } = await import('../src/modules/feed/change-ticker');
  const ticker = ChangeTicker.for(hub.dataSource) as unknown as { listeners: Set<unknown> };
  while (ticker.listeners.size < n) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('the change feed in PERSISTED_ONLY mode', () => {
  let hub: TestHub;
  let wsUrl: string;
  beforeAll(async () => {
    const { createHash } = await import('node:crypto');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    // eslint-disable-next-line @typescript-eslint/unbound-method -- path.join does not use `this`
    const { join } = await import('node:path');
    const manifest = join(mkdtempSync(join(tmpdir(), 'hub-feed-')), 'persisted.json');
    const text = print(ChangeFeedDocument);
    writeFileSync(manifest, JSON.stringify({ [`sha256:${createHash('sha256').update(text).digest('hex')}`]: text }));
    hub = await startTestHub({
      config: { feedPollMs: 20, anonymousRole: 'ANALYST', persistedOnly: true, persistedDocumentsFile: manifest },
    });
    wsUrl = `${(await listen(hub)).replace('http', 'ws')}/graphql`;
  });
  afterAll(() => hub.close());

  it('accepts the trusted subscription and refuses any other text with PERSISTED_QUERY_REQUIRED', async () => {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const other = await client
        .iterate({ query: 'subscription { changes { id } }' })
        .next()
        .catch((errors: unknown) => errors);
      expect((other as { extensions?: { code?: string } }[])[0].extensions?.code).toBe('PERSISTED_QUERY_REQUIRED');
      const trusted = client.iterate({ query: print(ChangeFeedDocument) });
      const pending = trusted.next();
      await waitForSubscribers(hub, 1);
      await trusted.return!();
      expect((await pending).done).toBe(true);
    } finally {
      await client.dispose();
    }
  });
});

describe('the change feed under the production limits', () => {
  let hub: TestHub;
  let wsUrl: string;
  beforeAll(async () => {
    hub = await startTestHub({ limits: 'production', config: { feedPollMs: 20, anonymousRole: 'ANALYST' } });
    wsUrl = `${(await listen(hub)).replace('http', 'ws')}/graphql`;
  });
  afterAll(() => hub.close());

  it('costs a subscription as a query is costed: refuses one over MAX_QUERY_COST and accepts the feed operation', async () => {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      // 1 + 1 + 100 × (1 + 1 + 100) = 10202 > 10000, eight levels deep (within the depth limit of 12).
      const costly =
        'subscription { changes { yot { evidence(first: 100) { nodes { yot { evidence(first: 100) { nodes { title } } } } } } } }';
      const refused = await client
        .iterate({ query: costly })
        .next()
        .catch((errors: unknown) => errors);
      expect((refused as { extensions?: Record<string, unknown> }[])[0].extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 10_000,
        cost: expect.any(Number),
      });
      expect((refused as { extensions: { cost: number } }[])[0].extensions.cost).toBeGreaterThan(10_000);
      const feed = client.iterate({ query: print(ChangeFeedDocument) });
      const pending = feed.next();
      await waitForSubscribers(hub, 1);
      await feed.return!();
      expect((await pending).done).toBe(true);
    } finally {
      await client.dispose();
    }
  });
});
