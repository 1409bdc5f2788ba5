import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/modules/auth/roles';
import { loadSynthetic } from '../src/seed/synthetic/national';
import {
  AnalystNationalGapsDocument,
  type AnalystNationalGapsQueryVariables,
  AnalystYotGapsDocument,
  CriterionCoverageDocument,
} from './generated/graphql';
import { expectError } from './support/expect';
import { addSyntheticYots } from './support/fixtures';
import { startTestHub, TestHub } from './support/hub';

const ASOF = '2026-09-30';
const SEVERITY = { HIGH: 0, MEDIUM: 1, LOW: 2 } as const;

describe('national gaps', () => {
  let hub: TestHub;
  let codes: string[];
  beforeAll(async () => {
    hub = await startTestHub();
    await loadSynthetic(hub.dataSource, { scale: 0.02, seed: 42 });
    codes = (await hub.dataSource.query('SELECT code FROM yot ORDER BY code')).map((r: { code: string }) => r.code);
  }, 120_000);
  afterAll(() => hub?.close());

  /** Every page of the national list, following cursors. */
  const everything = async (variables: AnalystNationalGapsQueryVariables, first = 37) => {
    const nodes = [];
    let after: string | null | undefined;
    let total: number;
    let counts;
    do {
      const { data, errors } = await hub.exec(AnalystNationalGapsDocument, { ...variables, first, after });
      expect(errors).toBeUndefined();
      nodes.push(...data!.nationalGaps.nodes);
      total = data!.nationalGaps.totalCount;
      counts = data!.nationalGaps.countsByKind;
      after = data!.nationalGaps.pageInfo.hasNextPage ? data!.nationalGaps.pageInfo.endCursor : null;
    } while (after);
    return { nodes, total, counts: counts };
  };

  it("holds exactly every YOT's own gaps, most severe first, then by YOT code, with counts per kind", async () => {
    const { nodes, total, counts } = await everything({ asOf: ASOF });
    expect(nodes).toHaveLength(total);
    const perYot = [];
    for (const code of codes) {
      const { data } = await hub.exec(AnalystYotGapsDocument, { yotCode: code, asOf: ASOF });
      perYot.push(...data!.gaps!.map((g) => ({ ...g, code })));
    }
    expect(perYot.length).toBeGreaterThan(20);
    const key = (g: { id: string }) => g.id;
    expect(nodes.map(key).sort()).toEqual(perYot.map(key).sort());
    expect(new Set(nodes.map(key)).size).toBe(nodes.length);
    const order = nodes.map((g) => [SEVERITY[g.severity], g.yot.code]);
    expect(order).toEqual(
      [...order].sort((a, b) =>
        a[0] !== b[0] ? Number(a[0]) - Number(b[0]) : String(a[1]).localeCompare(String(b[1])),
      ),
    );
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(total);
    for (const c of counts) expect(c.count).toBe(nodes.filter((g) => g.kind === c.kind).length);
  });

  it('answers "which criteria are evidenced by only one agency type, nationally" in one request', async () => {
    const { nodes, counts } = await everything({ asOf: ASOF, filter: { kinds: ['CRITERION_SINGLE_AGENCY'] } });
    const expected: string[] = [];
    for (const code of codes) {
      const { data } = await hub.exec(CriterionCoverageDocument, { yotCode: code, asOf: ASOF });
      for (const row of data!.criterionCoverage!)
        if (row.evidenceCount > 0 && row.contributingAgencyTypes.length < 2)
          expected.push(`${code} ${row.criterion.code}`);
    }
    expect(expected.length).toBeGreaterThan(0);
    // The message starts with the criterion code ("S3 rests on …").
    expect(nodes.map((g) => `${g.yot.code} ${g.message.split(' ')[0]}`).sort()).toEqual(expected.sort());
    expect(counts).toEqual([
      {
        id: 'GapKindCount:CRITERION_SINGLE_AGENCY',
        kind: 'CRITERION_SINGLE_AGENCY',
        severity: 'LOW',
        count: expected.length,
        yotCount: new Set(expected.map((e) => e.split(' ')[0])).size,
      },
    ]);
  });

  it('filters by severity, region (any case), nation and YOT; an unknown region is BAD_USER_INPUT', async () => {
    const all = (await everything({ asOf: ASOF })).nodes;
    const high = (await everything({ asOf: ASOF, filter: { severities: ['HIGH'] } })).nodes;
    expect(high.map((g) => g.id)).toEqual(all.filter((g) => g.severity === 'HIGH').map((g) => g.id));
    const london = (await everything({ asOf: ASOF, filter: { regions: ['LONDON'] } })).nodes;
    expect(london.length).toBeGreaterThan(0);
    expect(london.map((g) => g.id)).toEqual(all.filter((g) => g.yot.region === 'London').map((g) => g.id));
    const wales = (await everything({ asOf: ASOF, filter: { nations: ['WALES'] } })).nodes;
    expect(new Set(wales.map((g) => g.yot.code.slice(0, 1)))).toEqual(new Set(wales.length ? ['W'] : []));
    const knowsley = (
      await everything({
        asOf: ASOF,
        filter: { yotCodes: ['e08000011'], kinds: ['EVIDENCE_AWAITING_REVIEW', 'CRITERION_WITHOUT_EVIDENCE'] },
      })
    ).nodes;
    expect(knowsley.map((g) => g.id)).toEqual(
      all
        .filter(
          (g) =>
            g.yot.code === 'E08000011' && ['EVIDENCE_AWAITING_REVIEW', 'CRITERION_WITHOUT_EVIDENCE'].includes(g.kind),
        )
        .map((g) => g.id),
    );
    const result = await hub.exec(AnalystNationalGapsDocument, { filter: { regions: ['Mercia'] } });
    expectError(result.errors, 'BAD_USER_INPUT');
  });

  it('shows a PARTNER only the gaps of YOTs its agency works with', async () => {
    const [{ agencyId, yotId }] = await hub.dataSource.query(
      `SELECT "agencyId", "yotId" FROM partnership ORDER BY id LIMIT 1`,
    );
    const [{ code }] = await hub.dataSource.query(`SELECT code FROM yot WHERE id = ${Number(yotId)}`);
    const partner = { name: 'partner', role: Role.PARTNER, yotId: null, agencyId: Number(agencyId) };
    const { data } = await hub.exec(AnalystNationalGapsDocument, { asOf: ASOF }, partner);
    expect(data!.nationalGaps.totalCount).toBeGreaterThan(0);
    expect(new Set(data!.nationalGaps.nodes.map((g) => g.yot.code))).toEqual(new Set([code]));
  });

  it('costs the same number of statements however many YOTs there are', async () => {
    const first = await hub.count(AnalystNationalGapsDocument, { asOf: '2026-01-01', first: 5 });
    expect(first.result.errors).toBeUndefined();
    await addSyntheticYots(hub.dataSource, 6);
    const more = await hub.count(AnalystNationalGapsDocument, { asOf: '2026-01-01', first: 5 });
    expect(more.result.data!.nationalGaps.totalCount).toBeGreaterThan(first.result.data!.nationalGaps.totalCount);
    expect(more.statements).toBeLessThanOrEqual(first.statements);
    // The next page is served from the per-YOT cache: no gap finder runs again.
    const next = await hub.count(AnalystNationalGapsDocument, {
      asOf: '2026-01-01',
      first: 5,
      after: more.result.data!.nationalGaps.pageInfo.endCursor,
    });
    expect(next.statements).toBeLessThan(more.statements);
  });
});
