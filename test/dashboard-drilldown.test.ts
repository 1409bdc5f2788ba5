import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellFilter, type EvidenceCell } from '../web/dashboard/drill-filter';
import { ratioMembers } from '../web/dashboard/ratio-members';
import { AgencyType } from '../src/modules/agency/agency.enums';
import { OutcomeMeasure, SendStatus } from '../src/modules/child/child.enums';
import { loadSynthetic } from '../src/seed/synthetic/national';
import {
  DrillDownCellCountDocument,
  DrillDownCellsDocument,
  DrillDownCriterionCellsDocument,
  DrillDownRatiosDocument,
  type DrillDownCellsQuery,
  type DrillDownRatiosQuery,
} from './generated/graphql';
import { accessibilityViolations } from './support/accessibility';
import { canRunBrowser, launchBrowser, offlineContext } from './support/browser';
import { addChildren, addPartnerAbsence } from './support/fixtures';
import { addCoverageFixture, FIXTURE_CODE } from './support/coverage-fixture';
import { listen, startTestHub, type Result, type TestHub } from './support/hub';

const KNOWSLEY = 'E08000011';
const ADMIN_TOKEN = 'drill-down-admin-token-0123456789';
/** Every YOT's partner cells (the national partner heatmap) and criterion cells (the YOT page's criteria column). */
async function everyCell(hub: TestHub): Promise<{ cell: EvidenceCell; count: number }[]> {
  const cells: { cell: EvidenceCell; count: number }[] = [];
  let after: string | null = null;
  for (;;) {
    const { data, errors }: Result<DrillDownCellsQuery> = await hub.exec(DrillDownCellsDocument, { first: 50, after });
    expect(errors).toBeUndefined();
    for (const node of data!.coverage.nodes) {
      for (const p of node.partners)
        cells.push({ cell: { yotCode: node.yot.code, agencyType: p.agencyType }, count: p.evidenceCount });
      const criteria = await hub.exec(DrillDownCriterionCellsDocument, { yotCode: node.yot.code });
      for (const c of criteria.data!.criterionCoverage!)
        cells.push({ cell: { yotCode: node.yot.code, criterion: c.criterion.code }, count: c.evidenceCount });
    }
    if (!data!.coverage.pageInfo.hasNextPage) break;
    after = data!.coverage.pageInfo.endCursor ?? null;
  }
  return cells;
}

/** The number a drill-down lists for `cell`, with the filter the page sends. */
async function drillDownCount(hub: TestHub, cell: EvidenceCell): Promise<number> {
  const { data, errors } = await hub.exec(DrillDownCellCountDocument, { filter: cellFilter(cell) });
  expect(errors).toBeUndefined();
  return data!.evidence.totalCount;
}

describe('the dashboard drill-downs and gap to-do list', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({
      limits: 'production',
      config: { nodeEnv: 'development', anonymousRole: 'ANALYST', adminToken: ADMIN_TOKEN },
    });
    // Three synthetic YOTs (about 200 school items each, so drill-downs page), and Fixtureshire, whose gaps and
    // flags are worked out by hand in test/support/coverage-fixture.ts.
    await loadSynthetic(hub.dataSource, { scale: 0.02, seed: 42 });
    await addCoverageFixture(hub.dataSource);
    // Knowsley's suitable-ETE outcomes: 24 children in 2025-Q1, and 3 in 2025-Q2 (a count that is withheld).
    await addChildren(
      hub.dataSource,
      KNOWSLEY,
      Array.from({ length: 24 }, (_, i) => ({
        ref: `KN-${i}`,
        sendStatus: SendStatus.EHCP,
        outcomes: [
          { measure: OutcomeMeasure.SUITABLE_ETE, met: i % 3 !== 0, period: '2025-Q1' },
          ...(i < 3 ? [{ measure: OutcomeMeasure.SUITABLE_ETE, met: true, period: '2025-Q2' }] : []),
        ],
      })),
    );
    // Fixtureshire says it has no health commissioner, a statutory partner: flagged in the partner heatmap.
    await addPartnerAbsence(hub.dataSource, FIXTURE_CODE, AgencyType.HEALTH_COMMISSIONER, 'No health commissioner.');
  }, 120_000);
  afterAll(async () => hub?.close());

  describe('through GraphQL', () => {
    it('equals the cell for every partner and criterion cell of every YOT, seeded and synthetic', async () => {
      const cells = await everyCell(hub);
      const yots = new Set(cells.map((c) => c.cell.yotCode));
      expect(yots.has(KNOWSLEY)).toBe(true);
      expect([...yots].filter((code) => /^.99/.test(code)).length).toBeGreaterThan(0);
      // Some cells hold evidence, or the equality would say nothing.
      expect(cells.filter((c) => c.count > 0).length).toBeGreaterThan(20);
      const mismatches: string[] = [];
      for (const { cell, count } of cells) {
        const listed = await drillDownCount(hub, cell);
        if (listed !== count) mismatches.push(`${JSON.stringify(cell)}: cell ${count}, drill-down ${listed}`);
      }
      expect(mismatches).toEqual([]);
    }, 60_000);

    it("lists, for every coverage ratio of every YOT, the types of its denominator and marks its numerator's", async () => {
      let after: string | null = null;
      let checked = 0;
      const mismatches: string[] = [];
      for (;;) {
        const { data }: Result<DrillDownRatiosQuery> = await hub.exec(DrillDownRatiosDocument, { first: 50, after });
        for (const node of data!.coverage.nodes)
          for (const ratio of node.ratios) {
            const { members, unknownTypeStaff } = ratioMembers(ratio.kind, node.partners);
            const numerator =
              members.filter((m) => m.counts).length + (unknownTypeStaff && node.partnerStaffOfUnknownType > 0 ? 1 : 0);
            if (numerator !== ratio.numerator || members.length !== ratio.denominator)
              mismatches.push(`${node.yot.code} ${ratio.kind}: ${numerator}/${members.length} listed`);
            if (ratio.numerator > 0) checked += 1;
          }
        if (!data!.coverage.pageInfo.hasNextPage) break;
        after = data!.coverage.pageInfo.endCursor ?? null;
      }
      expect(mismatches).toEqual([]);
      expect(checked).toBeGreaterThan(10);
    });

    it("equals the cell on a past day too: the drill-down judges countable evidence on the cell's day", async () => {
      // On 2024-06-30 Fixtureshire's E6 (expired the day before) no longer counts, and E1 (expiring in August) does.
      const asOf = '2024-06-30';
      const { data } = await hub.exec(DrillDownCriterionCellsDocument, { yotCode: FIXTURE_CODE, asOf });
      const then = data!.criterionCoverage!.map((c) => [c.criterion.code, c.evidenceCount]);
      expect(then.filter(([, n]) => Number(n) > 0).map(([code]) => code)).toEqual(['S1', 'S2', 'S4']);
      for (const [code, count] of then)
        expect(await drillDownCount(hub, { yotCode: FIXTURE_CODE, criterion: String(code), asOf }), String(code)).toBe(
          count,
        );
    });
  });

  describe.skipIf(!canRunBrowser)('in the browser, offline', () => {
    let browser: Browser;
    let context: BrowserContext;
    let blocked: string[];
    let page: Page;
    let base: string;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      base = await listen(hub);
      browser = await launchBrowser();
      ({ context, blocked } = await offlineContext(browser, base));
      page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
    }, 60_000);
    afterAll(async () => browser?.close());

    const cellNumber = async (page: Page, selector: string) =>
      Number(/^\d+/.exec(await page.locator(`${selector} [aria-hidden=true]`).first().innerText())?.[0] ?? NaN);
    /** Pages to the end of a drill-down; the number of distinct items listed. */
    const allRows = async () => {
      for (let i = 0; i < 40 && (await page.locator('[data-testid=drill-more]').count()) > 0; i++) {
        const before = await page.locator('[data-testid=drill-row]').count();
        await page.locator('[data-testid=drill-more]').click();
        await expect.poll(() => page.locator('[data-testid=drill-row]').count()).toBeGreaterThan(before);
      }
      const links = await page
        .locator('[data-testid=drill-row] th a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      return new Set(links).size === links.length ? links.length : -1;
    };
    const drillTotal = async () => {
      const panel = page.locator('[data-testid=evidence-panel]');
      await panel.locator('[data-testid=drill-count]').waitFor();
      return Number(await panel.getAttribute('data-total'));
    };

    it('opens a partner cell as a bookmarkable, paged list with the same count and what is behind each item', async () => {
      await page.goto(`${base}/dashboard#/partners`);
      const grid = page.locator('[data-testid=partners-heatmap]');
      await grid.waitFor();
      const row = grid.locator('tbody tr').filter({ hasText: 'Knowsley' });
      const index = await grid
        .locator('tbody tr')
        .evaluateAll((rows) => rows.findIndex((r) => /Knowsley/.test(r.textContent ?? '')));
      // The partner cells with the most evidence: the police column (0) and the first with any.
      const texts = await row.locator('td.heat, td.empty, td.unknown, td.ceased').allInnerTexts();
      const column = texts.findIndex((t) => /^\d+/.test(t) && Number(/^\d+/.exec(t)![0]) > 0);
      expect(column).toBeGreaterThanOrEqual(0);
      const selector = `[data-testid=partners-heatmap] [data-cell="${index}:${column}"]`;
      const shown = await cellNumber(page, selector);
      await page.locator(selector).click();
      await page.locator('[data-testid=drill-down-page]').waitFor();
      expect(page.url()).toMatch(new RegExp(`#/yot/${KNOWSLEY}/evidence\\?agencyType=[A-Z_]+$`));
      expect(await drillTotal()).toBe(shown);
      expect(await allRows()).toBe(shown);
      const first = page.locator('[data-testid=drill-row]').first();
      const cells = await first.locator('td').allInnerTexts();
      expect(cells).toHaveLength(7);
      expect(cells[1]).not.toBe(''); // provider (or the YOT itself)
      expect(cells[3]).not.toBe(''); // source document or reference
      expect(await accessibilityViolations(page)).toEqual([]);
      // The address is a bookmark: loaded afresh, it shows the same list.
      const url = page.url();
      await page.goto('about:blank');
      await page.goto(url);
      expect(await drillTotal()).toBe(shown);
      // Each item has its own page.
      const title = await page.locator('[data-testid=drill-row] th a').first().innerText();
      await page.locator('[data-testid=drill-row] th a').first().click();
      const record = page.locator('[data-testid=evidence-record]');
      await record.waitFor();
      expect(page.url()).toMatch(/#\/evidence\/[^/]+$/);
      expect(await record.locator('h2').innerText()).toBe(title);
      const facts = await record.locator('dl').innerText();
      for (const term of ['Provided by', 'Source', 'Supports', 'Cited by ratings', 'Review', 'History'])
        expect(facts).toContain(term);
      expect(await accessibilityViolations(page)).toEqual([]);
    }, 40_000);

    it("pages through a synthetic YOT's school evidence: every item once, as many as the cell says", async () => {
      await page.goto(`${base}/dashboard#/partners`);
      const grid = page.locator('[data-testid=partners-heatmap]');
      await grid.waitFor();
      const column = (await grid.locator('thead th').allInnerTexts()).findIndex((h) => /^Schools\*?$/.test(h)) - 1;
      const yots = await grid.locator('tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const row = yots.findIndex((href) => /^#\/yot\/.99/.test(href ?? ''));
      expect(column).toBeGreaterThanOrEqual(0);
      expect(row).toBeGreaterThanOrEqual(0);
      const selector = `[data-testid=partners-heatmap] [data-cell="${row}:${column}"]`;
      const shown = await cellNumber(page, selector);
      expect(shown).toBeGreaterThan(50);
      await page.locator(selector).click();
      expect(page.url()).toMatch(/#\/yot\/.99\d+\/evidence\?agencyType=SCHOOL$/);
      expect(await drillTotal()).toBe(shown);
      expect(await page.locator('[data-testid=drill-row]').count()).toBe(25);
      expect(await allRows()).toBe(shown);
    }, 40_000);

    it("opens every criterion of a YOT's criteria column with the cell's count", async () => {
      await page.goto(`${base}/dashboard#/yot/${FIXTURE_CODE}`);
      const grid = page.locator('[data-testid=criteria-grid]');
      await grid.waitFor();
      const rows = await grid.locator('tbody tr').count();
      expect(rows).toBe(10);
      let nonEmpty = 0;
      for (let r = 0; r < rows; r++) {
        const selector = `[data-testid=criteria-grid] [data-cell="${r}:0"]`;
        const shown = await cellNumber(page, selector);
        if (shown > 0) nonEmpty += 1;
        await page.locator(selector).click();
        await expect.poll(() => page.url()).toContain(`?criterion=S${r + 1}`);
        await expect
          .poll(async () => page.locator('[data-testid=evidence-panel] h4').innerText())
          .toMatch(new RegExp(`^Evidence for S${r + 1}\\b`));
        expect(await drillTotal(), `S${r + 1}`).toBe(shown);
      }
      expect(nonEmpty).toBeGreaterThan(0);
    }, 40_000);

    it('opens each coverage ratio of a YOT as the list of expected types it counts', async () => {
      await page.goto(`${base}/dashboard#/yot/${FIXTURE_CODE}`);
      await page.locator('[data-testid=yot-page]').waitFor();
      const links = await page
        .locator('.facts a[href*="/ratio?"]')
        .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
      expect(links.map(([href]) => /kind=(\w+)/.exec(href ?? '')?.[1])).toEqual([
        'PARTNER',
        'KNOWN_PARTNER',
        'STATUTORY_PARTNER',
        'CO_LOCATION',
        'AGREEMENT',
      ]);
      // The first from the YOT page, the others from the ratio page's own links (no YOT page reload between).
      await page.locator('.facts a[href*="/ratio?"]').first().click();
      const drill = page.locator('[data-testid=ratio-drill-down]');
      for (const [i, [href, shown]] of links.entries()) {
        if (i > 0) await drill.locator(`nav a[href="${href}"]`).click();
        await expect.poll(() => drill.locator('h2').innerText()).toContain(`: ${shown}`);
        const numerator = Number(await drill.getAttribute('data-numerator'));
        const denominator = Number(await drill.getAttribute('data-denominator'));
        expect(await drill.locator('[data-testid=ratio-members] tbody tr').count()).toBe(denominator);
        const counted = await drill.locator('[data-testid=ratio-members] tbody tr[data-counts=yes]').count();
        expect(counted + (await drill.locator('[data-testid=ratio-unknown-staff]').count())).toBe(numerator);
      }
      expect(await accessibilityViolations(page)).toEqual([]);
    }, 30_000);

    it('lists gaps as a to-do list: counts per kind, most severe first, filtered from the URL', async () => {
      await page.goto(`${base}/dashboard#/yot/${FIXTURE_CODE}`);
      const list = page.locator('[data-testid=gaps]');
      await list.waitFor();
      const total = Number(/\((\d+)\)/.exec(await page.locator('#gaps-title').innerText())![1]);
      const counts = await page
        .locator('[data-testid=gap-counts] tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [tr.getAttribute('data-kind'), Number(tr.querySelectorAll('td')[1].textContent)] as const),
        );
      expect(counts.reduce((n, [, c]) => n + c, 0)).toBe(total);
      // The findings that matter come first: a rating above its evidence, then a missing statutory partner.
      expect(counts.slice(0, 2).map(([kind]) => kind)).toEqual(['RATING_ABOVE_EVIDENCE', 'MISSING_STATUTORY_PARTNER']);
      const severities = await list
        .locator('section')
        .evaluateAll((s) => s.map((x) => x.getAttribute('data-severity')));
      expect(severities).toEqual(['HIGH', 'MEDIUM', 'LOW']);
      // Low-severity groups start folded.
      expect(await list.locator('section[data-severity=LOW] details[open]').count()).toBe(0);
      expect(await list.locator('section[data-severity=HIGH] details:not([open])').count()).toBe(0);

      await page.locator('[data-testid=gap-severity-filter]').selectOption('HIGH');
      await expect.poll(() => page.url()).toContain('gapSeverity=HIGH');
      const high = counts.filter(([kind]) =>
        [
          'RATING_ABOVE_EVIDENCE',
          'MISSING_STATUTORY_PARTNER',
          'STATUTORY_TEAM_ROLE_NOT_RECORDED',
          'AWARD_EXPIRED',
          'REDESIGNATION_OVERDUE',
        ].includes(kind),
      );
      expect(await page.locator('[data-testid=gap-shown]').innerText()).toBe(
        `${high.reduce((n, [, c]) => n + c, 0)} of ${total} gaps`,
      );
      expect(await list.locator('section').count()).toBe(1);
      // The filter is in the URL: a reload keeps it.
      await page.reload();
      await page.locator('[data-testid=gaps]').waitFor();
      expect(await page.locator('[data-testid=gap-severity-filter]').inputValue()).toBe('HIGH');
      await page.locator('[data-testid=gap-kind-filter]').selectOption('RATING_ABOVE_EVIDENCE');
      await expect.poll(() => page.locator('[data-testid=gaps] li').count()).toBe(2);
      // A gap opens what it is about: the evidence behind the criterion whose rating is above it.
      await page.locator('[data-testid=gaps] li a').first().click();
      await page.locator('[data-testid=drill-down-page]').waitFor();
      expect(page.url()).toContain(`#/yot/${FIXTURE_CODE}/evidence?criterion=S1`);
      await drillTotal();
      await page.goBack();
      await page.locator('[data-testid=gaps]').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
    }, 40_000);

    it('flags a rating above its evidence, a rating without evidence and a missing statutory partner in the heatmaps', async () => {
      await page.goto(`${base}/dashboard#/yot/${FIXTURE_CODE}`);
      const grid = page.locator('[data-testid=criteria-grid]');
      await grid.waitFor();
      const flags = await grid
        .locator('td[data-flag]')
        .evaluateAll((tds) =>
          tds.map((td) => [
            td.getAttribute('data-cell'),
            td.getAttribute('data-flag'),
            td.querySelector('.visually-hidden')?.textContent,
          ]),
        );
      // S1 (top band citing a protocol) and S3 (citing withdrawn evidence) are above their evidence; S3, with no
      // countable evidence left at all, is also rated without evidence. Both markers, both sentences.
      expect(flags.map(([cell, flag]) => [cell, flag])).toEqual([
        ['0:1', 'RATING_ABOVE_EVIDENCE'],
        ['2:1', 'RATING_ABOVE_EVIDENCE RATED_WITHOUT_EVIDENCE'],
      ]);
      expect(flags[0][2]).toMatch(/flagged: rating above its evidence$/);
      expect(flags[1][2]).toMatch(/flagged: rating above its evidence; rated without evidence$/);
      expect(await grid.locator('[data-cell="2:1"] .flag').innerText()).toBe('⚠∅');
      // The national criteria heatmap flags the same findings (from the national gaps) on Fixtureshire's row.
      await page.goto(`${base}/dashboard#/criteria`);
      const criteria = page.locator('[data-testid=criteria-heatmap]');
      await criteria.waitFor();
      const fixture = criteria.locator('tbody tr').filter({ hasText: 'Fixtureshire' });
      const nationalFlags = () =>
        fixture
          .locator('td[data-flag]')
          .evaluateAll((tds) =>
            tds.map((td) => [
              td.getAttribute('data-cell')!.split(':')[1],
              td.getAttribute('data-flag'),
              td.querySelector('[aria-hidden=true]')?.textContent,
            ]),
          );
      await expect.poll(nationalFlags).toEqual([
        ['0', 'RATING_ABOVE_EVIDENCE', expect.stringMatching(/^\d+ WO$/)],
        ['2', 'RATING_ABOVE_EVIDENCE RATED_WITHOUT_EVIDENCE', '0 ES'],
      ]);
      // Every unflagged rated cell has evidence.
      const unflagged = await criteria
        .locator('td.heat:not([data-flag~=RATED_WITHOUT_EVIDENCE]) [aria-hidden=true]')
        .allInnerTexts();
      expect(unflagged.filter((t) => /^0 (NE|EM|ES|WE|WO)$/.test(t))).toEqual([]);
      await page.goto(`${base}/dashboard#/partners`);
      const partners = page.locator('[data-testid=partners-heatmap]');
      await partners.waitFor();
      const missing = await partners
        .locator('td[data-flag=MISSING_STATUTORY_PARTNER] .visually-hidden')
        .allTextContents();
      expect(missing).toContainEqual(
        expect.stringMatching(
          /^Fixtureshire.*Health commissioner: recorded as absent.*; flagged: statutory partner missing$/,
        ),
      );
      // Flagged exactly where a statutory type is recorded absent.
      const absentStatutory = await partners.locator('td.empty').evaluateAll(
        (tds) =>
          tds.filter((td) => {
            const column = Number(td.getAttribute('data-cell')!.split(':')[1]);
            const heading = td.closest('table')!.querySelectorAll('thead th')[column + 1].textContent;
            return heading.endsWith('*');
          }).length,
      );
      expect(missing).toHaveLength(absentStatutory);
      expect(await accessibilityViolations(page)).toEqual([]);
    }, 30_000);

    it('opens an outcome figure: the published figure, and child rows only for a role that may read them', async () => {
      await page.goto(`${base}/dashboard#/yot/${KNOWSLEY}`);
      const trends = page.locator('[data-testid=outcome-trends]');
      await trends.waitFor();
      await trends.locator('details summary').first().click();
      const link = trends.locator('a[href*="/outcomes?"]').first();
      const published = await link.innerText();
      expect(await link.getAttribute('href')).toBe(`#/yot/${KNOWSLEY}/outcomes?measure=SUITABLE_ETE&period=2025-Q1`);
      await link.click();
      const drill = page.locator('[data-testid=outcome-drill-down]');
      await drill.locator('[data-testid=outcome-figure]').waitFor();
      // The analyst sees the figure the page showed (perturbed by disclosure control), and no child rows.
      expect(await drill.locator('[data-testid=outcome-figure]').getAttribute('data-cohort')).toBe(published);
      await drill.locator('[data-testid=rows-withheld]').waitFor();
      expect(await drill.locator('[data-testid=outcome-row]').count()).toBe(0);
      expect(await drill.innerText()).not.toMatch(/KN-\d/);
      expect(await accessibilityViolations(page)).toEqual([]);
      // A withheld quarter stays withheld in its drill-down.
      await page.goto(`${base}/dashboard#/yot/${KNOWSLEY}/outcomes?measure=SUITABLE_ETE&period=2025-Q2`);
      await page.locator('[data-testid=outcome-figure]').waitFor();
      expect(await page.locator('[data-testid=outcome-figure]').innerText()).toMatch(/withheld/);
      await page.locator('[data-testid=rows-withheld]').waitFor();
      expect(await page.locator('[data-testid=outcome-row]').count()).toBe(0);

      // An administrator may read the children: the exact figure, and the rows behind it, as many as it counts.
      await page.evaluate(`sessionStorage.setItem('yj-hub-token', '${ADMIN_TOKEN}')`);
      await page.goto(`${base}/dashboard#/yot/${KNOWSLEY}/outcomes?measure=SUITABLE_ETE&period=2025-Q1`);
      const count = page.locator('[data-testid=outcome-rows-count]');
      await count.waitFor();
      expect(await page.locator('[data-testid=outcome-figure]').getAttribute('data-cohort')).toBe('24');
      expect(await count.getAttribute('data-complete')).toBe('yes');
      expect(await count.getAttribute('data-count')).toBe('24');
      expect(await page.locator('[data-testid=outcome-row]').count()).toBe(24);
      expect(await page.locator('[data-testid=rows-withheld]').count()).toBe(0);
      await page.evaluate(`sessionStorage.removeItem('yj-hub-token')`);
    }, 30_000);

    it('keeps a chosen day in every drill-down: each count is its cell on that day, and links carry the day', async () => {
      // On 2024-06-30 Fixtureshire's E6 no longer counts and E1 does: the day changes the cells (see above).
      const asOf = '2024-06-30';
      const variables: Record<string, unknown>[] = [];
      const record = (r: { url(): string; postDataJSON(): { variables?: Record<string, unknown> } | null }) => {
        if (r.url().endsWith('/graphql')) variables.push(r.postDataJSON()?.variables ?? {});
      };
      page.on('request', record);
      try {
        // The YOT page's criteria cells: each opens the evidence counted on the page's day, as many as the cell.
        await page.goto(`${base}/dashboard#/yot/${FIXTURE_CODE}?asOf=${asOf}`);
        const grid = page.locator('[data-testid=criteria-grid]');
        await grid.waitFor();
        const criteria = await grid.locator('tbody tr').count();
        expect(criteria).toBe(10);
        const counted: number[] = [];
        for (let i = 0; i < criteria; i++) {
          const selector = `[data-testid=criteria-grid] [data-cell="${i}:0"]`;
          const shown = await cellNumber(page, selector);
          await page.locator(selector).click();
          await expect.poll(() => page.url()).toContain(`asOf=${asOf}`);
          await expect.poll(drillTotal).toBe(shown);
          await expect
            .poll(() => page.locator('[data-testid=drill-count]').innerText())
            .toContain(`counted on ${asOf}`);
          counted.push(shown);
        }
        expect(counted.filter((n) => n > 0)).toHaveLength(3);
        // The gap list's links to evidence and the ratio figures keep the day.
        const gapLinks = await page
          .locator('[data-testid=gaps] li a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(gapLinks.length).toBeGreaterThan(0);
        for (const href of gapLinks) expect(href).toContain(`asOf=${asOf}`);
        await page.getByRole('link', { name: /%$/ }).first().click();
        await page.locator('[data-testid=ratio-members]').waitFor();
        expect(page.url()).toContain(`/ratio?kind=PARTNER&asOf=${asOf}`);

        // A national partner cell on that day opens the evidence counted on that day.
        await page.goto(`${base}/dashboard#/partners?asOf=${asOf}`);
        const partners = page.locator('[data-testid=partners-heatmap]');
        await partners.waitFor();
        const rows = await partners.locator('tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        const row = rows.findIndex((href) => href === `#/yot/${FIXTURE_CODE}`);
        const texts = await partners.locator('tbody tr').nth(row).locator('td[data-cell]').allInnerTexts();
        const column = texts.findIndex((t) => Number(/^\d+/.exec(t)?.[0] ?? 0) > 0);
        expect(column).toBeGreaterThanOrEqual(0);
        const selector = `[data-testid=partners-heatmap] [data-cell="${row}:${column}"]`;
        const shown = await cellNumber(page, selector);
        await page.locator(selector).click();
        await page.locator('[data-testid=drill-down-page]').waitFor();
        expect(page.url()).toMatch(new RegExp(`#/yot/${FIXTURE_CODE}/evidence\\?agencyType=[A-Z_]+&asOf=${asOf}$`));
        expect(await drillTotal()).toBe(shown);
        expect(await accessibilityViolations(page)).toEqual([]);
        // Every question asked on the way (pages, drill-downs, the heatmap's markers) was about that day.
        for (const v of variables) expect(JSON.stringify(v)).toContain(asOf);
      } finally {
        page.off('request', record);
        // The day stays chosen within the page (route.ts): a fresh document forgets it for the tests after.
        await page.goto('about:blank');
      }
    }, 60_000);

    it('reached nothing outside the hub and raised no script errors', () => {
      expect(blocked).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  });
});
