import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/modules/auth/roles';
import { DrillDownKpiDocument, type DrillDownKpiQuery } from '../web/dashboard/generated/graphql';
import { accessibilityViolations } from './support/accessibility';
import { canRunBrowser, launchBrowser, offlineContext } from './support/browser';
import { FIXTURE_CODE } from './support/coverage-fixture';
import { ANALYST, listen, startTestHub, TESTER, type TestHub } from './support/hub';
import { addJourneyFixture } from './support/journey-fixture';
import { BARNET } from './support/kpi-fixture';

type Figure = NonNullable<NonNullable<DrillDownKpiQuery['yot']>['kpis']>['figures'][number];

const ADMIN_TOKEN = 'kpi-drill-down-admin-token-0123456789';
const BOARD = 'MANAGEMENT_BOARD_ATTENDANCE';

/**
 * The drill-down of a YOT's KPI figures (issue 18, part 1): `Yot.kpiRecords` lists the observations a figure
 * counts, so each list is as long as the figure's numerator or denominator; the dashboard links each of the YOT's
 * figures to it, and shows child rows only to roles that may read them. Production limits; the journey fixture
 * (test/support/journey-fixture.ts) gives Fixtureshire KPIs 1, 2, 4 and 7 in the last full quarter.
 */
describe('the KPI figures open the observations behind them', () => {
  let hub: TestHub;
  let quarter: string;
  let figures: Figure[];

  /** The drill-down operation as the dashboard sends it, for one figure line. */
  const ask = (
    f: Pick<Figure, 'kpi' | 'cohort' | 'stage' | 'indicator'>,
    as = TESTER,
    paging: { first?: number; afterNumerator?: string; afterDenominator?: string; observations?: boolean } = {},
  ) =>
    hub.exec(
      DrillDownKpiDocument,
      {
        code: FIXTURE_CODE,
        quarter,
        kpi: f.kpi,
        cohort: f.cohort,
        stage: f.stage,
        indicator: f.indicator,
        first: paging.first ?? 100,
        afterNumerator: paging.afterNumerator,
        afterDenominator: paging.afterDenominator,
        numerator: paging.observations ?? f.kpi !== BOARD,
        denominator: paging.observations ?? f.kpi !== BOARD,
        board: f.kpi === BOARD,
      },
      as,
    );

  beforeAll(async () => {
    hub = await startTestHub({
      limits: 'production',
      config: { nodeEnv: 'development', anonymousRole: 'ANALYST', adminToken: ADMIN_TOKEN },
    });
    ({ quarter } = await addJourneyFixture(hub));
    const { data, errors } = await ask({
      kpi: 'ACCOMMODATION',
      cohort: 'COMMUNITY',
      stage: 'END',
      indicator: 'SUITABLE_ACCOMMODATION',
    });
    expect(errors).toBeUndefined();
    figures = data!.yot!.kpis!.figures;
  }, 60_000);
  afterAll(async () => {
    await hub?.close();
  });

  it('lists, for an administrator, as many observations as each exact figure counts', async () => {
    const fromChildren = figures.filter((f) => f.kpi !== BOARD);
    // KPI 1, KPI 2 and KPI 4's three funnel lines (journey-fixture.ts).
    expect(fromChildren.map((f) => `${f.kpi}:${f.indicator}:${f.numerator}/${f.denominator}`)).toEqual([
      'ACCOMMODATION:SUITABLE_ACCOMMODATION:4/6',
      'ETE:SUITABLE_ETE:2/2',
      'MENTAL_HEALTH:NEED_IDENTIFIED:4/6',
      'MENTAL_HEALTH:SUPPORT_OFFERED:3/4',
      'MENTAL_HEALTH:ATTENDING:2/4',
    ]);
    for (const f of fromChildren) {
      const { data, errors } = await ask(f);
      expect(errors).toBeUndefined();
      const yot = data!.yot!;
      expect([yot.numerator!.totalCount, yot.denominator!.totalCount]).toEqual([f.numerator, f.denominator]);
      expect([yot.numerator!.nodes.length, yot.denominator!.nodes.length]).toEqual([f.numerator, f.denominator]);
      for (const o of [...yot.numerator!.nodes, ...yot.denominator!.nodes]) expect(o.child.ref).toMatch(/^JF-/);
      // The numerator's observations are among the denominator's.
      const denominator = new Set(yot.denominator!.nodes.map((o) => o.id));
      expect(yot.numerator!.nodes.every((o) => denominator.has(o.id))).toBe(true);
    }
  });

  it('pages a list with cursors to the same observations', async () => {
    const f = figures.find((x) => x.indicator === 'NEED_IDENTIFIED')!;
    const all = (await ask(f)).data!.yot!.denominator!.nodes.map((o) => o.id);
    const read: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { data, errors } = await ask(f, TESTER, { first: 4, afterDenominator: after });
      expect(errors).toBeUndefined();
      const page = data!.yot!.denominator!;
      read.push(...page.nodes.map((o) => o.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(read).toEqual(all);
    expect(read).toHaveLength(6);
  });

  it('withholds the rows from analysts and other YOTs’ managers; KPI 7 is not listed as observations', async () => {
    const f = figures.find((x) => x.kpi === 'ACCOMMODATION')!;
    const analyst = await ask(f, ANALYST);
    expect(analyst.data!.yot!.kpis!.perturbed).toBe(true);
    expect(analyst.data!.yot!.numerator ?? null).toBeNull();
    expect(analyst.data!.yot!.denominator ?? null).toBeNull();
    expect(new Set(analyst.errors!.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    const barnet = Number((await hub.dataSource.query(`SELECT id FROM yot WHERE code = '${BARNET}'`))[0].id);
    const manager = { name: 'manager', role: Role.YOT_MANAGER, yotId: barnet, agencyId: null };
    const other = await ask(f, manager);
    expect(other.data!.yot!.numerator ?? null).toBeNull();
    expect(other.errors!.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    const board = await ask(
      figures.find((x) => x.kpi === BOARD)!,
      TESTER,
      { observations: true },
    );
    expect(board.errors!.map((e) => e.extensions?.code)).toContain('BAD_USER_INPUT');
  });

  it('lists the board seats behind KPI 7, as many as the figure counts, for every caller who may read it', async () => {
    const f = figures.find((x) => x.kpi === BOARD)!;
    // The quarter's one meeting, police and probation present (journey-fixture.ts).
    expect(f.numerator).toBe(2);
    for (const as of [TESTER, ANALYST]) {
      const { data, errors } = await ask(f, as);
      expect(errors).toBeUndefined();
      const yot = data!.yot!;
      const published = yot.kpis!.figures.find((x) => x.kpi === BOARD)!;
      expect([yot.boardNumerator!.length, yot.boardDenominator!.length]).toEqual([f.numerator, f.denominator]);
      expect([published.numerator, published.denominator]).toEqual([f.numerator, f.denominator]);
      expect(yot.boardNumerator!.every((s) => s.present)).toBe(true);
      expect(yot.boardDenominator!.filter((s) => s.present)).toEqual(yot.boardNumerator);
    }
  });

  describe.skipIf(!canRunBrowser)('on the dashboard, offline', () => {
    let base: string;
    let browser: Browser;
    let page: Page;
    let blocked: string[];
    const pageErrors: string[] = [];

    beforeAll(async () => {
      base = await listen(hub);
      browser = await launchBrowser();
      let context;
      ({ context, blocked } = await offlineContext(browser, base));
      page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
    }, 60_000);
    afterAll(async () => {
      expect(blocked).toEqual([]);
      expect(pageErrors).toEqual([]);
      await browser?.close();
    });

    /** The YOT page's own KPI figure links: address and text. */
    async function figureLinks(): Promise<{ href: string; text: string }[]> {
      await page.goto(`${base}/dashboard#/yot/${FIXTURE_CODE}`);
      const table = page.locator('[data-testid=kpi-comparison]');
      await table.waitFor({ timeout: 20_000 });
      return table
        .locator('[data-testid=kpi-figure-link]')
        .evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent })));
    }

    it('opens every KPI figure of the YOT, for an administrator, with as many rows as the figure counts', async () => {
      await page.goto(`${base}/dashboard`);
      await page.evaluate(`sessionStorage.setItem('yj-hub-token', '${ADMIN_TOKEN}')`);
      const links = await figureLinks();
      expect(links).toHaveLength(figures.length);
      for (const { href, text } of links) {
        expect(href).toMatch(new RegExp(`^#/yot/${FIXTURE_CODE}/kpi\\?quarter=${quarter}&kpi=`));
        const [, numerator, denominator] = /^(\d+) of (\d+)/.exec(text)!.map(Number);
        await page.goto(`${base}/dashboard${href}`);
        const drill = page.locator('[data-testid=kpi-drill-down]');
        for (const [part, count] of [
          ['numerator', numerator],
          ['denominator', denominator],
        ] as const) {
          const list = drill.locator(`[data-testid=kpi-${part}]`);
          await list.waitFor();
          expect(await list.locator('[data-testid=kpi-rows-count]').getAttribute('data-total')).toBe(String(count));
          expect(await list.locator('[data-testid=kpi-row]').count()).toBe(count);
        }
        expect(await drill.locator('[data-testid=kpi-figure]').getAttribute('data-figure')).toBe(text);
        expect(await drill.locator('[data-testid=rows-withheld]').count()).toBe(0);
      }
      expect(await accessibilityViolations(page)).toEqual([]);
      // The route is bookmarkable: a reload shows the same figure and rows.
      const before = await page.locator('[data-testid=kpi-drill-down]').innerText();
      await page.reload();
      await page.locator('[data-testid=kpi-denominator] [data-testid=kpi-row]').first().waitFor();
      expect(await page.locator('[data-testid=kpi-drill-down]').innerText()).toBe(before);
      await page.evaluate(`sessionStorage.removeItem('yj-hub-token')`);
    }, 90_000);

    it('shows an analyst the published figure alone: rows withheld, no count the figure hides', async () => {
      const links = await figureLinks();
      expect(links).toHaveLength(figures.length);
      for (const { href, text } of links) {
        await page.goto(`${base}/dashboard${href}`);
        const drill = page.locator('[data-testid=kpi-drill-down]');
        if (href.includes(`kpi=${BOARD}`)) {
          // Board attendance is not child data: its seats are listed to the analyst, as many as the exact figure.
          const [, numerator, denominator] = /^(\d+) of (\d+)/.exec(text)!.map(Number);
          await drill.locator('[data-testid=kpi-denominator] [data-testid=kpi-row]').first().waitFor();
          expect(await drill.locator('[data-testid=kpi-numerator] [data-testid=kpi-row]').count()).toBe(numerator);
          expect(await drill.locator('[data-testid=kpi-denominator] [data-testid=kpi-row]').count()).toBe(denominator);
          continue;
        }
        await drill.locator('[data-testid=rows-withheld]').waitFor();
        const shown = drill.locator('[data-testid=kpi-figure]');
        expect(await shown.getAttribute('data-figure')).toBe(text);
        expect(await drill.locator('[data-testid=kpi-row]').count()).toBe(0);
        expect(await drill.locator('[data-testid=kpi-rows-count]').count()).toBe(0);
        // Every number below the heading is the published figure's, or the range of withheld counts it explains.
        const heading = await drill.locator('h2').innerText();
        const body = (await drill.innerText()).replace(heading, '');
        const allowed = new Set([
          ...(text.match(/\d+/g) ?? []),
          ...((await shown.innerText()).match(/between (1) and (\d+)/)?.slice(1) ?? []),
        ]);
        expect((body.match(/\d+/g) ?? []).filter((n) => !allowed.has(n))).toEqual([]);
        expect(body).not.toMatch(/JF-\d/);
      }
      expect(await accessibilityViolations(page)).toEqual([]);
      // A child figure's drill-down, reloaded, still withholds its rows.
      await page.goto(`${base}/dashboard${links[0].href}`);
      await page.reload();
      await page.locator('[data-testid=rows-withheld]').waitFor();
      expect(await page.locator('[data-testid=kpi-row]').count()).toBe(0);
    }, 90_000);
  });
});
