import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSynthetic, planYots } from '../src/seed/synthetic/national';
import { PER_YOT, REGIONS } from '../src/seed/synthetic/shapes';
import { JOURNEY_PER_YOT } from '../src/seed/synthetic/award-journey';
import { SyntheticCoverageDocument, SyntheticOutcomesDocument } from './generated/graphql';
import { startTestHub, TestHub } from './support/hub';

const SCALE = 0.02; // 3 YOTs: big enough to have every shape, small enough for the suite.
const TABLES = [
  'yot',
  'agency',
  'partnership',
  'staff_placement',
  'information_sharing_agreement',
  'agreement_party',
  'evidence',
  'evidence_link',
  'evidence_agency',
  'assessment',
  'criterion_rating',
  'rating_evidence',
  'child',
  'child_outcome',
  'self_assessment',
  'self_assessment_score',
  'action_plan_item',
  'board',
  'board_member',
  'board_meeting',
  'board_attendance',
  'kpi_observation',
  'yot_population',
  'comparator_group',
  'comparator_group_member',
];

/**
 * Every row of the tables the generator writes, in a stable order, as text. Instants are left out (the seed
 * YOTs loaded alongside get "now"), except the synthetic evidence's, which the generator chooses.
 */
async function contents(hub: TestHub): Promise<string> {
  const dump: string[] = [];
  for (const table of TABLES) {
    const rows: Record<string, unknown>[] = await hub.dataSource.query(`SELECT * FROM "${table}" ORDER BY 1, 2`);
    for (const row of rows)
      dump.push(
        `${table} ${JSON.stringify(Object.fromEntries(Object.entries(row).filter(([key]) => !key.endsWith('At'))))}`,
      );
  }
  const instants = await hub.dataSource.query(
    `SELECT e.id, e."recordedAt", e."reviewedAt", e."withdrawnAt" FROM evidence e JOIN yot y ON y.id = e."yotId" WHERE ${SYNTHETIC} ORDER BY e.id`,
  );
  return [...dump, JSON.stringify(instants)].join('\n');
}

/** Synthetic YOTs have E99… and W99… codes. */
const SYNTHETIC = `y.code LIKE '_99%'`;

describe('the synthetic national dataset', () => {
  let first: TestHub;
  let second: TestHub;
  beforeAll(async () => {
    [first, second] = await Promise.all([startTestHub(), startTestHub()]);
    await loadSynthetic(first.dataSource, { scale: SCALE, seed: 42 });
    await loadSynthetic(second.dataSource, { scale: SCALE, seed: 42 });
  }, 120_000);
  afterAll(async () => Promise.all([first?.close(), second?.close()]));

  it('plans round(160 × scale) YOTs over the ten regions, every region at 10 YOTs or more', () => {
    expect(planYots(1, 1)).toHaveLength(160);
    expect(planYots(0.1, 1)).toHaveLength(16);
    expect(new Set(planYots(0.1, 1).map((p) => p.region)).size).toBe(REGIONS.length);
    expect(new Set(planYots(4, 1).map((p) => p.code)).size).toBe(640);
    for (const plan of planYots(1, 1)) expect(plan.code).toMatch(plan.nation === 'WALES' ? /^W99\d{6}$/ : /^E99\d{6}$/);
  });

  it('is the same, row for row, for the same seed', async () => {
    expect(await contents(first)).toEqual(await contents(second));
  });

  it('has the per-YOT shape the benchmarks assume', async () => {
    // Rows of the synthetic YOTs only (the seeded Knowsley and Barnet are there too).
    const count = async (table: string, via = `t."yotId"`) =>
      Number(
        (
          await first.dataSource.query(
            `SELECT COUNT(*) AS n FROM "${table}" t JOIN yot y ON y.id = ${via} WHERE ${SYNTHETIC}`,
          )
        )[0].n,
      );
    const yots = planYots(SCALE, 42).length;
    expect(await count('yot', 't.id')).toBe(yots);
    expect(await count('evidence')).toBe(yots * PER_YOT.evidence);
    expect(await count('child')).toBe(yots * PER_YOT.children);
    expect(
      Number(
        (
          await first.dataSource.query(
            `SELECT COUNT(*) AS n FROM child_outcome o JOIN child t ON t.id = o."childId" JOIN yot y ON y.id = t."yotId" WHERE ${SYNTHETIC}`,
          )
        )[0].n,
      ),
    ).toBe(yots * PER_YOT.children * PER_YOT.outcomesPerChild);
    expect(await count('information_sharing_agreement')).toBe(yots * PER_YOT.agreements);
    expect(await count('staff_placement')).toBe(yots * PER_YOT.staffPlacements);
    expect(await count('assessment')).toBe(yots * PER_YOT.assessments);
    const partnerships = (await count('partnership')) / yots;
    expect(partnerships).toBeGreaterThan(18);
    expect(partnerships).toBeLessThan(32);
    const withdrawn = Number(
      (
        await first.dataSource.query(
          `SELECT COUNT(*) AS n FROM evidence t JOIN yot y ON y.id = t."yotId" WHERE ${SYNTHETIC} AND t.status = 'WITHDRAWN'`,
        )
      )[0].n,
    );
    expect(withdrawn).toBeGreaterThan(0);
  });

  it('gives every synthetic YOT an award journey: self-assessments, action items, a board that met quarterly', async () => {
    const count = async (table: string) =>
      Number(
        (
          await first.dataSource.query(
            `SELECT COUNT(*) AS n FROM "${table}" t JOIN yot y ON y.id = t."yotId" WHERE ${SYNTHETIC}`,
          )
        )[0].n,
      );
    const yots = planYots(SCALE, 42).length;
    expect(await count('self_assessment')).toBe(yots * JOURNEY_PER_YOT.selfAssessments);
    expect(await count('action_plan_item')).toBe(yots * JOURNEY_PER_YOT.actionItems);
    expect(await count('board_meeting')).toBe(yots * JOURNEY_PER_YOT.boardMeetings);
    expect(await count('board')).toBe(yots);
    const done = await first.dataSource.query(
      `SELECT t.status, t."closingEvidenceIds" AS closing FROM action_plan_item t JOIN yot y ON y.id = t."yotId" WHERE ${SYNTHETIC} AND t.status = 'DONE'`,
    );
    for (const row of done) expect(JSON.parse(row.closing).length).toBeGreaterThan(0);
    // Each member's attendance is recorded at every meeting: members × meetings rows.
    const [{ n: attendance }] = await first.dataSource.query(
      `SELECT COUNT(*) AS n FROM board_attendance a JOIN board_member m ON m.id = a."memberId" JOIN yot y ON y.id = m."yotId" WHERE ${SYNTHETIC}`,
    );
    const [{ n: members }] = await first.dataSource.query(
      `SELECT COUNT(*) AS n FROM board_member m JOIN yot y ON y.id = m."yotId" WHERE ${SYNTHETIC}`,
    );
    expect(Number(attendance)).toBe(Number(members) * JOURNEY_PER_YOT.boardMeetings);
  });

  it('adds nothing when run again (a stopped run resumes where it stopped)', async () => {
    const before = await contents(first);
    const summary = await loadSynthetic(first.dataSource, { scale: SCALE, seed: 42 });
    expect(summary).toMatchObject({ created: 0, skipped: planYots(SCALE, 42).length, rows: 0 });
    expect(await contents(first)).toEqual(before);
  });

  it('is served by the API like any other data: coverage, gaps and outcome summaries', async () => {
    const coverage = await first.exec(SyntheticCoverageDocument);
    expect(coverage.errors).toBeUndefined();
    expect(coverage.data!.coverage.totalCount).toBe(planYots(SCALE, 42).length + 2);
    for (const node of coverage.data!.coverage.nodes.filter((n) => /^[EW]99/.test(n.yot.code))) {
      expect(node.expectedPartners).toBe(13);
      expect(node.partnerCoverage).toBeGreaterThan(0.5);
      expect(node.partners.reduce((n, p) => n + p.evidenceCount, 0)).toBeGreaterThan(100);
    }
    const summary = await first.exec(SyntheticOutcomesDocument);
    // The seeds hold no outcomes, so every one counted is synthetic.
    expect(summary.data!.outcomeSummary!.rows.reduce((n, r) => n + (r.cohort ?? 0), 0)).toBe(
      planYots(SCALE, 42).length * PER_YOT.children * PER_YOT.outcomesPerChild,
    );
  });
});
