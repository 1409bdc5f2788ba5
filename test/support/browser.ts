import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium } from 'playwright-core';
import { projectRoot } from '../../src/paths';

/** Debian's Chromium (.ci/run installs it with apt when missing). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Browser tests run where Chromium is installed, and always in CI (where a missing browser is a failure). */
export const canRunBrowser = existsSync(CHROMIUM) || Boolean(process.env.CI);

/** Where screenshots go (ignored by git). */
export const ARTIFACTS = join(projectRoot(), 'test', 'artifacts');

/** Headless Chromium with its own background networking off: it must not reach the internet by itself either. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A browser context that can reach only the hub under test: every request to another host is aborted and
 * recorded, so a page that needs a CDN fails visibly, and the test can assert that none was even attempted.
 */
export async function offlineContext(
  browser: Browser,
  hubUrl: string,
): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const allowed = new URL(hubUrl).host;
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === allowed || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    blocked.push(url.toString());
    return route.abort('internetdisconnected');
  });
  return { context, blocked };
}
