import { launchBrowser, offlineContext } from '../test/support/browser';
import { round } from './measure';

/** W7: the dashboard's national view rendered in headless Chromium. */
export interface PageResult {
  view: 'partners' | 'criteria';
  yots: number;
  /** First load after the server started: the aggregate views are computed from the database. */
  coldMs: number;
  /** Median of later loads (views from the server's cache; a new page each time, nothing cached in the browser but assets). */
  warmMedianMs: number;
  warmRuns: number;
  /** GraphQL requests the page sent to render the view. */
  requests: number;
}

/**
 * Opens /dashboard in a new page for each run and times it from navigation to the last heatmap row in the DOM
 * (`performance.now()` in the page: HTML, script, the GraphQL requests, and React rendering every cell).
 */
export async function measureDashboard(url: string, token: string, yots: number, warmRuns = 5): Promise<PageResult[]> {
  const browser = await launchBrowser();
  try {
    const { context, blocked } = await offlineContext(browser, url);
    await context.addInitScript(`sessionStorage.setItem('yj-hub-token', ${JSON.stringify(token)})`);
    const load = async (view: PageResult['view']) => {
      const page = await context.newPage();
      await page.goto(`${url}/dashboard#/${view}`);
      await page.waitForFunction(
        `document.querySelectorAll('[data-testid=${view}-heatmap] tbody tr').length === ${yots}`,
        undefined,
        { timeout: 60_000 },
      );
      const ms = await page.evaluate<number>('performance.now()');
      const requests = await page.evaluate<number>('window.hubRequests.count');
      await page.close();
      return { ms, requests };
    };
    const results: PageResult[] = [];
    for (const view of ['partners', 'criteria'] as const) {
      const cold = await load(view);
      const warm: number[] = [];
      for (let i = 0; i < warmRuns; i++) warm.push((await load(view)).ms);
      warm.sort((a, b) => a - b);
      results.push({
        view,
        yots,
        coldMs: round(cold.ms),
        warmMedianMs: round(warm[Math.floor(warm.length / 2)]),
        warmRuns,
        requests: cold.requests,
      });
      console.error(
        `  W7 dashboard ${view}: cold ${round(cold.ms)} ms, warm median ${round(warm[Math.floor(warm.length / 2)])} ms, ${cold.requests} requests`,
      );
    }
    if (blocked.length) throw new Error(`the dashboard tried to reach outside the hub: ${blocked.join(', ')}`);
    return results;
  } finally {
    await browser.close();
  }
}
