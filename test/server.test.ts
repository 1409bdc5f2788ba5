import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, startTestHub, TestHub } from './support/hub';

describe('the HTTP server', () => {
  let hub: TestHub;
  let base: string;
  beforeAll(async () => {
    hub = await startTestHub();
    base = await listen(hub);
  });
  afterAll(() => hub.close());

  const post = (body: unknown) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('answers GET /health (liveness) with {"status":"ok"}', async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('serves GraphQL over POST /graphql', async () => {
    const response = await post({
      query: 'query One($code: String!) { yot(code: $code) { name } }',
      variables: { code: 'E09000003' },
      operationName: 'One',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { yot: { name: 'Barnet Youth Justice Service' } },
      extensions: {
        cost: {
          requestedQueryCost: 1,
          maximumQueryCost: expect.any(Number),
          throttleStatus: expect.objectContaining({ currentlyAvailable: expect.any(Number) }),
        },
      },
    });
  });

  it('answers a query that does not validate with GRAPHQL_VALIDATION_FAILED and no stack trace', async () => {
    const response = await post({ query: '{ yots { nodes { nope } } }' });
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].extensions).not.toHaveProperty('stacktrace');
  });

  it('masks unexpected failures outside development: an error id, no SQL, path or stack', async () => {
    await hub.dataSource.query('DROP TABLE expected_partner');
    const response = await post({ query: '{ framework { expectedPartners { agencyType } } }' });
    const body = (await response.json()) as { errors: { message: string; extensions: { errorId: string } }[] };
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors;
    expect(error.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      errorId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      requestId: response.headers.get('x-request-id'),
    });
    expect(error.message).toBe(`Internal server error. Quote error id ${error.extensions.errorId} when reporting it.`);
    expect(JSON.stringify(body)).not.toMatch(/expected_partner|SELECT|node_modules|\.ts:/);
  });
});
