import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NestedPartnershipsAndEvidenceDocument, YotEvidenceCountsDocument } from './generated/graphql';
import { addSyntheticYots } from './support/fixtures';
import { startTestHub, TestHub } from './support/hub';

describe('nested reads go through per-request DataLoaders', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await addSyntheticYots(hub.dataSource, 28); // 30 YOTs with the two seeded ones
  });
  afterAll(() => hub.close());

  it('sends the same number of SQL statements for 3 YOTs as for 30', async () => {
    const three = await hub.count(NestedPartnershipsAndEvidenceDocument, { first: 3 });
    const thirty = await hub.count(NestedPartnershipsAndEvidenceDocument, { first: 30 });
    expect(three.result.errors).toBeUndefined();
    expect(thirty.result.errors).toBeUndefined();
    expect(three.result.data?.yots.nodes).toHaveLength(3);
    expect(thirty.result.data?.yots.nodes).toHaveLength(30);
    // yots page, partnerships, agencies, staff placements, and the evidence pages: each item ranked and selected with
    // its criterion links and each link's criterion as JSON, in one statement (src/graphql/planned-reads.ts).
    expect(thirty.statements).toBe(three.statements);
    expect(thirty.statements).toBe(5);
  });

  it('returns every nested row the loaders fetched, attached to the right parent', async () => {
    const { result } = await hub.count(NestedPartnershipsAndEvidenceDocument, { first: 30 });
    const synthetic = result.data!.yots.nodes.find((y) => y.code === 'T0000007')!;
    expect(synthetic.partnerships.map((p) => p.agency.type)).toEqual(['POLICE', 'LA_SEND_TEAM', 'SCHOOL']);
    expect(synthetic.partnerships[0].staffPlacements).toEqual([{ role: 'POLICE_OFFICER', arrangement: 'SECONDED' }]);
    expect(synthetic.evidence.nodes.map((e) => e.title)).toEqual(
      [5, 4, 3, 2, 1].map((k) => `Evidence ${k} of 0000007`),
    );
    expect(synthetic.evidence.nodes[4].criteria.map((l) => l.criterion.code)).toEqual(['S1', 'S6']);
  });

  it('counts a nested connection whose nodes are not selected without ranking or fetching its rows', async () => {
    const { result, statements } = await hub.count(YotEvidenceCountsDocument, { first: 30 });
    expect(result.errors).toBeUndefined();
    // One statement: the page of YOTs with each one's count inside it (planned-reads.ts), not the ROW_NUMBER()
    // ranking and evidence rows a page would need.
    expect(statements).toBe(1);
    const expected = await hub.dataSource.query(
      'SELECT y.code, COUNT(e.id) AS n FROM yot y LEFT JOIN evidence e ON e."yotId" = y.id GROUP BY y.code',
    );
    const counts = new Map(expected.map((r: { code: string; n: number | string }) => [r.code, Number(r.n)]));
    expect(result.data!.yots.nodes).toHaveLength(30);
    for (const yot of result.data!.yots.nodes) expect(yot.evidence.totalCount).toBe(counts.get(yot.code));
    expect(result.data!.yots.nodes.some((y) => y.evidence.totalCount > 0)).toBe(true);
    // With nodes selected too, the page is ranked and fetched as before (same counts).
    const { result: full } = await hub.count(NestedPartnershipsAndEvidenceDocument, { first: 30 });
    expect(full.data!.yots.nodes.map((y) => y.evidence.nodes.length).some((n) => n > 0)).toBe(true);
  });
});
