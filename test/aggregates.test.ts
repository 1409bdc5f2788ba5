import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/modules/auth/roles';
import { loadSynthetic } from '../src/seed/synthetic/national';
import {
  AnalystAgenciesDocument,
  AnalystAgencyAggregateDocument,
  AnalystAgreementAggregateDocument,
  AnalystCriterionCountsDocument,
  AnalystEvidenceAggregateDocument,
  AnalystEvidenceCountDocument,
  AnalystGapAggregateDocument,
  AnalystGapSubjectsDocument,
  AnalystNationalGapsDocument,
  AnalystPartnershipAggregateDocument,
  AnalystPlacementAggregateDocument,
} from './generated/graphql';
import { addLondonFixture } from './support/analyst-fixture';
import { expectError } from './support/expect';
import { listen, startTestHub, TestHub } from './support/hub';

const ASOF = '2026-06-30';

describe('aggregates', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await loadSynthetic(hub.dataSource, { scale: 0.02, seed: 42 });
    await addLondonFixture(hub.dataSource);
  }, 120_000);
  afterAll(() => hub?.close());

  const sql = async <T>(text: string): Promise<T[]> => hub.dataSource.query(text);

  it('counts countable evidence per YOT × criterion in one statement, equal to criterion coverage', async () => {
    const filter = { countable: true, currentOn: ASOF };
    const { result, statements } = await hub.count(AnalystEvidenceAggregateDocument, {
      filter,
      groupBy: ['YOT', 'CRITERION'],
    });
    expect(result.errors).toBeUndefined();
    expect(statements).toBeLessThanOrEqual(2); // the aggregate, and the YOT loader for `key.yot`
    const agg = result.data!.evidenceAggregate;
    expect(agg.total).toBe((await hub.exec(AnalystEvidenceCountDocument, { filter })).data!.evidence.totalCount);
    const byCell = new Map(agg.groups.map((g) => [`${g.key.yot!.code} ${g.key.criterionCode}`, g.count]));
    const codes = (await sql<{ code: string }>('SELECT code FROM yot ORDER BY code')).map((r) => r.code);
    let compared = 0;
    for (const code of codes) {
      const { data } = await hub.exec(AnalystCriterionCountsDocument, { yotCode: code, asOf: ASOF });
      for (const row of data!.criterionCoverage!) {
        expect(byCell.get(`${code} ${row.criterion.code}`) ?? 0, `${code} ${row.criterion.code}`).toBe(
          row.evidenceCount,
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
    expect(new Set(agg.groups.map((g) => g.id)).size).toBe(agg.groups.length);
  });

  it('groups evidence by review state and recorded quarter, ordered, with counts that add up to the total', async () => {
    const { data } = await hub.exec(AnalystEvidenceAggregateDocument, { groupBy: ['REVIEW_STATE', 'QUARTER'] });
    const agg = data!.evidenceAggregate;
    const [{ n }] = await sql<{ n: number | string }>('SELECT COUNT(*) AS n FROM evidence');
    expect(agg.total).toBe(Number(n));
    expect(agg.groups.reduce((s, g) => s + g.count, 0)).toBe(agg.total);
    expect(agg.groups.every((g) => /^\d{4}-Q[1-4]$/.test(g.key.quarter!))).toBe(true);
    const states = await sql<{ review: string; n: number | string }>(
      'SELECT "reviewState" AS review, COUNT(*) AS n FROM evidence GROUP BY "reviewState"',
    );
    for (const s of states)
      expect(agg.groups.filter((g) => g.key.reviewState === s.review).reduce((t, g) => t + g.count, 0)).toBe(
        Number(s.n),
      );
    const keys = agg.groups.map((g) => `${g.key.reviewState} ${g.key.quarter}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('counts partnerships, agencies, agreements and placements in groups', async () => {
    const fixture = ['A0000001', 'A0000002', 'A0000003', 'A0000004', 'A0000005', 'A0000006'];
    const police = await hub.exec(AnalystPartnershipAggregateDocument, {
      filter: { yotCodes: fixture, agencyTypes: ['POLICE'] },
      groupBy: ['REGION'],
      asOf: ASOF,
    });
    expect(police.data!.partnershipAggregate.groups.map((g) => [g.key.region, g.count, g.yotCount])).toEqual([
      ['London', 5, 5],
      ['North West', 1, 1],
    ]);
    const trust = await hub.exec(AnalystPartnershipAggregateDocument, {
      filter: { yotCodes: fixture, agencyTypes: ['NHS_TRUST'] },
      groupBy: ['CURRENT'],
      asOf: ASOF,
    });
    expect(trust.data!.partnershipAggregate.groups.map((g) => [g.key.current, g.count])).toEqual([
      [false, 1],
      [true, 3],
    ]);

    const types = await hub.exec(AnalystAgencyAggregateDocument, { groupBy: ['AGENCY_TYPE'] });
    expect(types.errors).toBeUndefined();
    for (const g of types.data!.agencyAggregate.groups) {
      expect(g.count).toBe(
        (await hub.exec(AnalystAgenciesDocument, { filter: { types: [g.key.agencyType!] }, first: 0 })).data!.agencies
          .totalCount,
      );
    }
    const londonAgencies = await hub.exec(AnalystAgencyAggregateDocument, {
      filter: { types: ['POLICE', 'CAMHS'], nameContains: 'Fixture' },
      groupBy: ['REGION', 'AGENCY_TYPE'],
      asOf: ASOF,
    });
    expect(londonAgencies.data!.agencyAggregate.groups.map((g) => [g.key.region, g.key.agencyType, g.count])).toEqual([
      ['London', 'CAMHS', 1],
      ['London', 'POLICE', 1],
      ['North West', 'POLICE', 1],
    ]);

    const agreements = await hub.exec(AnalystAgreementAggregateDocument, {
      filter: { yotCodes: fixture },
      groupBy: ['STATUS', 'CURRENT'],
      asOf: ASOF,
    });
    expect(
      agreements.data!.agreementAggregate.groups.map((g) => [g.key.agreementStatus, g.key.current, g.count]),
    ).toEqual([
      ['ACTIVE', false, 1],
      ['ACTIVE', true, 2],
      ['EXPIRED', false, 1],
    ]);
    const byParty = await hub.exec(AnalystAgreementAggregateDocument, {
      filter: { yotCodes: fixture, inForce: true },
      groupBy: ['AGENCY_TYPE'],
      asOf: ASOF,
    });
    expect(byParty.data!.agreementAggregate.groups.map((g) => [g.key.agencyType, g.count])).toEqual([
      ['NHS_TRUST', 1],
      ['POLICE', 1],
    ]);

    const placements = await hub.exec(AnalystPlacementAggregateDocument, { groupBy: ['ROLE'] });
    const expected = await sql<{ role: string; n: number | string; fte: number | string }>(
      'SELECT role, COUNT(*) AS n, SUM(COALESCE(fte, 0)) AS fte FROM staff_placement GROUP BY role ORDER BY role',
    );
    expect(
      placements.data!.placementAggregate.groups.map((g) => [g.key.staffRole, g.count, Math.round(g.fte! * 100)]),
    ).toEqual(expected.map((e) => [e.role, Number(e.n), Math.round(Number(e.fte) * 100)]));
  });

  it('groups gaps as the national list counts them', async () => {
    const { data } = await hub.exec(AnalystGapAggregateDocument, { groupBy: ['SEVERITY', 'KIND'], asOf: ASOF });
    const list = await hub.exec(AnalystNationalGapsDocument, { asOf: ASOF, first: 0 });
    expect(data!.gapAggregate.total).toBe(list.data!.nationalGaps.totalCount);
    const counts = new Map(list.data!.nationalGaps.countsByKind.map((c) => [c.kind, c.count]));
    for (const g of data!.gapAggregate.groups) expect(g.count).toBe(counts.get(g.key.gapKind!));
  });

  it("groups gaps by the criterion and the agency type they concern, as the national list's nodes show them", async () => {
    // Every gap, with the criterion or agency type its node carries (paged, 100 at a time).
    const expected = new Map<string, number>();
    let after: string | null | undefined;
    do {
      const { data, errors } = await hub.exec(AnalystGapSubjectsDocument, { asOf: ASOF, first: 100, after });
      expect(errors).toBeUndefined();
      for (const g of data!.nationalGaps.nodes) {
        const n = g.node as {
          code?: string;
          criterion?: { code: string };
          agencyType?: string;
          agency?: { type: string };
          type?: string;
        };
        const key = JSON.stringify([
          n.code ?? n.criterion?.code ?? null,
          n.agencyType ?? n.agency?.type ?? n.type ?? null,
        ]);
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      after = data!.nationalGaps.pageInfo.hasNextPage ? data!.nationalGaps.pageInfo.endCursor : null;
    } while (after);
    const { data, errors } = await hub.exec(AnalystGapAggregateDocument, {
      groupBy: ['CRITERION', 'AGENCY_TYPE'],
      asOf: ASOF,
    });
    expect(errors).toBeUndefined();
    const got = new Map(
      data!.gapAggregate.groups.map((g) => [
        JSON.stringify([g.key.criterionCode ?? null, g.key.agencyType ?? null]),
        g.count,
      ]),
    );
    expect(got).toEqual(expected);
    // Both kinds of subject are present, so neither dimension is vacuous.
    expect(data!.gapAggregate.groups.some((g) => g.key.criterionCode)).toBe(true);
    expect(data!.gapAggregate.groups.some((g) => g.key.agencyType)).toBe(true);
  });

  it('refuses a dimension an aggregate does not accept, and counts only what a PARTNER may see', async () => {
    expectError(
      (await hub.exec(AnalystPlacementAggregateDocument, { groupBy: ['CRITERION'] })).errors,
      'BAD_USER_INPUT',
    );
    expectError(
      (await hub.exec(AnalystPartnershipAggregateDocument, { groupBy: ['REGION'], filter: { regions: ['Atlantis'] } }))
        .errors,
      'BAD_USER_INPUT',
    );
    const [{ agencyId }] = await sql<{ agencyId: number | string }>(
      `SELECT p."agencyId" FROM partnership p JOIN agency a ON a.id = p."agencyId" WHERE a.name = 'Fixture CAMHS'`,
    );
    const partner = { name: 'partner', role: Role.PARTNER, yotId: null, agencyId: Number(agencyId) };
    const { data } = await hub.exec(AnalystEvidenceAggregateDocument, { groupBy: ['YOT'] }, partner);
    expect(data!.evidenceAggregate.groups.map((g) => g.key.yot!.code)).toEqual([]);
    const partnerships = await hub.exec(AnalystPartnershipAggregateDocument, { groupBy: ['YOT'] }, partner);
    expect(partnerships.data!.partnershipAggregate.groups.map((g) => [g.key.yot!.code, g.count])).toEqual([
      ['A0000001', 3],
    ]);
  });
});

describe('aggregate cost', () => {
  let hub: TestHub;
  let base: string;
  beforeAll(async () => {
    hub = await startTestHub();
    base = await listen(hub);
  });
  afterAll(() => hub?.close());

  it("charges an aggregate's groups as a full page of 100, and the total alone as one object", async () => {
    const cost = async (query: string) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as {
        errors?: unknown;
        extensions: { cost: { requestedQueryCost: number } };
      };
      expect(body.errors).toBeUndefined();
      return body.extensions.cost.requestedQueryCost;
    };
    expect(await cost('{ evidenceAggregate(groupBy: [REVIEW_STATE]) { total } }')).toBe(1);
    // 1 (the aggregate) + 1 (groups) + 100 × 1 (each group's key object); scalars are free.
    expect(
      await cost('{ evidenceAggregate(groupBy: [REVIEW_STATE]) { total groups { count key { reviewState } } } }'),
    ).toBe(1 + 1 + 100 * 1);
    // Without the rule the groups would be charged as an unpaged list of 10.
    expect(await cost('{ evidenceAggregate(groupBy: [YOT]) { groups { key { yot { code } } } } }')).toBe(
      1 + 1 + 100 * (1 + 1),
    );
  });
});
