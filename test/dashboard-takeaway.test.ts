import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpRevision } from '../src/db/revision';
import { Agency } from '../src/modules/agency/agency.entity';
import { AgencyType } from '../src/modules/agency/agency.enums';
import { OutcomeMeasure, SendStatus } from '../src/modules/child/child.enums';
import { EvidenceLink } from '../src/modules/evidence/evidence-link.entity';
import { Evidence } from '../src/modules/evidence/evidence.entity';
import { EvidenceKind, EvidenceReviewState, EvidenceStatus } from '../src/modules/evidence/evidence.enums';
import { Criterion } from '../src/modules/framework/criterion.entity';
import { Yot } from '../src/modules/yot/yot.entity';
import { accessibilityViolations } from './support/accessibility';
import { ARTIFACTS, canRunBrowser, launchBrowser, offlineContext } from './support/browser';
import { addCoverageFixture, FIXTURE_CODE } from './support/coverage-fixture';
import { addChildren, addSyntheticYots } from './support/fixtures';
import { listen, startTestHub, TestHub } from './support/hub';

const KNOWSLEY = 'E08000011';
/** Synthetic YOT 1: one of its evidence titles is a formula, and a quarter of its outcomes is withheld. */
const SYNTHETIC = 'T0000001';
const FORMULA_TITLE = '=HYPERLINK("https://example.org/x","Open")';

/** A table as the page shows it: each row's cells, a heat cell by its visible short text (not its spoken sentence). */
type ShownTable = { caption: string; rows: string[][] };

/**
 * Every table in `scope`, read in the page (the suite has no DOM types, so the script is a string). A table in a
 * closed <details> (the numbers under a chart) is read by its text, as the page shows it when opened.
 */
const shownTables = (page: Page, scope: string) =>
  page.evaluate<
    ShownTable[]
  >(`Array.from(document.querySelector(${JSON.stringify(scope)}).querySelectorAll('table'), (t) => ({
    caption: (t.caption ? t.caption.textContent : '').replace(/\\s+/g, ' ').trim(),
    rows: Array.from(t.querySelectorAll('tr'), (tr) => Array.from(tr.querySelectorAll('th, td'), (c) =>
      ((c.querySelector('.visually-hidden') ? c.querySelector('[aria-hidden=true]') : c).innerText || c.textContent || '').replace(/\\s+/g, ' ').trim())),
  }))`);

/** Clicks the view's CSV button and returns the file's text. */
async function downloadCsv(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-download').click()]);
  return readFileSync(await download.path(), 'utf8');
}

/** The CSV's blocks (one per table, separated by a blank line): a title record, then the rows. */
function csvTables(text: string): { title: string; rows: string[][] }[] {
  expect(text.startsWith('\uFEFF'), 'a byte order mark for Excel').toBe(true);
  return text
    .slice(1)
    .split('\r\n\r\n')
    .filter((block) => block.trim())
    .map((block) => {
      const records: string[][] = parse(block, { relax_column_count: true });
      const [[title], ...rows] = records;
      return { title, rows };
    });
}

/** What a spreadsheet-safe CSV holds for a cell the page shows (the export CLI's rule: text starting =+-@ gets '). */
const inert = (text: string) => (/^[=+\-@]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text);

/** Pages in a PDF Chromium printed: its page objects. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

describe.skipIf(!canRunBrowser)('the dashboard as a working tool: colour, as-of date, CSV, print, 1280 px', () => {
  let hub: TestHub;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  let blocked: string[];
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    hub = await startTestHub({ config: { nodeEnv: 'development', anonymousRole: 'ANALYST' } });
    await addCoverageFixture(hub.dataSource);
    await addSyntheticYots(hub.dataSource, 2);
    await hub.dataSource.transaction(async (db) => {
      await bumpRevision(db);
      const yot = await db.getRepository(Yot).findOneByOrFail({ code: SYNTHETIC });
      const fixture = await db.getRepository(Yot).findOneByOrFail({ code: FIXTURE_CODE });
      const school = await db.getRepository(Agency).findOneByOrFail({ name: 'Fixture Academy' });
      const s1 = await db.getRepository(Criterion).findOneByOrFail({ code: 'S1' });
      // Fixtureshire's school provides many items, as schools do in real YOTs: on one shared scale every other
      // column would look alike.
      const items = await db.getRepository(Evidence).save(
        Array.from({ length: 40 }, (_, i) =>
          db.getRepository(Evidence).create({
            yotId: fixture.id,
            title: `School case study ${i + 1}`,
            kind: EvidenceKind.CASE_STUDY,
            occurredOn: '2024-05-01',
            providedById: school.id,
            status: EvidenceStatus.CURRENT,
            reviewState: EvidenceReviewState.ACCEPTED,
          }),
        ),
      );
      await db
        .getRepository(EvidenceLink)
        .save(items.map((e) => db.getRepository(EvidenceLink).create({ evidenceId: e.id, criterionId: s1.id })));
      // Synthetic YOT 2's police provide six more: the police column's top is 8, far below the schools' 40.
      const police = await db.getRepository(Agency).findOneByOrFail({ name: `${AgencyType.POLICE} for 0000002` });
      const other = await db.getRepository(Yot).findOneByOrFail({ code: 'T0000002' });
      await db.getRepository(Evidence).save(
        Array.from({ length: 6 }, (_, i) =>
          db.getRepository(Evidence).create({
            yotId: other.id,
            title: `Police protocol ${i + 1}`,
            kind: EvidenceKind.PROTOCOL,
            occurredOn: '2024-05-01',
            providedById: police.id,
            status: EvidenceStatus.CURRENT,
            reviewState: EvidenceReviewState.ACCEPTED,
          }),
        ),
      );
      await db
        .getRepository(Evidence)
        .update({ yotId: yot.id, title: 'Evidence 1 of 0000001' }, { title: FORMULA_TITLE });
    });
    // Twelve children's outcomes in 2025-Q1 and three in 2025-Q2: the small quarter is withheld (c) to analysts.
    await addChildren(
      hub.dataSource,
      SYNTHETIC,
      Array.from({ length: 12 }, (_, i) => ({
        ref: `SY-${i}`,
        sendStatus: SendStatus.EHCP,
        outcomes: [
          { measure: OutcomeMeasure.SUITABLE_ETE, met: i % 2 === 0, period: '2025-Q1' },
          ...(i < 3 ? [{ measure: OutcomeMeasure.SUITABLE_ETE, met: true, period: '2025-Q2' }] : []),
        ],
      })),
    );
    base = await listen(hub);
    browser = await launchBrowser();
    ({ context, blocked } = await offlineContext(browser, base));
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  describe('part 3: colour that informs', () => {
    it('scales each column of the national heatmap on its own, and the legend says so', async () => {
      await page.goto(`${base}/dashboard#/partners?sort=name`);
      const grid = page.locator('[data-testid=partners-heatmap]');
      await grid.waitFor();
      const headings = await grid.locator('thead th').allInnerTexts();
      // Each in-place (coloured) cell of a column: its count and its colour.
      const column = (label: string) =>
        grid.locator(`tbody td[data-cell$=":${headings.indexOf(label) - 1}"][class="heat"]`).evaluateAll((tds) =>
          tds.map((td) => ({
            count: Number.parseInt((td as unknown as { innerText: string }).innerText, 10),
            colour: (td as unknown as { style: { backgroundColor: string } }).style.backgroundColor,
          })),
        );
      const schools = await column('Schools');
      const police = await column('Police*');
      expect(Math.max(...schools.map((c) => c.count))).toBeGreaterThanOrEqual(40);
      const policeCounts = new Set(police.map((c) => c.count));
      expect(policeCounts.size).toBeGreaterThanOrEqual(2);
      // Different counts, different colours; the same count, the same colour.
      const colourOf = new Map(police.map((c) => [c.count, c.colour]));
      expect(new Set(colourOf.values()).size).toBe(policeCounts.size);
      for (const c of police) expect(c.colour).toBe(colourOf.get(c.count));
      // Each column reaches the top of its own scale: the most police evidence is as dark as the most school
      // evidence (on one shared scale, a handful of police items would be nearly as pale as none).
      const top = (cells: { count: number; colour: string }[]) =>
        cells.reduce((a, b) => (b.count > a.count ? b : a)).colour;
      expect(Math.max(...policeCounts)).toBeLessThan(10);
      expect(top(police)).toBe(top(schools));
      expect(await page.locator('[data-testid=partners-legend]').innerText()).toMatch(/Colour is scaled per column/);
      expect(await grid.locator('thead th[title^="Police"]').getAttribute('title')).toMatch(
        /colour scale 0 to \d+ evidence items/,
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'takeaway-partners.png') });
    });

    it('scales the criteria heatmap per criterion too', async () => {
      await page.goto(`${base}/dashboard#/criteria?sort=name`);
      await page.locator('[data-testid=criteria-heatmap]').waitFor();
      expect(await page.locator('[data-testid=criteria-legend]').innerText()).toMatch(/Colour is scaled per column/);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });

  describe('part 4: as of any date', () => {
    it('judges the YOT page on the chosen day, keeps it in the URL and across a reload', async () => {
      const variables: Record<string, unknown>[] = [];
      const record = (r: { url(): string; postDataJSON(): { variables?: Record<string, unknown> } | null }) => {
        if (r.url().endsWith('/graphql')) variables.push(r.postDataJSON()?.variables ?? {});
      };
      page.on('request', record);
      // Fixtureshire's Quality Mark runs from 2021-09-01 to 2024-09-01; its SALT partnership starts 2024-07-01.
      await page.goto(`${base}/dashboard#/yot/${FIXTURE_CODE}?asOf=2024-06-30`);
      const award = page.getByTestId('award');
      await expect.poll(() => award.innerText()).toBe('Quality Mark');
      const standing = (agency: string) =>
        page.locator('[data-testid=partners] tbody tr').filter({ hasText: agency }).locator('td').nth(1).innerText();
      expect(await standing('Fixture SALT')).toBe('Not started');
      expect(await page.locator('#yot-title').innerText()).toContain('as of 2024-06-30');
      expect(await page.getByTestId('as-of').inputValue()).toBe('2024-06-30');
      // Before the award and the SALT partnership:
      await page.getByTestId('as-of').fill('2021-06-30');
      await expect.poll(() => page.url()).toContain('asOf=2021-06-30');
      await expect.poll(() => award.innerText()).toBe('None');
      expect(await standing('Fixture SALT')).toBe('Not started');
      // A day after the SALT partnership started, before the award lapsed:
      await page.getByTestId('as-of').fill('2024-07-15');
      await expect.poll(() => standing('Fixture SALT')).toBe('Active');
      await page.getByTestId('as-of').fill('2021-06-30');
      await expect.poll(() => award.innerText()).toBe('None');
      await page.reload();
      await expect.poll(() => award.innerText()).toBe('None');
      expect(page.url()).toContain('asOf=2021-06-30');
      expect(await page.getByTestId('as-of').inputValue()).toBe('2021-06-30');
      // Every question the page asked carried the day.
      page.off('request', record);
      expect(variables.length).toBeGreaterThan(0);
      for (const v of variables) expect(v).toHaveProperty('asOf');
      expect(variables.at(-1)!.asOf).toBe('2021-06-30');
      expect(await accessibilityViolations(page)).toEqual([]);
    });

    it('keeps the day when a link leaves it out, in every view, until "Today" clears it', async () => {
      await page.getByRole('link', { name: '← All YOTs' }).click();
      await page.locator('[data-testid=partners-heatmap]').waitFor();
      expect(page.url()).toContain('asOf=2021-06-30');
      expect(await page.getByTestId('status').innerText()).toContain('As of 2021-06-30.');
      await page.getByRole('link', { name: 'Criteria', exact: true }).click();
      const awardOf = (name: string) =>
        page
          .locator('[data-testid=criteria-heatmap] tbody tr')
          .filter({ hasText: name })
          .locator('td.plain')
          .first()
          .innerText();
      await expect.poll(() => awardOf('Fixtureshire')).toBe('none');
      await page.getByRole('button', { name: 'Today' }).click();
      await expect.poll(() => awardOf('Fixtureshire')).toBe('QM (expired)');
      expect(page.url()).not.toContain('asOf');
      await page.getByTestId('as-of').fill('2024-06-30');
      await expect.poll(() => awardOf('Fixtureshire')).toBe('QM');
      await page.getByRole('link', { name: 'Regions', exact: true }).click();
      await page.getByTestId('region-table').waitFor();
      expect(page.url()).toContain('#/regions?asOf=2024-06-30');
      // The roll-up too: Fixtureshire's award was current on 2024-06-30, and has lapsed since.
      const headings = await page.locator('[data-testid=region-table] thead th').allInnerTexts();
      const currentAwards = () =>
        page
          .locator('[data-testid=region-table] tbody tr')
          .filter({ hasText: 'Test Region' })
          .locator('th, td')
          .nth(headings.indexOf('Current awards'))
          .innerText();
      expect(await currentAwards()).toBe('1');
      await page.getByRole('button', { name: 'Today' }).click();
      await expect.poll(currentAwards).toBe('0');
    });
  });

  describe('part 5: take it away', () => {
    it('downloads the national table as CSV, exactly as shown', async () => {
      await page.goto(`${base}/dashboard#/partners?sort=name`);
      await page.locator('[data-testid=partners-heatmap]').waitFor();
      const shown = await shownTables(page, 'main section');
      const csv = csvTables(await downloadCsv(page));
      expect(csv.map((t) => t.title)).toEqual(shown.map((t) => t.caption));
      expect(csv.map((t) => t.rows)).toEqual(shown.map((t) => t.rows.map((r) => r.map(inert))));
      expect(csv[0].rows).toHaveLength(1 + 5);
      // A region's YOTs: the filtered table, as shown.
      await page.getByTestId('region-filter').selectOption('Test North');
      await expect.poll(() => page.getByTestId('shown-count').innerText()).toBe('1 of 5 YOTs');
      const region = csvTables(await downloadCsv(page));
      expect(region.map((t) => t.rows)).toEqual((await shownTables(page, 'main section')).map((t) => t.rows));
      expect(region[0].rows.slice(1).map((r) => r[0])).toEqual(['Synthetic Youth Justice Service 0000001']);
    });

    it("downloads a YOT page's tables: withheld counts as c, a title starting with = made inert", async () => {
      await page.goto(`${base}/dashboard#/yot/${SYNTHETIC}?criterion=S1`);
      const evidence = page.getByTestId('evidence-panel');
      await expect.poll(() => evidence.innerText()).toContain(FORMULA_TITLE);
      const shown = await shownTables(page, '[data-testid=yot-page]');
      const text = await downloadCsv(page);
      const csv = csvTables(text);
      expect(csv.map((t) => t.rows)).toEqual(shown.map((t) => t.rows.map((r) => r.map(inert))));
      // The formula is text in a spreadsheet: quoted, with a leading apostrophe (the drill-down's row header is the
      // title, then the evidence kind).
      expect(text).toContain(`"'${FORMULA_TITLE.replaceAll('"', '""')} Case study"`);
      expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
      // 2025-Q2 (three children) is withheld on the page and in the file: c, never a number.
      const ete = csv.find((t) => t.rows.some((r) => r[0] === '2025-Q2'))!;
      expect(ete.rows.find((r) => r[0] === '2025-Q2')).toEqual(['2025-Q2', 'c', 'c', 'c']);
      expect(text.match(/"c"/g)!.length).toBeGreaterThanOrEqual(3);
    });

    it('downloads the regional table as CSV', async () => {
      await page.goto(`${base}/dashboard#/regions`);
      await page.getByTestId('region-table').waitFor();
      const shown = await shownTables(page, 'main section');
      const csv = csvTables(await downloadCsv(page));
      expect(csv.map((t) => t.rows)).toEqual(shown.map((t) => t.rows));
    });

    it('prints a YOT page on at most two A4 pages, with its gap list, journey and an open drill-down', async () => {
      for (const code of [KNOWSLEY, FIXTURE_CODE, SYNTHETIC]) {
        await page.goto(`${base}/dashboard#/yot/${code}?criterion=S1`);
        await page.getByTestId('yot-page').waitFor();
        await page.getByTestId('outcome-trends').or(page.locator('#outcomes-title')).first().waitFor();
        // Everything the page draws is there before it is printed: the journey comes in a second request.
        await page.getByTestId('gaps').waitFor();
        await page.locator('#kpi-title').waitFor();
        await page.getByTestId('drill-count').waitFor();
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        expect(pdfPages(pdf), code).toBeGreaterThan(0);
        expect(pdfPages(pdf), code).toBeLessThanOrEqual(2);
      }
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(ARTIFACTS, 'takeaway-yot-print.png'), fullPage: true });
      await page.emulateMedia({ media: 'screen' });
    });

    it('fits 1280 × 800 without cutting a table', async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      for (const view of ['#/partners', '#/criteria', '#/regions', `#/yot/${KNOWSLEY}?criterion=S1`]) {
        await page.goto(`${base}/dashboard${view}`);
        await page.locator('main table').first().waitFor();
        await page.waitForLoadState('networkidle');
        // Every table fits its container (nothing to scroll sideways), and no cell cuts its text.
        const problems = await page.evaluate<
          string[]
        >(`Array.from(document.querySelectorAll('main table')).flatMap((t) => {
          const box = t.parentElement;
          const name = t.getAttribute('aria-label') || (t.caption && t.caption.textContent) || t.getAttribute('data-testid') || 'table';
          const out = [];
          if (t.scrollWidth > box.clientWidth)
            out.push(name + ': ' + t.scrollWidth + ' px in ' + box.clientWidth + ' px');
          if (box.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            out.push(name + ': container past the window');
          for (const c of t.querySelectorAll('th, td'))
            if (c.scrollWidth > c.clientWidth + 1 && getComputedStyle(c).overflow === 'hidden')
              out.push(name + ': cell cut: ' + c.textContent.slice(0, 40));
          return out;
        })`);
        expect(problems, view).toEqual([]);
      }
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'takeaway-yot-1280.png') });
      await page.setViewportSize({ width: 1400, height: 900 });
    });
  });

  it('reached nothing outside the hub and raised no script errors', () => {
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
