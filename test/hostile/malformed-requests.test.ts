import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/modules/auth/roles';
import { TokenService } from '../../src/modules/auth/token.service';
import { listen, startTestHub, TestHub } from '../support/hub';

const ADMIN_TOKEN = 'malformed-test-admin-token-0123456789abcdefXYZ';

interface Reply {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

/**
 * Requests Apollo itself refuses before any resolver runs (a subscription over HTTP, automatic persisted queries
 * with a wrong hash or version): each keeps Apollo's own code and answers 400, never INTERNAL_SERVER_ERROR.
 */
describe('malformed requests keep their code (production hub, over HTTP)', () => {
  let hub: TestHub;
  let url: string;
  let analyst: string;
  beforeAll(async () => {
    hub = await startTestHub({
      limits: 'production',
      config: { nodeEnv: 'production', anonymousRole: null, adminToken: ADMIN_TOKEN },
    });
    url = `${await listen(hub)}/graphql`;
    analyst = await TokenService.create(hub.dataSource, { name: 'malformed analyst', role: Role.ANALYST });
  });
  afterAll(() => hub.close());

  const send = async (body: unknown, token: string | null = analyst): Promise<Reply> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Reply['body'] };
  };
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const summary = (reply: Reply) => [reply.status, (reply.body.errors ?? []).map((e) => e.extensions.code)];

  it('refuses a subscription over HTTP with 400 BAD_REQUEST saying subscriptions need a WebSocket', async () => {
    for (const query of ['subscription { changes { action } }', 'subscription Live { changes { action at } }']) {
      const reply = await send({ query });
      expect(summary(reply), query).toEqual([400, ['BAD_REQUEST']]);
      expect(reply.body.errors![0].message).toMatch(/WebSocket/);
      expect(reply.body.data ?? null).toBeNull();
    }
    // A subscription selecting only __typename is invalid GraphQL (a subscription's root field is one real field).
    expect(summary(await send({ query: 'subscription { __typename }' }))).toEqual([400, ['GRAPHQL_VALIDATION_FAILED']]);
  });

  it('refuses automatic persisted queries with a wrong hash, an unsupported version or an unknown hash with their own codes', async () => {
    const query = '{ __typename }';
    expect(summary(await send({ query, extensions: { persistedQuery: { version: 2, sha256Hash: 'ab' } } }))).toEqual([
      400,
      ['BAD_REQUEST'],
    ]);
    expect(
      summary(await send({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ other }') } } })),
    ).toEqual([400, ['BAD_REQUEST']]);
    expect(summary(await send({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'ab' } } }))).toEqual([
      400,
      ['BAD_REQUEST'],
    ]);
    const unknown = await send({
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ never sent }') } },
    });
    // Not a malformed request but a step of the APQ protocol (the client then sends the text): Apollo's status, 200.
    expect(summary(unknown)).toEqual([200, ['PERSISTED_QUERY_NOT_FOUND']]);
    // The right hash registers the query and answers it.
    const registered = await send({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });
    expect(registered).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('answers 401 to an anonymous APQ hash lookup, as to any request without a token', async () => {
    const reply = await send(
      { extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ never sent either }') } } },
      null,
    );
    expect(summary(reply)).toEqual([401, ['UNAUTHENTICATED']]);
  });

  it('answers other malformed bodies with 400 and a code, never INTERNAL_SERVER_ERROR', async () => {
    const bodies: unknown[] = [
      { query: 7 },
      { query: '{ __typename }', variables: 'x' },
      { query: '{ __typename }', extensions: 'x' },
      { query: '{ __typename }', operationName: 3 },
      { query: 'query A { __typename } query B { __typename }' },
      { query: '{ __typename }', operationName: 'Missing' },
      {},
    ];
    for (const body of bodies) {
      const reply = await send(body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      const codes = (reply.body.errors ?? []).map((e) => e.extensions.code);
      expect(codes.length, JSON.stringify(body)).toBeGreaterThan(0);
      expect(codes, JSON.stringify(body)).not.toContain('INTERNAL_SERVER_ERROR');
    }
  });
});
