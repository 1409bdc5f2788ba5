import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths';
import {
  CareStatus,
  Ethnicity,
  ExclusionStatus,
  NeedStatus,
  NeurodevelopmentalNeed,
  Sex,
} from '../src/modules/child/characteristics.enums';
import type { Child } from '../src/modules/child/child.entity';
import { OutcomeMeasure, SendStatus } from '../src/modules/child/child.enums';
import { accessibilityViolations } from './support/accessibility';
import { ARTIFACTS, canRunBrowser, launchBrowser, offlineContext } from './support/browser';
import { addChildren, addPartnerAbsence } from './support/fixtures';
import { AgencyType } from '../src/modules/agency/agency.enums';
import { RecordPartnerAbsenceDocument } from './generated/graphql';
import { listen, startTestHub, TestHub } from './support/hub';
import { globalId } from './support/ids';

const KNOWSLEY = 'E08000011';
/** Where screenshots go: test/artifacts, or docs/screenshots when `npm run screenshots` regenerates the README's. */
const SHOTS = process.env.SCREENSHOT_DIR ? join(projectRoot(), process.env.SCREENSHOT_DIR) : ARTIFACTS;
/**
 * Knowsley's children's characteristics, for the disproportionality breakdowns. Child 23 alone is of mixed
 * ethnicity (one outcome per measure), so that group is always withheld; children 21 and 22 have none recorded.
 */
function characteristics(i: number): Partial<Child> {
  return {
    ethnicity:
      i < 3 ? Ethnicity.ASIAN : i < 10 ? Ethnicity.BLACK : i < 21 ? Ethnicity.WHITE : i === 23 ? Ethnicity.MIXED : null,
    sex: i % 2 ? Sex.MALE : Sex.FEMALE,
    careStatus: i < 4 ? CareStatus.LOOKED_AFTER : i < 8 ? CareStatus.CHILD_IN_NEED : CareStatus.NONE,
    exclusion: i < 3 ? ExclusionStatus.PERMANENTLY_EXCLUDED : i < 9 ? ExclusionStatus.SUSPENDED : ExclusionStatus.NONE,
    alternativeProvision: i < 3,
    slcn: i < 12 ? NeedStatus.IDENTIFIED : NeedStatus.NONE,
    neurodevelopmentalNeeds: i < 8 ? [NeurodevelopmentalNeed.ADHD] : i < 20 ? [] : null,
  };
}

/** The page's breakdowns: outcomeSummary alias, dimension and the row field holding the group. */
const BREAKDOWNS = [
  ['byEthnicity', 'ETHNICITY', 'ethnicity'],
  ['bySex', 'SEX', 'sex'],
  ['byCareStatus', 'CARE_STATUS', 'careStatus'],
  ['byExclusion', 'EXCLUSION', 'exclusion'],
  ['byAlternativeProvision', 'ALTERNATIVE_PROVISION', 'alternativeProvision'],
  ['bySlcn', 'SLCN', 'slcn'],
  ['byNeurodevelopmental', 'NEURODEVELOPMENTAL', 'neurodevelopmental'],
] as const;
type PublishedRow = {
  measure: string;
  group: string;
  cohort: number | null;
  met: number | null;
  rate: number | null;
  suppressed: boolean;
};

describe.skipIf(!canRunBrowser)('the coverage dashboard at /dashboard, offline', () => {
  let hub: TestHub;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  let blocked: string[];
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    hub = await startTestHub({ config: { nodeEnv: 'development', anonymousRole: 'ANALYST' } });
    // Knowsley's outcomes over four quarters: 2025-Q3 holds only three children, so it is withheld, and so is the
    // next-smallest quarter, 2025-Q2 (20 children), so Q3 cannot be worked out from a total. The page reads as an
    // analyst, so the published counts are perturbed (README "Disclosure control"); the test reads the published
    // figures from the API and checks the page shows exactly those.
    const quarter = (period: string, size: number) =>
      Array.from({ length: size }, (_, i) => ({ measure: OutcomeMeasure.SUITABLE_ETE, met: i % 3 !== 0, period }));
    await addChildren(
      hub.dataSource,
      KNOWSLEY,
      Array.from({ length: 24 }, (_, i) => ({
        ref: `KN-${i}`,
        sendStatus: SendStatus.EHCP,
        characteristics: characteristics(i),
        outcomes: [
          ...quarter('2025-Q1', 24).slice(i, i + 1),
          ...(i < 20 ? quarter('2025-Q2', 20).slice(i, i + 1) : []),
          ...(i < 3 ? quarter('2025-Q3', 3).slice(i, i + 1) : []),
          ...(i < 22 ? quarter('2025-Q4', 22).slice(i, i + 1) : []),
          { measure: OutcomeMeasure.SEND_SCREENED, met: i < 12, period: '2025-Q1' },
          ...(i < 22 ? [{ measure: OutcomeMeasure.SEND_SCREENED, met: i < 14, period: '2025-Q4' }] : []),
        ],
      })),
    );
    // Knowsley says it has no CAMHS partner: a recorded absence, drawn unlike "not recorded".
    await addPartnerAbsence(hub.dataSource, KNOWSLEY, AgencyType.CAMHS, 'No CAMHS worker.');
    base = await listen(hub);
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
    ({ context, blocked } = await offlineContext(browser, base));
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  const requestsSent = () => page.evaluate<number>('window.hubRequests.count');
  const rowNames = (grid: string) => page.locator(`[data-testid=${grid}] tbody th`).allInnerTexts();

  it('shows the seeded YOTs × expected agency types, with numbers and symbols, in one GraphQL request', async () => {
    await page.goto(`${base}/dashboard`);
    await page.locator('[data-testid=partners-heatmap]').waitFor();
    expect(await page.locator('[data-testid=status]').innerText()).toMatch(
      /^2 YOTs in 2 regions, loaded in [\d.]+ s \(1 GraphQL request\)\.$/,
    );
    expect(await requestsSent()).toBe(1);
    expect(await rowNames('partners-heatmap')).toEqual([
      'Barnet Youth Justice Service',
      'Knowsley Youth Offending Service',
    ]);
    const headings = await page.locator('[data-testid=partners-heatmap] thead th').allInnerTexts();
    expect(headings.slice(0, 3)).toEqual(['YOT', 'Police*', 'Probation*']);
    // Barnet's police: a partnership with seconded staff; every cell says in words what its colour shows.
    const police = page.locator('[data-testid=partners-heatmap] [data-cell="0:0"]');
    expect(await police.locator('[aria-hidden=true]').innerText()).toMatch(/^\d+ ●◆/);
    expect(await police.locator('.visually-hidden').textContent()).toMatch(
      /^Barnet Youth Justice Service, Police: active partnership, \d+ staff placed/,
    );
    // Not recorded, recorded absent and ceased look, read and sound different. Barnet's health commissioner is not
    // recorded; Knowsley's probation and health commissioner partners have ceased (the NPS in 2021, the CCG in 2022).
    const cell = (at: string) => page.locator(`[data-testid=partners-heatmap] [data-cell="${at}"]`);
    expect(await cell('0:2').getAttribute('class')).toBe('heat unknown');
    expect(await cell('0:2').locator('[aria-hidden=true]').innerText()).toBe('?');
    expect(await cell('0:2').locator('.visually-hidden').textContent()).toBe(
      'Barnet Youth Justice Service, Health commissioner: not recorded (nothing known either way)',
    );
    expect(await cell('1:1').getAttribute('class')).toBe('heat ceased');
    expect(await cell('1:1').locator('[aria-hidden=true]').innerText()).toMatch(/^†/);
    expect(await page.locator('[data-testid=partners-heatmap] td.ceased').count()).toBe(2);
    expect(await cell('1:8').getAttribute('class')).toBe('heat empty');
    expect(await cell('1:8').locator('.visually-hidden').textContent()).toBe(
      'Knowsley Youth Offending Service, Child and adolescent mental health services: recorded as absent (the YOT says it has none)',
    );
    // Barnet's council runs its service: social care and education are its own, not missing.
    expect(await cell('0:3').locator('.visually-hidden').textContent()).toMatch(
      /Council children's social care: staff in the team|Council children's social care: the host council's own service/,
    );
    expect(await cell('0:4').locator('[aria-hidden=true]').innerText()).toMatch(/⌂/);
    const legend = await page.locator('[data-testid=partners-legend]').innerText();
    for (const words of [
      'not recorded (nothing known either way)',
      'recorded as absent (the YOT says it has none)',
      'partner body ceased',
    ])
      expect(legend).toContain(words);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'dashboard-partners.png') });
  }, 30_000);

  it('filters by region and sorts by coverage, keeping its place in the URL', async () => {
    await page.locator('[data-testid=region-filter]').selectOption('North West');
    await expect.poll(() => rowNames('partners-heatmap')).toEqual(['Knowsley Youth Offending Service']);
    expect(await page.locator('[data-testid=shown-count]').innerText()).toBe('1 of 2 YOTs');
    expect(page.url()).toContain('#/partners?region=North+West');
    await page.locator('[data-testid=region-filter]').selectOption('');
    await page.getByLabel('Sort by').selectOption('name');
    await expect
      .poll(() => rowNames('partners-heatmap'))
      .toEqual(['Barnet Youth Justice Service', 'Knowsley Youth Offending Service']);
    // Filtering and sorting need no more requests: the whole national view is already loaded.
    expect(await requestsSent()).toBe(1);
  });

  it('shows YOTs × criteria with evidence counts, rating bands, awards and re-verification dates', async () => {
    await page.getByRole('link', { name: 'Criteria', exact: true }).click();
    await page.locator('[data-testid=criteria-heatmap]').waitFor();
    const barnet = page.locator('[data-testid=criteria-heatmap] tbody tr').filter({ hasText: 'Barnet' });
    const cells = await barnet
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => (td.querySelector('[aria-hidden=true]') ?? td).textContent));
    expect(cells).toHaveLength(10 + 2);
    expect(cells.slice(0, 10).every((c) => /^\d+ (NE|EM|ES|WE|WO|–)$/.test(c))).toBe(true);
    // Neither announcement dates its award, and Knowsley's latest is a redesignation of unknown date: not "current".
    expect(cells[10]).toBe('QL + CF (date unknown)');
    const knowsley = await page
      .locator('[data-testid=criteria-heatmap] tbody tr')
      .filter({ hasText: 'Knowsley' })
      .locator('td')
      .allTextContents();
    expect(knowsley[10]).toBe('QL + CF (date unknown)');
    expect(knowsley[11]).toBe('unknown');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'dashboard-criteria.png') });
  });

  it('moves through a heatmap with the keyboard and opens a cell with Enter', async () => {
    const grid = page.locator('[data-testid=criteria-heatmap]');
    await grid.locator('[data-cell="0:0"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate("document.activeElement.getAttribute('data-cell')")).toBe('1:1');
    // One tab stop per grid: only the focused cell is in the tab order.
    expect(await grid.locator('td[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=yot-page]').waitFor();
    expect(page.url()).toMatch(/#\/yot\/E0[89]\d+\?criterion=S2$/);
  });

  it("opens a YOT: its award, partners, gaps and a criterion's evidence with who provided it", async () => {
    await page.goto(`${base}/dashboard#/yot/${KNOWSLEY}`);
    const yot = page.locator('[data-testid=yot-page]');
    await yot.waitFor();
    expect(await yot.locator('h2').innerText()).toBe('Knowsley Youth Offending Service');
    expect(await page.locator('[data-testid=award]').innerText()).toBe(
      'Quality Lead with Child First Commendation (date unknown)',
    );
    const partners = await page.locator('[data-testid=partners]').innerText();
    expect(partners).toContain('Merseyside Police (inferred)');
    expect(partners).toContain('† body ceased 2022-07-01; successor NHS Cheshire and Merseyside ICB');
    const state = (type: string) =>
      page.locator('[data-testid=partner-types] tbody tr').filter({ hasText: type }).getAttribute('data-state');
    expect(await state('Health commissioner')).toBe('CEASED');
    expect(await state("Council children's social care")).toBe('IN_PLACE');
    expect(await state('Speech and language therapy')).toBe('NOT_RECORDED');
    expect(await page.locator('[data-testid=statutory-team]').innerText()).toContain(
      '? Probation officer: not recorded',
    );
    expect(await page.locator('[data-testid=gaps] li').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=criteria-grid] tbody th').first().innerText()).toMatch(/^S1 /);
    await page.locator('[data-testid=criteria-grid] [data-cell="0:0"]').click();
    const evidence = page.locator('[data-testid=evidence-panel]');
    await expect.poll(() => evidence.innerText()).toContain('Sound knowledge of SEND practice');
    expect(await evidence.innerText()).toMatch(/1 current item\b/);
    expect(page.url()).toContain('?criterion=S1');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'dashboard-yot.png'), fullPage: true });
  });

  it('draws outcome trends with withheld values as gaps marked c, never as zeros', async () => {
    const trends = page.locator('[data-testid=outcome-trends] figure');
    await expect.poll(() => trends.count()).toBe(2);
    const ete = trends.filter({ hasText: 'Suitable education' });
    // What the API publishes to this analyst page (perturbed, then withheld; README "Disclosure control"): the page
    // must show exactly that, a withheld quarter as `c`.
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ outcomeSummary(groupBy: [MEASURE, PERIOD], filter: { yotCodes: ["${KNOWSLEY}"] }) { rows { measure period cohort met rate suppressed } } }`,
      }),
    });
    // The page's own question (both measures, so withholding across measures is the same), its ETE rows.
    const published = (
      (await response.json()) as {
        data: {
          outcomeSummary: {
            rows: {
              measure: string;
              period: string;
              cohort: number | null;
              met: number | null;
              rate: number | null;
              suppressed: boolean;
            }[];
          };
        };
      }
    ).data.outcomeSummary.rows.filter((r) => r.measure === 'SUITABLE_ETE');
    const withheld = published.filter((r) => r.suppressed);
    // Q3 (three children) is withheld, and so is at least one other quarter, so Q3 cannot be worked out from a total.
    expect(withheld.map((r) => r.period)).toContain('2025-Q3');
    expect(withheld.length).toBeGreaterThanOrEqual(2);
    // Each withheld quarter is a `c` above a break in the line, and `c` in the numbers.
    expect(await ete.locator('svg text').filter({ hasText: /^c$/ }).count()).toBe(withheld.length);
    // The line breaks at the withheld quarters (a new subpath per run of published quarters) rather than dropping to zero.
    const ordered = [...published].sort((a, b) => a.period.localeCompare(b.period));
    const runs = ordered.filter((r, i) => !r.suppressed && (i === 0 || ordered[i - 1].suppressed)).length;
    if (runs >= 2) {
      const line = await ete
        .locator('svg path[stroke-width="2"], svg g[stroke-width="2"] path')
        .first()
        .getAttribute('d');
      expect(line!.match(/M/g)!.length).toBeGreaterThanOrEqual(runs);
    }
    await ete.locator('summary').click();
    const quarter = (period: string) =>
      ete.locator('tbody tr').filter({ hasText: period }).locator('td').allInnerTexts();
    for (const row of published) {
      const shown = row.suppressed
        ? ['c', 'c', 'c']
        : [String(row.cohort), String(row.met), `${Math.round(row.rate! * 100)}%`];
      expect(await quarter(row.period), row.period).toEqual(shown);
    }
    await ete.scrollIntoViewIfNeeded();
    await page.locator('[data-testid=outcome-trends]').screenshot({ path: join(SHOTS, 'dashboard-outcomes.png') });
  });

  it("breaks the outcomes down by each disproportionality characteristic, withheld groups as c, in the page's one request", async () => {
    // Loaded afresh: the app's national roll-up and this YOT's page, whose one request carries every breakdown.
    const operations: string[] = [];
    const record = (r: Request) =>
      r.url().endsWith('/graphql') && operations.push(/\bquery (\w+)/.exec(r.postDataJSON()?.query ?? '')?.[1] ?? '?');
    page.on('request', record);
    await page.goto(`${base}/dashboard#/yot/${KNOWSLEY}`);
    await page.reload();
    const section = page.locator('[data-testid=disproportionality]');
    await section.waitFor();
    // The award journey follows in a request of its own (test/dashboard-journey.test.ts).
    await expect
      .poll(() => [...operations].sort())
      .toEqual(['DashboardNational', 'DashboardYot', 'DashboardYotJourney']);
    // What the API publishes to this analyst page, asked the same way (one summary per characteristic, both measures).
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ ${BREAKDOWNS.map(([alias, dim, field]) => `${alias}: outcomeSummary(groupBy: [MEASURE, ${dim}], filter: { yotCodes: ["${KNOWSLEY}"] }) { rows { measure group: ${field} cohort met rate suppressed } }`).join(' ')} }`,
      }),
    });
    const body = (await response.json()) as { data: Record<string, { rows: PublishedRow[] }>; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const shownAs = (r: PublishedRow) =>
      r.suppressed
        ? [r.group, 'c', 'c', 'c']
        : [r.group, String(r.cohort), String(r.met), `${Math.round(r.rate! * 100)}%`];
    const names: Record<string, string> = { true: 'Yes', false: 'No', NOT_RECORDED: 'Not recorded' };
    const groupWords = (g: string) => names[g] ?? g.charAt(0) + g.slice(1).toLowerCase().replaceAll('_', ' ');
    const shownOnPage = (alias: string) =>
      section
        .locator(`table[data-breakdown=${alias}] tbody tr`)
        .evaluateAll((trs) =>
          trs.map((tr) => Array.from(tr.children, (cell) => (cell as { textContent: string }).textContent)),
        );
    for (const measure of ['SEND_SCREENED', 'SUITABLE_ETE']) {
      await page.locator('[data-testid=disproportionality-measure]').selectOption(measure);
      for (const [alias] of BREAKDOWNS) {
        const published = body.data[alias].rows.filter((r) => r.measure === measure);
        expect(published.length, `${alias} ${measure}`).toBeGreaterThan(1);
        expect(await shownOnPage(alias), `${alias} ${measure}`).toEqual(
          published.map((r) => shownAs({ ...r, group: groupWords(r.group) })),
        );
      }
      // Child 23, the one child of mixed ethnicity, is withheld: `c`, never 0.
      expect(body.data.byEthnicity.rows.find((r) => r.measure === measure && r.group === 'MIXED')).toMatchObject({
        suppressed: true,
        cohort: null,
      });
      expect(
        await section
          .locator('table[data-breakdown=byEthnicity] tbody tr')
          .filter({ hasText: 'Mixed' })
          .locator('td')
          .allInnerTexts(),
      ).toEqual(['c', 'c', 'c']);
    }
    // Every group is there, not recorded apart; choosing a measure sent no request.
    expect((await shownOnPage('byEthnicity')).map((r) => r[0])).toEqual([
      'Asian',
      'Black',
      'Mixed',
      'Not recorded',
      'White',
    ]);
    expect((await shownOnPage('byNeurodevelopmental')).map((r) => r[0])).toEqual([
      'Identified',
      'None',
      'Not recorded',
    ]);
    expect(operations).toHaveLength(3);
    page.off('request', record);
    expect(await accessibilityViolations(page)).toEqual([]);
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: join(SHOTS, 'dashboard-disproportionality.png') });
  });

  it('rolls coverage up by region, linking each region to its YOTs', async () => {
    await page.goto(`${base}/dashboard#/regions`);
    const table = page.locator('[data-testid=region-table]');
    await table.waitFor();
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t')[0])).toEqual(['London', 'North West']);
    expect(await page.locator('svg[aria-label="Partner coverage by region"]').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'dashboard-regions.png') });
    await table.getByRole('link', { name: 'London' }).click();
    await expect.poll(() => rowNames('partners-heatmap')).toEqual(['Barnet Youth Justice Service']);
  });

  it('updates without reloading when a change that moves coverage is committed (the change feed over graphql-ws)', async () => {
    await page.goto(`${base}/dashboard#/partners`);
    const cell = page.locator('[data-testid=partners-heatmap] [data-cell="0:2"]');
    await cell.waitFor();
    await expect.poll(() => page.locator('[data-testid=status]').getAttribute('data-live')).toBe('connected');
    // Barnet's health commissioner: not recorded, until the YOT records that it has none.
    expect(await cell.getAttribute('class')).toBe('heat unknown');
    await page.evaluate('window.sameDocument = true');
    const before = await requestsSent();
    const recorded = await hub.exec(RecordPartnerAbsenceDocument, {
      input: {
        yotId: await globalId(hub.dataSource, 'Yot', 'yot', `code = 'E09000003'`),
        agencyType: 'HEALTH_COMMISSIONER',
        note: 'No ICB representative (dashboard live test).',
      },
    });
    expect(recorded.errors).toBeUndefined();
    await expect.poll(() => cell.getAttribute('class'), { timeout: 15_000 }).toBe('heat empty');
    // One refetch of the national view, in the same document: nothing was reloaded.
    expect(await requestsSent()).toBe(before + 1);
    expect(await page.evaluate('window.sameDocument')).toBe(true);
  }, 30_000);

  it('reached nothing outside the hub and raised no script errors', () => {
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('the dashboard over HTTP', () => {
  it('is served with introspection off, and a hub in PERSISTED_ONLY mode answers its operations', async () => {
    const hub = await startTestHub({ config: { introspection: false, persistedOnly: true, anonymousRole: 'ANALYST' } });
    try {
      const url = await listen(hub);
      const html = await fetch(`${url}/dashboard`);
      expect(html.status).toBe(200);
      expect(await html.text()).toContain('<title>YJ partnership hub · Coverage dashboard</title>');
      // As the page sends it: the manifest's text with its hash.
      const manifest = JSON.parse(
        readFileSync(join(projectRoot(), 'web', 'dashboard', 'generated', 'persisted-documents.json'), 'utf8'),
      ) as Record<string, string>;
      const [hash, query] = Object.entries(manifest).find(([, text]) => text.startsWith('query DashboardNational'))!;
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query,
          variables: { first: 100, firstPage: true },
          extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace('sha256:', '') } },
        }),
      });
      const body = (await response.json()) as { data?: { coverage: { totalCount: number } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data!.coverage.totalCount).toBe(2);
    } finally {
      await hub.close();
    }
  });
});
