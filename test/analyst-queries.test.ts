import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths';
import { loadSynthetic } from '../src/seed/synthetic/national';
import {
  AnalystAgenciesDocument,
  AnalystAssessmentsDocument,
  AnalystPartnershipsDocument,
  AnalystCriterionCountsDocument,
  AnalystEvidenceCountDocument,
  AnalystEvidenceTitlesDocument,
  AnalystRegionsDocument,
  AnalystYotCoverageDocument,
  AnalystViewIdsDocument,
  AnalystYotsDocument,
  type EvidenceFilter,
  type YotFilter,
  type YotOrder,
} from './generated/graphql';
import { addLondonFixture, LONDON_FIXTURE } from './support/analyst-fixture';
import { expectError } from './support/expect';
import { listen, startTestHub, TestHub } from './support/hub';

/** Analysts' filters on the seeded YOTs plus a small synthetic national dataset (3 YOTs). */
describe("analysts' filters", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await loadSynthetic(hub.dataSource, { scale: 0.02, seed: 42 });
  }, 120_000);
  afterAll(() => hub?.close());

  const count = async (filter: EvidenceFilter) => {
    const { data, errors } = await hub.exec(AnalystEvidenceCountDocument, { filter });
    expect(errors).toBeUndefined();
    return data!.evidence.totalCount;
  };

  it('evidence(countable, currentOn) counts exactly what criterion coverage counts, for every YOT × criterion', async () => {
    const yots: { code: string }[] = await hub.dataSource.query('SELECT code FROM yot ORDER BY code');
    expect(yots.length).toBeGreaterThanOrEqual(5);
    let compared = 0;
    let differsFromAll = 0;
    for (const asOf of ['2024-06-30', '2026-09-30']) {
      for (const { code } of yots) {
        const { data } = await hub.exec(AnalystCriterionCountsDocument, { yotCode: code, asOf });
        for (const row of data!.criterionCoverage!) {
          const filter = { yotCodes: [code], criterionCodes: [row.criterion.code] };
          expect(
            await count({ ...filter, countable: true, currentOn: asOf }),
            `${code} ${row.criterion.code} ${asOf}`,
          ).toBe(row.evidenceCount);
          if ((await count(filter)) !== row.evidenceCount) differsFromAll++;
          compared++;
        }
      }
    }
    expect(compared).toBe(yots.length * 10 * 2);
    // The filter matters: without it the counts disagree somewhere (withdrawn, rejected, expired or future items).
    expect(differsFromAll).toBeGreaterThan(0);
  });

  it('countable: false is the complement, and currentOn alone means countable on that day', async () => {
    const filter = { yotCodes: ['E08000011'] };
    const all = await count(filter);
    const yes = await count({ ...filter, countable: true, currentOn: '2024-06-30' });
    const no = await count({ ...filter, countable: false, currentOn: '2024-06-30' });
    expect(yes + no).toBe(all);
    expect(await count({ ...filter, currentOn: '2024-06-30' })).toBe(yes);
  });

  it('filters recordedAt, reviewedAt, expiresOn and occurredOn by inclusive day ranges', async () => {
    const [{ recorded }] = await hub.dataSource.query(
      `SELECT "recordedAt" AS recorded FROM evidence ORDER BY id LIMIT 1`,
    );
    const day = new Date(recorded).toISOString().slice(0, 10);
    const onDay = await count({ recordedAt: { from: day, to: day } });
    const [{ n }] = await hub.dataSource.query(`SELECT COUNT(*) AS n FROM evidence`);
    expect(onDay).toBeGreaterThan(0);
    expect((await count({ recordedAt: { to: day } })) + (await count({ recordedAt: { from: nextDay(day) } }))).toBe(
      Number(n),
    );
    // Set a few dates by hand and find exactly those.
    await hub.dataSource.query(
      `UPDATE evidence SET "recordedAt" = '2020-01-15 10:00:00', "reviewedAt" = '2020-02-01 23:59:00' WHERE id IN (1, 2)`,
    );
    await hub.dataSource.query(`UPDATE evidence SET "expiresOn" = '2030-12-31' WHERE id = 3`);
    expect(await count({ recordedAt: { to: '2020-01-15' } })).toBe(2);
    expect(await count({ recordedAt: { from: '2020-01-15', to: '2020-01-15' } })).toBe(2);
    expect(await count({ recordedAt: { to: '2020-01-14' } })).toBe(0);
    expect(await count({ reviewedAt: { from: '2020-02-01', to: '2020-02-01' } })).toBe(2);
    expect(await count({ expiresOn: { from: '2030-12-31' } })).toBe(1);
    const occurred = await count({ occurredOn: { from: '2024-01-01', to: '2024-12-31' } });
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated occurredFrom/occurredTo must keep working until removed
    expect(occurred).toBe(await count({ occurredFrom: '2024-01-01', occurredTo: '2024-12-31' }));
  });

  it('refuses a range whose from is after its to', async () => {
    const result = await hub.exec(AnalystEvidenceTitlesDocument, {
      filter: { recordedAt: { from: '2024-02-01', to: '2024-01-01' } },
    });
    expect(expectError(result.errors, 'BAD_USER_INPUT').message).toMatch(/recordedAt\.from/);
  });
});

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe("analysts' YOT and agency filters and orderings", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await addLondonFixture(hub.dataSource);
  }, 120_000);
  afterAll(() => hub?.close());

  const codes = async (filter: YotFilter, orderBy?: YotOrder[]) => {
    const { data, errors } = await hub.exec(AnalystYotsDocument, { filter, orderBy });
    expect(errors).toBeUndefined();
    return data!.yots.nodes.map((y) => y.code);
  };

  it('matches regions in any case, lists the reference regions, and refuses an unknown region', async () => {
    const london = await codes({ regions: ['London'] });
    expect(london).toContain('E09000003'); // Barnet
    expect(await codes({ regions: ['  LONDON '] })).toEqual(london);
    expect(await codes({ regions: ['north west'] })).toEqual(await codes({ regions: ['North West'] }));
    const result = await hub.exec(AnalystYotsDocument, { filter: { regions: ['Londres'] } });
    expect(expectError(result.errors, 'BAD_USER_INPUT').message).toMatch(/"Londres" is not a region.*North East/);
    const { data } = await hub.exec(AnalystRegionsDocument);
    expect(data!.regions.filter((r) => r.reference).map((r) => r.name)).toHaveLength(10);
    expect(data!.regions.find((r) => r.name === 'Wales')).toMatchObject({
      id: 'Region:Wales',
      nation: 'WALES',
      reference: true,
    });
    // A region with no YOT yet is still a region: it matches nothing rather than failing.
    expect(await codes({ regions: ['South West'] })).toEqual([]);
    expect(await codes({ nations: ['WALES'] })).toEqual([]);
  });

  it('filters YOTs by agreements in force with agencies of given types, on a date', async () => {
    const health = ['HEALTH_COMMISSIONER', 'NHS_TRUST', 'CAMHS', 'LIAISON_AND_DIVERSION'] as const;
    const lacking = await codes({
      regions: ['London'],
      lacksAgreementInForceWith: [...health],
      asOf: LONDON_FIXTURE.asOf,
    });
    const barnetHasOne =
      (await codes({ codes: ['E09000003'], hasAgreementInForceWith: [...health], asOf: LONDON_FIXTURE.asOf }))
        .length === 1;
    expect(lacking.filter((c) => c.startsWith('A'))).toEqual(LONDON_FIXTURE.lackingHealthAgreement);
    expect(lacking.includes('E09000003')).toBe(!barnetHasOne);
    expect(
      await codes({ codes: ['A0000001', 'A0000002'], hasAgreementInForceWith: [...health], asOf: LONDON_FIXTURE.asOf }),
    ).toEqual(['A0000001']);
    // Before A0000004's agreement was past review it was in force.
    expect(
      await codes({ codes: ['A0000004'], hasAgreementInForceWith: ['HEALTH_COMMISSIONER'], asOf: '2026-01-01' }),
    ).toEqual(['A0000004']);
  });

  it('orders agencies by how many YOTs they partner with today, and pages through that order', async () => {
    const { data } = await hub.exec(AnalystAgenciesDocument, {
      orderBy: [{ field: 'ACTIVE_PARTNER_YOT_COUNT', direction: 'DESC' }],
      first: 3,
    });
    expect(data!.agencies.nodes.slice(0, 2)).toEqual([
      { name: 'Fixture Metropolitan Police', type: 'POLICE', activePartnerYotCount: 6 },
      { name: 'Fixture Mental Health NHS Trust', type: 'NHS_TRUST', activePartnerYotCount: 3 },
    ]);
    const all: number[] = [];
    let after: string | null | undefined;
    do {
      const page = await hub.exec(AnalystAgenciesDocument, {
        orderBy: [{ field: 'ACTIVE_PARTNER_YOT_COUNT', direction: 'DESC' }],
        first: 7,
        after,
      });
      expect(page.errors).toBeUndefined();
      all.push(...page.data!.agencies.nodes.map((a) => a.activePartnerYotCount));
      after = page.data!.agencies.pageInfo.hasNextPage ? page.data!.agencies.pageInfo.endCursor : null;
    } while (after);
    expect(all).toHaveLength((await hub.exec(AnalystAgenciesDocument, { first: 0 })).data!.agencies.totalCount);
    expect(all).toEqual([...all].sort((a, b) => b - a));
    const busy = await hub.exec(AnalystAgenciesDocument, { filter: { minActivePartnerYots: 3 } });
    expect(busy.data!.agencies.nodes.map((a) => a.name).sort()).toEqual([
      'Fixture Mental Health NHS Trust',
      'Fixture Metropolitan Police',
    ]);
    const parties = await hub.exec(AnalystAgenciesDocument, { filter: { agreementPartyOfYotCodes: ['a0000003'] } });
    expect(parties.data!.agencies.nodes.map((a) => a.name)).toEqual(['Fixture CAMHS']);
    const active = await hub.exec(AnalystAgenciesDocument, { filter: { activePartnerOfYotCodes: ['A0000004'] } });
    expect(active.data!.agencies.nodes.map((a) => a.name)).toEqual(['Fixture Metropolitan Police']);
  });

  it('filters assessments by kind, region and decision or validity date ranges', async () => {
    const all = (await hub.exec(AnalystAssessmentsDocument, {})).data!.assessments.nodes;
    expect(all.length).toBeGreaterThan(0);
    const ask = async (filter: Record<string, unknown>) => {
      const { data, errors } = await hub.exec(AnalystAssessmentsDocument, { filter });
      expect(errors).toBeUndefined();
      return data!.assessments.nodes;
    };
    const decided = all
      .filter((a) => a.decidedOn)
      .map((a) => a.decidedOn!)
      .sort();
    const [from, to] = [decided[0], decided[decided.length - 1]];
    expect((await ask({ decidedOn: { from, to } })).length).toBe(decided.length);
    expect((await ask({ decidedOn: { from: to, to } })).every((a) => a.decidedOn === to)).toBe(true);
    expect((await ask({ regions: ['london'] })).map((a) => a.yot.code)).toEqual(
      all.filter((a) => a.yot.code === 'E09000003').map((a) => a.yot.code),
    );
    for (const kind of ['INITIAL', 'REDESIGNATION'] as const)
      expect((await ask({ kinds: [kind] })).length).toBe(all.filter((a) => a.kind === kind).length);
    const valid = all.filter((a) => a.validUntil && a.validUntil >= '2025-01-01');
    expect((await ask({ validUntil: { from: '2025-01-01' } })).length).toBe(valid.length);
    expectError(
      (await hub.exec(AnalystAssessmentsDocument, { filter: { decidedOn: { from: '2025-01-01', to: '2024-01-01' } } }))
        .errors,
      'BAD_USER_INPUT',
    );
  });

  it('lists partnerships with date ranges, enum sets, active-on-a-date and region filters, paged in date order', async () => {
    const ask = async (variables: Record<string, unknown>) => {
      const { data, errors } = await hub.exec(AnalystPartnershipsDocument, variables);
      expect(errors).toBeUndefined();
      return data!.partnerships;
    };
    const fixture = ['A0000001', 'A0000002', 'A0000003', 'A0000004', 'A0000005', 'A0000006'];
    expect((await ask({ filter: { yotCodes: fixture } })).totalCount).toBe(6 + 4 + 1);
    expect(
      (await ask({ filter: { yotCodes: fixture, agencyTypes: ['NHS_TRUST'], active: true }, asOf: '2026-06-30' }))
        .totalCount,
    ).toBe(3);
    expect(
      (
        await ask({
          filter: { yotCodes: fixture, statuses: ['ENDED'], endedOn: { from: '2025-03-31', to: '2025-03-31' } },
        })
      ).nodes.map((p) => p.yot.code),
    ).toEqual(['A0000004']);
    expect(
      (await ask({ filter: { yotCodes: fixture, regions: ['NORTH WEST'] } })).nodes.map((p) => p.agency.name),
    ).toEqual(['Fixture Metropolitan Police']);
    const all = await ask({ orderBy: [{ field: 'STARTED_ON', direction: 'ASC' }], first: 100 });
    const paged: string[] = [];
    let after: string | null | undefined;
    do {
      const page = await ask({ orderBy: [{ field: 'STARTED_ON', direction: 'ASC' }], first: 4, after });
      paged.push(...page.nodes.map((p) => `${p.yot.code} ${p.agency.name}`));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(all.nodes.map((p) => `${p.yot.code} ${p.agency.name}`));
    const dated = all.nodes.filter((p) => p.startedOn).map((p) => p.startedOn!);
    expect(dated).toEqual([...dated].sort());
  });

  it('orders YOTs by their partner coverage ratio, as coverage computes it', async () => {
    const order = [{ field: 'PARTNER_COVERAGE' as const, direction: 'DESC' as const }];
    const ordered = await codes({}, order);
    const { data } = await hub.exec(AnalystYotCoverageDocument, { codes: ordered });
    const ratio = new Map(
      data!.coverage.nodes.map((c) => {
        const r = c.ratios.find((x) => x.kind === 'PARTNER')!;
        return [c.yot.code, r.denominator ? Math.floor((10000 * r.numerator) / r.denominator) : -1];
      }),
    );
    const ratios = ordered.map((c) => ratio.get(c)!);
    expect(ratios).toEqual([...ratios].sort((a, b) => b - a));
    expect(new Set(ratios).size).toBeGreaterThan(1);
    // Paging in that order visits every YOT once.
    const paged: string[] = [];
    let after: string | null | undefined;
    do {
      const page = await hub.exec(AnalystYotsDocument, { orderBy: order, first: 3, after });
      paged.push(...page.data!.yots.nodes.map((y) => y.code));
      after = page.data!.yots.pageInfo.hasNextPage ? page.data!.yots.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(ordered);
  });
});

describe('ids of view types, for client caches', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub?.close());

  it('gives coverage rows, criterion coverage rows and gaps ids that are unique, stable, and differ by date', async () => {
    const ask = async (asOf: string) => {
      const { data, errors } = await hub.exec(AnalystViewIdsDocument, { yotCode: 'E08000011', asOf });
      expect(errors).toBeUndefined();
      return [
        ...data!.criterionCoverage!.map((c) => c.id),
        ...data!.coverage.nodes.map((c) => c.id),
        ...data!.nationalGaps.nodes.map((g) => g.id),
      ];
    };
    const first = await ask('2024-06-30');
    expect(first.length).toBeGreaterThan(11);
    expect(new Set(first).size).toBe(first.length);
    expect(await ask('2024-06-30')).toEqual(first);
    const later = await ask('2025-06-30');
    expect(
      later
        .filter((id) => id.startsWith('YotCoverage') || id.startsWith('CriterionCoverage'))
        .some((id) => first.includes(id)),
    ).toBe(false);
  });
});

describe('the README\'s "Asking questions" examples', () => {
  let hub: TestHub;
  let base: string;
  beforeAll(async () => {
    hub = await startTestHub();
    base = await listen(hub);
  });
  afterAll(() => hub?.close());

  it('run without errors as pasted', async () => {
    const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Asking questions'),
      readme.indexOf('## For analysts and integrators'),
    );
    // Subscriptions go over graphql-ws (test/feed.test.ts runs them); every other example must run over HTTP.
    const examples = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)]
      .map((m) => m[1])
      .filter((q) => !/^\s*subscription\b/.test(q));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const query of examples) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      expect(body.errors, query).toBeUndefined();
      expect(body.data).toBeTruthy();
    }
  });
});
