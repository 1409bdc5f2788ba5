import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths';
import type { RawInteger } from '../src/db/dialect';
import { encodeGlobalId } from '../src/graphql/relay';
import type { DashboardYotJourneyQuery } from '../web/dashboard/generated/graphql';
import { journeyDates } from '../web/dashboard/journey-dates';
import {
  CreateActionPlanItemDocument,
  RecordEvidenceDocument,
  RecordPartnerAbsenceDocument,
} from './generated/graphql';
import { accessibilityViolations } from './support/accessibility';
import { ARTIFACTS, canRunBrowser, launchBrowser, offlineContext } from './support/browser';
import { FIXTURE_CODE } from './support/coverage-fixture';
import { listen, startTestHub, type TestHub } from './support/hub';
import { globalId } from './support/ids';
import { addJourneyFixture, dayFromToday } from './support/journey-fixture';

type Journey = NonNullable<DashboardYotJourneyQuery['yot']>;
type Figure = NonNullable<Journey['kpiComparison']>['yot']['figures'][number];

const BAND_CODE: Record<string, string> = {
  NOT_EVIDENCED: 'NE',
  EMERGING: 'EM',
  ESTABLISHED: 'ES',
  WIDESPREAD_EFFECTIVE_PRACTICE: 'WE',
  WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES: 'WO',
};
const FLAG: Record<string, string> = {
  NONE: '–',
  HIGH_SCORE_WITHOUT_ACCEPTED_EVIDENCE: '⚠ High self-score, no accepted evidence',
  LOW_SCORE_WITH_PLENTY_OF_EVIDENCE: '⚠ Low self-score despite plenty of accepted evidence',
};
const pct = (rate: number | null) => (rate == null ? '–' : `${Math.round(rate * 100)}%`);
const lower = (value: string) => value.toLowerCase().replaceAll('_', ' ');
/** A published figure as the page must show it: withheld is `c`, never 0; no figure for the area is `–`. */
const shown = (f: Figure | undefined) =>
  !f ? '–' : f.suppressed ? 'c' : `${f.numerator} of ${f.denominator} (${pct(f.rate)})`;

/**
 * The award journey on a YOT's page and the live pages (issue 18, parts 6 and 7), under a deployed hub's cost
 * limits, read by an anonymous analyst, so child counts are perturbed and small ones withheld.
 */
describe.skipIf(!canRunBrowser)('the award journey and live updates on the dashboard, offline', () => {
  let hub: TestHub;
  let base: string;
  let browser: Browser;
  let page: Page;
  let blocked: string[];
  let quarter: string;
  const pageErrors: string[] = [];
  /** The page's GraphQL answers since the last reset: which operation, and whether the hub said "retry later". */
  const answers: Promise<{ operation: string; retry: boolean }>[] = [];

  beforeAll(async () => {
    hub = await startTestHub({ limits: 'production', config: { nodeEnv: 'development', anonymousRole: 'ANALYST' } });
    ({ quarter } = await addJourneyFixture(hub));
    base = await listen(hub);
    browser = await launchBrowser();
    let context;
    ({ context, blocked } = await offlineContext(browser, base));
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('response', (r: Response) => {
      if (!r.url().endsWith('/graphql') || r.request().method() !== 'POST') return;
      const query = (r.request().postDataJSON() as { query?: string } | null)?.query ?? '';
      answers.push(
        r.json().then((body: { errors?: { extensions?: { code?: string } }[] }) => ({
          operation: /\bquery (\w+)/.exec(query)?.[1] ?? '?',
          retry: (body.errors ?? []).some((e) => e.extensions?.code === 'RATE_LIMITED'),
        })),
      );
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  /** The page's journey operation, asked over HTTP by the same (anonymous) caller with the dates the page reads on. */
  async function published(): Promise<{ yot: Journey; cost: number }> {
    const manifest = JSON.parse(
      readFileSync(join(projectRoot(), 'web', 'dashboard', 'generated', 'persisted-documents.json'), 'utf8'),
    ) as Record<string, string>;
    const query = Object.values(manifest).find((text) => text.includes('query DashboardYotJourney('))!;

    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query,
        // The page's own dates (the day, the year to it, the last full quarter); the fixture's quarter is checked below.
        variables: { code: FIXTURE_CODE, ...journeyDates(dayFromToday(0)) },
      }),
    });
    const body = (await response.json()) as {
      data: DashboardYotJourneyQuery;
      errors?: unknown;
      extensions: { cost: { requestedQueryCost: number } };
    };
    expect(body.errors).toBeUndefined();
    return { yot: body.data.yot!, cost: body.extensions.cost.requestedQueryCost };
  }
  /**
   * The operations the page answered with since the last reset, one each: an operation is sent again only when the
   * hub refused it for now (RATE_LIMITED while it computes cold views, e.g. right after a write), as the page must.
   */
  async function operationsAnswered(only?: string[]): Promise<string[]> {
    const all = (await Promise.all(answers)).filter((a) => !only || only.includes(a.operation));
    for (const { operation } of all) {
      const tries = all.filter((a) => a.operation === operation);
      expect(
        tries.slice(0, -1).every((a) => a.retry),
        `${operation} sent again without being refused`,
      ).toBe(true);
    }
    return all.filter((a) => !a.retry).map((a) => a.operation);
  }
  const cells = (testId: string) =>
    page
      .locator(`[data-testid=${testId}] tbody tr`)
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.children, (cell) => (cell as { textContent: string }).textContent)),
      );

  it('shows the self-assessment, action plan, board and KPIs exactly as the API answers them, in one request after the page', async () => {
    await page.goto(`${base}/dashboard#/yot/${FIXTURE_CODE}`);
    await page.locator('[data-testid=kpi-comparison]').waitFor();
    // The journey is one request of its own, sent once the page's has answered (see operations/journey.graphql).
    await expect
      .poll(async () => (await operationsAnswered()).sort(), { timeout: 15_000 })
      .toEqual(['DashboardNational', 'DashboardYot', 'DashboardYotJourney']);
    const { yot, cost } = await published();
    expect(cost).toBeLessThanOrEqual(10_000); // a deployed hub's MAX_QUERY_COST

    // Self-assessment beside the assessor: every statement, both kinds of disagreement flagged.
    const comparison = yot.latestSelfAssessment!.comparison;
    expect(comparison).toHaveLength(10);
    expect(await cells('self-assessment')).toEqual(
      comparison.map((c) => [
        `${c.criterion.code} ${c.criterion.title}`,
        c.selfScore == null ? '–' : String(c.selfScore),
        c.selfNote ?? '–',
        c.assessorBand ? `${BAND_CODE[c.assessorBand]}${c.assessorScore == null ? '' : ` ${c.assessorScore}`}` : '–',
        c.scoreDifference == null ? '–' : c.scoreDifference > 0 ? `+${c.scoreDifference}` : String(c.scoreDifference),
        `${c.evidenceCount} (${c.acceptedEvidenceCount})`,
        c.triangulated ? '✓ yes' : '✕ no',
        FLAG[c.disagreement],
      ]),
    );
    // S1's accepted item (E1) expired in 2024, so its 8 now rests on no accepted evidence either.
    expect(comparison.filter((c) => c.disagreement !== 'NONE').map((c) => [c.criterion.code, c.disagreement])).toEqual([
      ['S1', 'HIGH_SCORE_WITHOUT_ACCEPTED_EVIDENCE'],
      ['S2', 'LOW_SCORE_WITH_PLENTY_OF_EVIDENCE'],
      ['S3', 'HIGH_SCORE_WITHOUT_ACCEPTED_EVIDENCE'],
    ]);

    // The whole action plan, overdue items marked in words (not colour alone) and exactly those the API says.
    expect(await cells('action-plan')).toEqual(
      yot.actionPlan.map((a) => [
        a.title,
        `${a.ownerAgency.name} (${lower(a.ownerRole)})`,
        a.criteria.map((c) => c.code).join(', ') || '–',
        a.dueOn,
        `${a.status.charAt(0)}${lower(a.status).slice(1)}${a.overdue ? ' · ⚠ overdue' : ''}${a.completedOn ? ` on ${a.completedOn}` : ''}${a.droppedReason ? `: ${a.droppedReason}` : ''}`,
      ]),
    );
    const overdueShown = await page.locator('[data-testid=action-plan] tbody tr[data-overdue=true] th').allInnerTexts();
    expect(overdueShown).toEqual(yot.actionPlan.filter((a) => a.overdue).map((a) => a.title));
    expect([...overdueShown].sort()).toEqual([
      'Agree an evidence protocol with probation',
      'Train partner staff in SEND reforms',
    ]);
    expect(yot.actionPlan).toHaveLength(5);

    // Board attendance by statutory partner over the year.
    expect(await cells('board-attendance')).toEqual(
      yot.boardAttendance.map((r) => [
        r.agency.name,
        r.agencyType === 'POLICE' ? 'Police' : 'Probation',
        String(r.meetingsAttended),
        String(r.meetingsHeld),
        pct(r.rate),
      ]),
    );
    expect(yot.boardAttendance.map((r) => [r.agency.name, r.meetingsAttended, r.meetingsHeld])).toEqual([
      ['Fixture Police', 3, 4],
      ['Fixture Probation', 2, 4],
    ]);

    // KPIs: one row per line any area has, one column per area, each cell as published; withheld is `c`.
    const k = yot.kpiComparison!;
    expect(k.quarter).toBe(quarter);
    const areas = [k.yot, k.family!, k.regionFigures, k.nationFigures];
    const key = (f: Figure) => `${f.kpiNumber}|${f.cohort}|${f.stage}|${f.indicator}`;
    const lines = await page
      .locator('[data-testid=kpi-comparison] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-line')!));
    expect([...lines].sort()).toEqual([...new Set(areas.flatMap((a) => a.figures.map(key)))].sort());
    const rows = await cells('kpi-comparison');
    lines.forEach((line, i) =>
      expect(rows[i].slice(1), line).toEqual(areas.map((a) => shown(a.figures.find((f) => key(f) === line)))),
    );
    // The fixture gives both: Fixtureshire's 2 ETE children are withheld, the nation's accommodation line is not.
    const all = areas.flatMap((a) => a.figures);
    expect(all.some((f) => f.suppressed && f.kpiNumber === 2)).toBe(true);
    expect(all.some((f) => !f.suppressed && f.kpiNumber === 1)).toBe(true);
    expect(rows.flat().filter((c) => c === 'c')).toHaveLength(all.filter((f) => f.suppressed).length);
    expect(rows.flat()).not.toContain('0 of 0 (–)');

    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator('[data-testid=journey]').screenshot({ path: join(ARTIFACTS, 'dashboard-journey.png') });
  }, 60_000);

  const lastUpdated = async () => {
    const time = page.locator('[data-testid=last-updated] time');
    return { at: await time.getAttribute('datetime'), text: await time.innerText() };
  };

  it('updates the YOT page in place from the change feed, and says when its data was last updated', async () => {
    await expect.poll(() => page.locator('[data-testid=status]').getAttribute('data-live')).toBe('connected');
    const region = page.locator('[data-testid=last-updated]');
    expect(await region.getAttribute('role')).toBe('status');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    const before = await lastUpdated();
    expect(await region.innerText()).toMatch(/^Data last updated at \d\d:\d\d:\d\d\.$/);
    const s5 = page.locator('[data-testid=self-assessment] tbody tr').filter({ hasText: /^S5 / });
    const s5Grid = page.locator('[data-testid=criteria-grid] [data-cell="4:0"] [aria-hidden=true]');
    expect(await s5.locator('td').nth(4).innerText()).toBe('0 (0)');
    expect(await s5Grid.innerText()).toBe('0 (0)');
    await page.evaluate('window.sameDocument = true');
    answers.length = 0;
    // The shown time is to the second: let one pass so the words change too, not only the machine-readable time.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const recorded = await hub.exec(RecordEvidenceDocument, {
      input: {
        yotId: await globalId(hub.dataSource, 'Yot', 'yot', `code = '${FIXTURE_CODE}'`),
        title: 'S5 transition protocol (live test)',
        kind: 'PROTOCOL',
        occurredOn: dayFromToday(-1),
        criteria: [{ criterionId: encodeGlobalId('Criterion', await criterionId('S5')) }],
      },
    });
    expect(recorded.errors).toBeUndefined();
    // Both the journey's evidence column and the criteria grid move, without navigation.
    await expect.poll(() => s5.locator('td').nth(4).innerText(), { timeout: 15_000 }).toBe('1 (0)');
    expect(await s5Grid.innerText()).toBe('1 (0)');
    expect((await published()).yot.latestSelfAssessment!.comparison[4].evidenceCount).toBe(1);
    const after = await lastUpdated();
    expect(after.at! > before.at!).toBe(true);
    expect(after.text).not.toBe(before.text);
    expect(await page.evaluate('window.sameDocument')).toBe(true);
    expect(await operationsAnswered(['DashboardYot', 'DashboardYotJourney'])).toEqual([
      'DashboardYot',
      'DashboardYotJourney',
    ]);
  }, 60_000);

  it("follows the journey's own changes too: a new action-plan item appears without a reload", async () => {
    await page.evaluate('window.sameDocument = true');
    const plan = page.locator('[data-testid=action-plan]');
    const rows = plan.locator('tbody tr');
    const before = await rows.count();
    const created = await hub.exec(CreateActionPlanItemDocument, {
      input: {
        yotId: await globalId(hub.dataSource, 'Yot', 'yot', `code = '${FIXTURE_CODE}'`),
        title: 'Live: review the screening protocol',
        dueOn: dayFromToday(30),
        ownerAgencyId: await globalId(hub.dataSource, 'Agency', 'agency', `name = 'Fixture Police'`),
        ownerRole: 'POLICE_OFFICER',
      },
    });
    expect(created.errors).toBeUndefined();
    // An action-plan item moves no coverage: only the feed's journey kinds bring it here.
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(before + 1);
    expect(await plan.innerText()).toContain('Live: review the screening protocol');
    expect(await page.evaluate('window.sameDocument')).toBe(true);
  }, 60_000);

  it("leaves the YOT page alone for another YOT's change, and the national view says when it was updated", async () => {
    const before = await lastUpdated();
    answers.length = 0;
    const absence = await hub.exec(RecordPartnerAbsenceDocument, {
      input: {
        yotId: await globalId(hub.dataSource, 'Yot', 'yot', `code = 'E09000003'`),
        agencyType: 'HEALTH_COMMISSIONER',
        note: 'No ICB representative (journey live test).',
      },
    });
    expect(absence.errors).toBeUndefined();
    // The national view (loaded behind every page) refetches; the YOT page does not.
    await expect.poll(operationsAnswered, { timeout: 15_000 }).toEqual(['DashboardNational']);
    expect(await lastUpdated()).toEqual(before);

    await page.getByRole('link', { name: '← All YOTs' }).click();
    await page.locator('[data-testid=partners-heatmap]').waitFor();
    const national = await lastUpdated();
    expect(national.at).not.toBeNull();
    expect(await page.locator('[data-testid=last-updated]').getAttribute('role')).toBe('status');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await hub.exec(RecordPartnerAbsenceDocument, {
      input: {
        yotId: await globalId(hub.dataSource, 'Yot', 'yot', `code = '${FIXTURE_CODE}'`),
        agencyType: 'YOUTH_SERVICE',
        note: 'No youth service (journey live test).',
      },
    });
    expect(again.errors).toBeUndefined();
    await expect.poll(async () => (await lastUpdated()).text, { timeout: 15_000 }).not.toBe(national.text);
    expect(await accessibilityViolations(page)).toEqual([]);
  }, 60_000);

  it('reached nothing outside the hub and raised no script errors', () => {
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  async function criterionId(code: string): Promise<number> {
    const rows: { id: RawInteger }[] = await hub.dataSource.query(`SELECT id FROM criterion WHERE code = '${code}'`);
    return Number(rows[0].id);
  }
});
