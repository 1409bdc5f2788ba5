import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, startTestHub, TestHub } from './support/hub';

const ADMIN_TOKEN = 'fast-path-admin-token-Zq8Wx3Lm9Pv2Rt7Ky4';
const ALLOWED_ORIGIN = 'https://dashboard.example';

/** Headers that differ between any two requests: the date, the request id, and what the rising budget changes. */
const VARYING = new Set(['date', 'x-request-id', 'etag', 'ratelimit-remaining', 'ratelimit-reset', 'content-length']);

/** Status, headers (those that do not vary from request to request) and body text, request id and budget masked. */
async function answer(url: string, init: { body: string; headers: Record<string, string> }) {
  const response = await fetch(url, { method: 'POST', ...init });
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !VARYING.has(name)));
  const body = (await response.text())
    .replace(/"requestId":"[^"]+"/g, '"requestId":"…"')
    .replace(/"currentlyAvailable":\d+/g, '"currentlyAvailable":…');
  return { status: response.status, headers, body };
}

/**
 * POST /graphql with a plain JSON body is answered by a request listener on node:http, not by Express (issue 16).
 * Each request below is sent once as the fast path takes it and once with a query string, which leaves it to
 * Express's chain: the answers must not differ.
 */
describe('the POST /graphql fast path answers as the Express chain does', () => {
  let hub: TestHub;
  let base: string;
  beforeAll(async () => {
    hub = await startTestHub({ config: { adminToken: ADMIN_TOKEN, corsOrigins: [ALLOWED_ORIGIN] } });
    base = await listen(hub);
  });
  afterAll(() => hub.close());

  const json = { 'content-type': 'application/json' };
  const admin = { ...json, authorization: `Bearer ${ADMIN_TOKEN}` };
  const cases: [string, { body: string; headers: Record<string, string> }][] = [
    ['a small result', { body: JSON.stringify({ query: '{ yot(code: "E09000003") { code name } }' }), headers: admin }],
    ['an error', { body: JSON.stringify({ query: '{ yot(code: "NOPE") { code } }' }), headers: admin }],
    ['reference data (cacheable)', { body: JSON.stringify({ query: '{ criteria { code } }' }), headers: admin }],
    [
      'a large result, compressed',
      {
        body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
        headers: { ...admin, 'accept-encoding': 'gzip' },
      },
    ],
    [
      'a large result, not compressed',
      {
        body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
        headers: { ...admin, 'accept-encoding': 'identity' },
      },
    ],
    [
      'an allowed origin',
      { body: JSON.stringify({ query: '{ __typename }' }), headers: { ...admin, origin: ALLOWED_ORIGIN } },
    ],
    [
      'a request from another origin',
      { body: JSON.stringify({ query: '{ __typename }' }), headers: { ...admin, origin: 'https://elsewhere.example' } },
    ],
    ['no token', { body: JSON.stringify({ query: '{ __typename }' }), headers: json }],
    [
      'a bad token',
      { body: JSON.stringify({ query: '{ __typename }' }), headers: { ...json, authorization: 'Bearer x' } },
    ],
    ['malformed JSON', { body: '{"query": ', headers: admin }],
    ['JSON that is not an object', { body: '"{ __typename }"', headers: admin }],
    ['a byte order mark', { body: `\ufeff${JSON.stringify({ query: '{ __typename }' })}`, headers: admin }],
    ['no query', { body: '{"variables":{}}', headers: admin }],
    ['a syntax error', { body: JSON.stringify({ query: '{ yot(' }), headers: admin }],
  ];

  for (const [name, request] of cases) {
    it(`answers ${name} as Express does`, async () => {
      const fast = await answer(`${base}/graphql`, request);
      const express = await answer(`${base}/graphql?via=express`, request);
      expect(fast).toEqual(express);
      expect(fast.headers['vary']).toBeDefined();
    });
  }
});
