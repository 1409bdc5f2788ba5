import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../src/graphql/persisted-documents';
import { projectRoot } from '../src/paths';
import { listen, startTestHub, TestHub } from './support/hub';

const MANIFEST = JSON.parse(readFileSync(join(projectRoot(), 'schema', 'persisted-documents.json'), 'utf8')) as Record<
  string,
  string
>;
const trusted = (name: string) => {
  const [key, document] = Object.entries(MANIFEST).find(([, doc]) => doc.startsWith(`query ${name}`))!;
  return { hash: key.replace('sha256:', ''), document };
};

/** GET /graphql with the query string Apollo and graphql-http clients send; the preflight header passes CSRF prevention. */
const get = (base: string, params: Record<string, unknown>) => {
  const search = new URLSearchParams(
    Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
  return fetch(`${base}/graphql?${search.toString()}`, { headers: { 'apollo-require-preflight': 'true' } });
};
const post = (base: string, body: unknown) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('GET, cache hints and automatic persisted queries', () => {
  let hub: TestHub;
  let base: string;
  beforeAll(async () => {
    hub = await startTestHub();
    base = await listen(hub);
  });
  afterAll(() => hub.close());

  it('serves queries over GET, and lets any cache keep reference data (the framework and its criteria) for an hour', async () => {
    const response = await get(base, { query: '{ framework { code criteria { code title } } }' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('max-age=3600, public');
    // Kept per credential by shared caches: outside development only callers with a role are answered.
    expect(response.headers.get('vary')).toMatch(/\bAuthorization\b/i);
    expect(((await response.json()) as { data: { framework: { code: string } } }).data.framework.code).toBe('YJ_SEND');
    // The same through a fragment and over POST; an error makes it private.
    const fragment = await post(base, {
      query: 'query { criteria { ...C } } fragment C on Criterion { code title }',
    });
    expect(fragment.headers.get('cache-control')).toBe('max-age=3600, public');
    const failed = await post(base, { query: '{ framework(code: "NO_SUCH") { code } }' });
    expect(failed.headers.get('cache-control')).toBe('private, no-store');
  });

  it('marks anything that depends on the caller or on live data private and not to be stored', async () => {
    for (const query of [
      '{ yots(first: 5) { nodes { code } } }',
      '{ coverage(first: 5) { totalCount } }',
      '{ criteria { code evidence(first: 1) { totalCount } } }',
      // Reference data beside live data, and a root field with no hint: the response is as private as its least.
      '{ framework { code } yots(first: 1) { nodes { code } } }',
      '{ __typename }',
    ]) {
      const response = await post(base, { query });
      expect([query, response.headers.get('cache-control')]).toEqual([query, 'private, no-store']);
    }
  });

  it('refuses mutations over GET', async () => {
    const response = await get(base, {
      query: 'mutation { createAgency(input: { name: "Via GET", type: OTHER }) { agency { id } } }',
    });
    expect(response.status).toBe(405);
  });

  it('accepts automatic persisted queries: a hash alone once the server has seen the document', async () => {
    const query = '{ framework { code name } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const unknown = (await (await get(base, { extensions })).json()) as { errors: { extensions: { code: string } }[] };
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(base, { query, extensions })).status).toBe(200);
    const byHash = await get(base, { extensions });
    expect(byHash.status).toBe(200);
    expect(await byHash.json()).toMatchObject({ data: { framework: { code: 'YJ_SEND', name: expect.any(String) } } });
  });
});

describe('PERSISTED_ONLY: trusted documents only', () => {
  let hub: TestHub;
  let base: string;
  beforeAll(async () => {
    hub = await startTestHub({ config: { persistedOnly: true } });
    base = await listen(hub);
  });
  afterAll(() => hub.close());

  it('runs a trusted document sent by its hash alone, over GET or POST', async () => {
    const { hash } = trusted('FrameworkCriteria');
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
    for (const response of [await get(base, { extensions }), await post(base, { extensions })]) {
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ data: { framework: { code: 'YJ_SEND' } } });
    }
    const summary = trusted('AnalystOutcomeSummary');
    const response = await post(base, {
      extensions: { persistedQuery: { version: 1, sha256Hash: summary.hash } },
      variables: { periodFrom: '2024-Q1', periodTo: '2024-Q4' },
    });
    expect(await response.json()).toMatchObject({ data: { outcomeSummary: { suppressionThreshold: 5 } } });
  });

  it('runs a trusted document sent as text', async () => {
    const response = await post(base, { query: trusted('FrameworkCriteria').document });
    expect(response.status).toBe(200);
  });

  it('refuses any other operation with 400 PERSISTED_QUERY_REQUIRED, and a hash it does not trust with PERSISTED_QUERY_NOT_FOUND', async () => {
    const adHoc = await post(base, { query: '{ yots(first: 100) { nodes { code } } }' });
    expect(adHoc.status).toBe(400);
    expect(((await adHoc.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'PERSISTED_QUERY_REQUIRED',
    );
    const query = '{ yots(first: 1) { nodes { code } } }';
    const unknown = await post(base, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    // Sending the text along does not register it, as automatic persisted queries otherwise would.
    expect(
      (await post(base, { query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } })).status,
    ).toBe(400);
  });
});
