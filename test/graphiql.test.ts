import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, canRunBrowser, launchBrowser, offlineContext } from './support/browser';
import { listen, startTestHub, TestHub } from './support/hub';

describe.skipIf(!canRunBrowser)('GraphiQL served by the hub, offline', () => {
  let hub: TestHub;
  let base: string;
  let browser: Browser;
  beforeAll(async () => {
    // Development settings, as an analyst would run the hub locally: anonymous callers read as ANALYST; the
    // query limits are the production defaults, which GraphiQL's introspection must pass.
    hub = await startTestHub({ limits: 'production', config: { nodeEnv: 'development', anonymousRole: 'ANALYST' } });
    base = await listen(hub);
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('answers a browser at GET /graphql with GraphiQL, and a GraphQL client with GraphQL', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>YJ partnership hub · GraphiQL</title>');
    const api = await fetch(`${base}/graphql?query=${encodeURIComponent('{ framework { code } }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(await api.json()).toEqual({ data: { framework: { code: 'YJ_SEND' } }, extensions: expect.anything() });
    // GraphiQL's introspection query nests 14 levels: the depth limit does not count introspection.
    const introspection = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: getIntrospectionQuery() }) });
    const body = (await introspection.json()) as { data?: { __schema: { types: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.__schema.types.length).toBeGreaterThan(50);
  });

  it('runs the saved dashboard example with every outside request blocked, and shows the docs and the header editor', async () => {
    const { context, blocked } = await offlineContext(browser, base);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/graphql`);
    await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor();
    // The saved examples, one tab per kind of user.
    await expect.poll(() => page.locator('.graphiql-tab').count()).toBe(3);
    expect(await page.locator('.graphiql-query-editor').first().innerText()).toContain('DashboardCoverage');
    // The header editor is open, and the example says how to send a bearer token there.
    await expect.poll(() => page.locator('.graphiql-editor-tool .graphiql-tab-active, .graphiql-editor-tools button.active').first().innerText()).toBe('Headers');
    expect(await page.locator('.graphiql-query-editor').first().innerText()).toContain('"Authorization": "Bearer <token>"');
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toContain('"totalCount": 2');
    // The first YOT by name; the editor renders only the lines in view.
    expect(await result.innerText()).toContain('"code": "E09000003"');
    await page.screenshot({ path: join(ARTIFACTS, 'graphiql-result.png') });
    // The schema docs explorer, built from introspection.
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    await expect.poll(() => page.locator('.graphiql-doc-explorer').innerText()).toMatch(/Query/);
    // Built from the full introspection query, under the default cost limit (it once showed "Error fetching schema").
    expect(await page.locator('.graphiql-doc-explorer').innerText()).not.toMatch(/error fetching schema/i);
    await page.screenshot({ path: join(ARTIFACTS, 'graphiql-docs.png') });
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
