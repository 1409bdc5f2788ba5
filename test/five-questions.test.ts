import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSynthetic } from '../src/seed/synthetic/national';
import {
  AgenciesPartneringWithMostYotsDocument,
  CriteriaEvidencedByOneAgencyTypeDocument,
  EvidenceAwaitingReviewDocument,
  LondonYotsWithoutHealthAgreementDocument,
  NorthWestEteTrendDocument,
} from './clients/generated/graphql';
import { CriterionCoverageDocument } from './generated/graphql';
import { addLondonFixture, LONDON_FIXTURE } from './support/analyst-fixture';
import { startTestHub, TestHub } from './support/hub';

/** Issue 17's five questions, each ONE request (the named operations analysts get in GraphiQL), on seeded and fixture data. */
describe('the five analyst questions', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await loadSynthetic(hub.dataSource, { scale: 0.02, seed: 42 });
    await addLondonFixture(hub.dataSource);
  }, 120_000);
  afterAll(() => hub?.close());

  const sql = async <T>(text: string): Promise<T[]> => hub.dataSource.query(text);

  it('(a) London YOTs with no information-sharing agreement in force with a health body', async () => {
    const { result, statements } = await hub.count(LondonYotsWithoutHealthAgreementDocument, {
      asOf: LONDON_FIXTURE.asOf,
    });
    expect(result.errors).toBeUndefined();
    expect(statements).toBeLessThanOrEqual(3);
    const codes = result.data!.yots.nodes.map((y) => y.code);
    // The fixture's four, and no London YOT that has such an agreement (A0000001, with an NHS trust).
    expect(codes.filter((c) => c.startsWith('A'))).toEqual(LONDON_FIXTURE.lackingHealthAgreement);
    const london = await sql<{ code: string }>(`SELECT code FROM yot WHERE region = 'London' ORDER BY code`);
    const withHealth = await sql<{ code: string }>(
      `SELECT DISTINCT y.code FROM yot y JOIN information_sharing_agreement i ON i."yotId" = y.id JOIN agreement_party ap ON ap."agreementId" = i.id JOIN agency a ON a.id = ap."agencyId"
       WHERE y.region = 'London' AND a.type IN ('HEALTH_COMMISSIONER', 'NHS_TRUST', 'CAMHS', 'LIAISON_AND_DIVERSION') AND i.status IN ('ACTIVE', 'UNDER_REVIEW')
         AND (i."signedOn" IS NULL OR i."signedOn" <= '${LONDON_FIXTURE.asOf}') AND (i."reviewDue" IS NULL OR i."reviewDue" >= '${LONDON_FIXTURE.asOf}')`,
    );
    const expected = london.map((y) => y.code).filter((c) => !withHealth.some((w) => w.code === c));
    expect([...codes].sort()).toEqual(expected);
    expect(codes).not.toContain('A0000001');
  });

  it('(b) criteria evidenced by only one agency type, nationally', async () => {
    const asOf = '2026-09-30';
    // CRITERION_SINGLE_AGENCY: countable evidence involving fewer than two agency types (one, or the YOT's alone).
    const { data, errors } = await hub.exec(CriteriaEvidencedByOneAgencyTypeDocument, { asOf });
    expect(errors).toBeUndefined();
    const answer = data!.nationalGaps.nodes.map((g) => `${g.yot.code} ${(g.node as { code: string }).code}`).sort();
    const expected: string[] = [];
    for (const { code } of await sql<{ code: string }>('SELECT code FROM yot ORDER BY code')) {
      const coverage = await hub.exec(CriterionCoverageDocument, { yotCode: code, asOf });
      for (const c of coverage.data!.criterionCoverage!)
        if (c.evidenceCount > 0 && c.contributingAgencyTypes.length < 2) expected.push(`${code} ${c.criterion.code}`);
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(answer).toEqual(expected.sort());
    expect(data!.nationalGaps.totalCount).toBe(expected.length);
    expect(data!.nationalGaps.countsByKind[0].yotCount).toBe(new Set(expected.map((e) => e.split(' ')[0])).size);
  });

  it('(c) the suitable-ETE trend in the North West by quarter and SEND status', async () => {
    const expected = await sql<{ period: string; send: string; cohort: number | string; met: number | string }>(
      `SELECT o.period, c."sendStatus" AS send, COUNT(*) AS cohort, SUM(CASE WHEN o.met THEN 1 ELSE 0 END) AS met
       FROM child_outcome o JOIN child c ON c.id = o."childId" JOIN yot y ON y.id = c."yotId"
       WHERE y.region = 'North West' AND o.measure = 'SUITABLE_ETE' GROUP BY o.period, c."sendStatus"`,
    );
    expect(expected.length).toBeGreaterThan(4);
    const { data, errors } = await hub.exec(NorthWestEteTrendDocument, {});
    expect(errors).toBeUndefined();
    const rows = data!.outcomeSummary!.rows;
    expect(rows.map((r) => `${r.period} ${r.sendStatus}`).sort()).toEqual(
      expected.map((e) => `${e.period} ${e.send}`).sort(),
    );
    // The tester is an administrator, who may see child rows: exact counts, none withheld.
    for (const e of expected) {
      const row = rows.find((r) => r.period === e.period && r.sendStatus === e.send)!;
      expect([row.cohort, row.met, row.suppressed]).toEqual([Number(e.cohort), Number(e.met), false]);
    }
  });

  it('(d) the agencies partnering with the most YOTs', async () => {
    const { data, errors } = await hub.exec(AgenciesPartneringWithMostYotsDocument, { first: 3 });
    expect(errors).toBeUndefined();
    const today = new Date().toISOString().slice(0, 10);
    const expected = await sql<{ name: string; n: number | string }>(
      `SELECT a.name, COUNT(DISTINCT p."yotId") AS n FROM agency a JOIN partnership p ON p."agencyId" = a.id
       WHERE (p."startedOn" IS NULL OR p."startedOn" <= '${today}') AND (p."endedOn" IS NULL OR p."endedOn" >= '${today}')
         AND NOT (p.status = 'ENDED' AND p."endedOn" IS NULL) AND (a."ceasedOn" IS NULL OR a."ceasedOn" > '${today}')
       GROUP BY a.id, a.name ORDER BY n DESC, a.name LIMIT 3`,
    );
    expect(data!.agencies.nodes.map((a) => [a.name, a.activePartnerYotCount])).toEqual(
      expected.map((e) => [e.name, Number(e.n)]),
    );
    expect(data!.agencies.nodes[0]).toMatchObject({ name: 'Fixture Metropolitan Police', activePartnerYotCount: 6 });
  });

  it('(e) evidence awaiting review for more than 90 days', async () => {
    // Some items recorded long ago, some recently; only old, current, unreviewed ones are the answer.
    const ids = (
      await sql<{ id: number | string }>(
        `SELECT id FROM evidence WHERE "reviewState" = 'SUBMITTED' AND status = 'CURRENT' ORDER BY id`,
      )
    ).map((r) => Number(r.id));
    expect(ids.length).toBeGreaterThan(4);
    const old = ids.slice(0, 3);
    await sql(`UPDATE evidence SET "recordedAt" = '2020-01-01 12:00:00' WHERE id IN (${old.join(', ')})`);
    await sql(`UPDATE evidence SET "recordedAt" = '2020-01-01 12:00:00', status = 'WITHDRAWN' WHERE id = ${ids[3]}`);
    await sql(
      `UPDATE evidence SET "recordedAt" = '2020-01-01 12:00:00', "reviewState" = 'ACCEPTED' WHERE id IN (SELECT id FROM evidence WHERE "reviewState" = 'ACCEPTED' ORDER BY id LIMIT 1)`,
    );
    const cutoff = new Date(Date.now() - 91 * 86_400_000).toISOString().slice(0, 10);
    const expected = await sql<{ title: string }>(
      `SELECT title FROM evidence WHERE "reviewState" = 'SUBMITTED' AND status = 'CURRENT' AND "recordedAt" < '${new Date(Date.parse(cutoff) + 86_400_000).toISOString().slice(0, 10)}' ORDER BY "recordedAt", id`,
    );
    const { result, statements } = await hub.count(EvidenceAwaitingReviewDocument, { recordedOnOrBefore: cutoff });
    expect(result.errors).toBeUndefined();
    expect(statements).toBeLessThanOrEqual(4);
    expect(result.data!.evidence.nodes.map((e) => e.title)).toEqual(expected.slice(0, 100).map((e) => e.title));
    expect(result.data!.evidence.totalCount).toBe(expected.length);
    const titles = await sql<{ title: string }>(
      `SELECT title FROM evidence WHERE id IN (${[...old, ids[3]].join(', ')}) ORDER BY id`,
    );
    const answer = new Set(result.data!.evidence.nodes.map((e) => e.title));
    for (const t of titles.slice(0, 3)) expect(answer.has(t.title)).toBe(true);
  });
});
