import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpRevision } from '../src/db/revision';
import { Role } from '../src/modules/auth/roles';
import { PlacementArrangement, StaffRole } from '../src/modules/partnership/partnership.enums';
import { StaffPlacement } from '../src/modules/partnership/staff-placement.entity';
import {
  AnalystAgreementAggregateDocument,
  AnalystAgreementsDocument,
  AnalystPlacementAggregateDocument,
  AnalystPlacementsDocument,
  AnalystYotCoverageNumbersDocument,
  AnalystYotsDocument,
  type AgreementAggregateFilter,
  type AgreementOrder,
  type PlacementAggregateFilter,
  type PlacementOrder,
  type YotOrderField,
} from './generated/graphql';
import { addLondonFixture, LONDON_FIXTURE } from './support/analyst-fixture';
import { expectError } from './support/expect';
import { startTestHub, TestHub } from './support/hub';
import { globalId } from './support/ids';

const ASOF = LONDON_FIXTURE.asOf;
const FIXTURE = ['A0000001', 'A0000002', 'A0000003', 'A0000004', 'A0000005', 'A0000006'];
const HEALTH = ['HEALTH_COMMISSIONER', 'NHS_TRUST', 'CAMHS', 'LIAISON_AND_DIVERSION'] as const;

/**
 * Four placements in the London fixture's YOTs, each testing a side of the placement filters on 2026-06-30:
 * A1 a seconded police officer (1.0 FTE, running) and a co-located health worker (0.5, ended 2025-12-31);
 * A2 a speech and language therapist whose employer no source names (no partnership, no dates, FTE unknown);
 * A6 (North West) a seconded police officer (0.8, from 2026-02-01).
 */
async function addPlacementFixture(hub: TestHub): Promise<void> {
  await hub.dataSource.transaction(async (db) => {
    await bumpRevision(db);
    const partnership = async (code: string, agency: string) =>
      Number(
        (
          await db.query(
            `SELECT p.id FROM partnership p JOIN yot y ON y.id = p."yotId" JOIN agency a ON a.id = p."agencyId" WHERE y.code = '${code}' AND a.name = '${agency}'`,
          )
        )[0].id,
      );
    const yot = async (code: string) => Number((await db.query(`SELECT id FROM yot WHERE code = '${code}'`))[0].id);
    const repo = db.getRepository(StaffPlacement);
    await repo.save([
      repo.create({
        yotId: await yot('A0000001'),
        partnershipId: await partnership('A0000001', 'Fixture Metropolitan Police'),
        role: StaffRole.POLICE_OFFICER,
        arrangement: PlacementArrangement.SECONDED,
        fte: 1,
        startedOn: '2024-04-01',
        endedOn: null,
      }),
      repo.create({
        yotId: await yot('A0000001'),
        partnershipId: await partnership('A0000001', 'Fixture Mental Health NHS Trust'),
        role: StaffRole.HEALTH_WORKER,
        arrangement: PlacementArrangement.CO_LOCATED,
        fte: 0.5,
        startedOn: '2025-01-01',
        endedOn: '2025-12-31',
      }),
      repo.create({
        yotId: await yot('A0000002'),
        partnershipId: null,
        role: StaffRole.SPEECH_AND_LANGUAGE_THERAPIST,
        arrangement: PlacementArrangement.EMPLOYER_UNKNOWN,
        fte: null,
        startedOn: null,
        endedOn: null,
      }),
      repo.create({
        yotId: await yot('A0000006'),
        partnershipId: await partnership('A0000006', 'Fixture Metropolitan Police'),
        role: StaffRole.POLICE_OFFICER,
        arrangement: PlacementArrangement.SECONDED,
        fte: 0.8,
        startedOn: '2026-02-01',
        endedOn: null,
      }),
    ]);
  });
}

describe('root agreements and placements connections', () => {
  let hub: TestHub;
  let police: string;
  let camhsPartner: { name: string; role: Role; yotId: null; agencyId: number };
  beforeAll(async () => {
    hub = await startTestHub();
    await addLondonFixture(hub.dataSource);
    await addPlacementFixture(hub);
    police = await globalId(hub.dataSource, 'Agency', 'agency', `name = 'Fixture Metropolitan Police'`);
    const [{ id }] = await hub.dataSource.query(`SELECT id FROM agency WHERE name = 'Fixture CAMHS'`);
    camhsPartner = { name: 'camhs', role: Role.PARTNER, yotId: null, agencyId: Number(id) };
  }, 120_000);
  afterAll(() => hub?.close());

  const agreements = async (
    filter: AgreementAggregateFilter,
    orderBy?: AgreementOrder[],
    extra: Record<string, unknown> = {},
  ) => {
    const { data, errors } = await hub.exec(AnalystAgreementsDocument, { filter, orderBy, asOf: ASOF, ...extra });
    expect(errors).toBeUndefined();
    return data!.agreements;
  };
  const yotsOf = (page: { nodes: { yot: { code: string } }[] }) => page.nodes.map((n) => n.yot.code);

  it('filters agreements by YOT, region, nation, status, in force on a date, party type and party, and date ranges', async () => {
    expect((await agreements({ yotCodes: FIXTURE })).totalCount).toBe(4);
    expect(yotsOf(await agreements({ yotCodes: FIXTURE, inForce: true }, [{ field: 'TITLE' }]))).toEqual([
      'A0000001',
      'A0000002',
    ]);
    expect(yotsOf(await agreements({ yotCodes: FIXTURE, inForce: false }, [{ field: 'TITLE' }]))).toEqual([
      'A0000003',
      'A0000004',
    ]);
    expect(yotsOf(await agreements({ yotCodes: FIXTURE, partyTypes: [...HEALTH] }, [{ field: 'TITLE' }]))).toEqual([
      'A0000001',
      'A0000003',
      'A0000004',
    ]);
    expect(yotsOf(await agreements({ partyIds: [police] }))).toEqual(['A0000002']);
    expect(yotsOf(await agreements({ yotCodes: FIXTURE, statuses: ['EXPIRED', 'TERMINATED'] }))).toEqual(['A0000003']);
    // Review due by the end of 2026: only A4's (31 March); A3's has no date and never matches a range.
    expect(yotsOf(await agreements({ yotCodes: FIXTURE, reviewDue: { to: '2026-12-31' } }))).toEqual(['A0000004']);
    expect(
      (await agreements({ yotCodes: FIXTURE, signedOn: { from: '2025-01-01', to: '2025-01-01' } })).totalCount,
    ).toBe(4);
    expect((await agreements({ yotCodes: FIXTURE, signedOn: { from: '2025-01-02' } })).totalCount).toBe(0);
    expect((await agreements({ yotCodes: FIXTURE, regions: ['  london '], nations: ['ENGLAND'] })).totalCount).toBe(4);
    const inForce = await agreements({ yotCodes: FIXTURE, inForce: true });
    expect(inForce.nodes.every((n) => n.isCurrent)).toBe(true);
  });

  it('orders agreements by review date (undated last) and pages through that order with keyset cursors', async () => {
    const ordered = await agreements({ yotCodes: FIXTURE }, [{ field: 'REVIEW_DUE', direction: 'ASC' }]);
    expect(ordered.nodes.map((n) => [n.yot.code, n.reviewDue])).toEqual([
      ['A0000004', '2026-03-31'],
      ['A0000001', '2027-01-01'],
      ['A0000002', '2027-01-01'],
      ['A0000003', null],
    ]);
    const paged: string[] = [];
    let after: string | null | undefined;
    do {
      const page = await agreements({}, [{ field: 'SIGNED_ON', direction: 'DESC' }], { first: 2, after });
      paged.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const all = await agreements({}, [{ field: 'SIGNED_ON', direction: 'DESC' }]);
    expect(paged).toEqual(all.nodes.map((n) => n.id));
    // The seeded YOTs record no agreements: the fixture's four are all there are.
    expect(all.totalCount).toBe(4);
  });

  it('counts the same agreements as agreementAggregate, and refuses an unknown region or a party id of another type', async () => {
    for (const filter of [
      {},
      { yotCodes: FIXTURE, inForce: true },
      { partyTypes: [...HEALTH] },
    ] as AgreementAggregateFilter[]) {
      const aggregate = await hub.exec(AnalystAgreementAggregateDocument, { filter, groupBy: [], asOf: ASOF });
      expect((await agreements(filter)).totalCount).toBe(aggregate.data!.agreementAggregate.total);
    }
    expectError(
      (await hub.exec(AnalystAgreementsDocument, { filter: { regions: ['Mercia'] } })).errors,
      'BAD_USER_INPUT',
    );
    const yot = await globalId(hub.dataSource, 'Yot', 'yot', `code = 'A0000001'`);
    expectError((await hub.exec(AnalystAgreementsDocument, { filter: { partyIds: [yot] } })).errors, 'BAD_USER_INPUT');
  });

  const placements = async (
    filter: PlacementAggregateFilter,
    orderBy?: PlacementOrder[],
    extra: Record<string, unknown> = {},
  ) => {
    const { data, errors } = await hub.exec(AnalystPlacementsDocument, {
      filter: { yotCodes: FIXTURE, ...filter },
      orderBy,
      asOf: ASOF,
      ...extra,
    });
    expect(errors).toBeUndefined();
    return data!.placements;
  };
  const roles = (page: { nodes: { yot: { code: string }; role: string }[] }) =>
    page.nodes.map((n) => `${n.yot.code} ${n.role}`);

  it('filters placements by running on a date, role, arrangement, employer type and employer, region and date ranges', async () => {
    // Default order: latest start first, undated last.
    expect(roles(await placements({}))).toEqual([
      'A0000006 POLICE_OFFICER',
      'A0000001 HEALTH_WORKER',
      'A0000001 POLICE_OFFICER',
      'A0000002 SPEECH_AND_LANGUAGE_THERAPIST',
    ]);
    expect(roles(await placements({ running: true }))).toEqual([
      'A0000006 POLICE_OFFICER',
      'A0000001 POLICE_OFFICER',
      'A0000002 SPEECH_AND_LANGUAGE_THERAPIST',
    ]);
    expect(roles(await placements({ running: false }))).toEqual(['A0000001 HEALTH_WORKER']);
    expect(roles(await placements({ roles: ['POLICE_OFFICER'], regions: ['north west'] }))).toEqual([
      'A0000006 POLICE_OFFICER',
    ]);
    expect(roles(await placements({ arrangements: ['EMPLOYER_UNKNOWN'] }))).toEqual([
      'A0000002 SPEECH_AND_LANGUAGE_THERAPIST',
    ]);
    expect(roles(await placements({ agencyTypes: ['NHS_TRUST'] }))).toEqual(['A0000001 HEALTH_WORKER']);
    expect(roles(await placements({ agencyIds: [police] }))).toEqual([
      'A0000006 POLICE_OFFICER',
      'A0000001 POLICE_OFFICER',
    ]);
    expect(roles(await placements({ startedOn: { from: '2025-01-01' } }))).toEqual([
      'A0000006 POLICE_OFFICER',
      'A0000001 HEALTH_WORKER',
    ]);
    expect(roles(await placements({ endedOn: { from: '2025-12-01', to: '2025-12-31' } }))).toEqual([
      'A0000001 HEALTH_WORKER',
    ]);
    const unnamed = (await placements({ arrangements: ['EMPLOYER_UNKNOWN'] })).nodes[0];
    expect([unnamed.partnership, unnamed.agency, unnamed.fte, unnamed.startedOn]).toEqual([null, null, null, null]);
  });

  it('orders placements by FTE (unknown last) and pages through it, counting what placementAggregate counts', async () => {
    const byFte = await placements({}, [{ field: 'FTE', direction: 'DESC' }]);
    expect(byFte.nodes.map((n) => n.fte)).toEqual([1, 0.8, 0.5, null]);
    const paged: (number | null)[] = [];
    let after: string | null | undefined;
    do {
      const page = await placements({}, [{ field: 'FTE', direction: 'DESC' }], { first: 1, after });
      paged.push(...page.nodes.map((n) => n.fte ?? null));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual([1, 0.8, 0.5, null]);
    for (const filter of [
      { yotCodes: FIXTURE },
      { running: true },
      { agencyTypes: ['POLICE'] },
    ] as PlacementAggregateFilter[]) {
      const aggregate = await hub.exec(AnalystPlacementAggregateDocument, { filter, groupBy: [], asOf: ASOF });
      const list = await hub.exec(AnalystPlacementsDocument, { filter, asOf: ASOF, first: 0 });
      expect(list.data!.placements.totalCount).toBe(aggregate.data!.placementAggregate.total);
    }
  });

  it('shows a PARTNER only the agreements and placements of YOTs its agency partners with', async () => {
    // Fixture CAMHS partners with A0000001 only.
    const a = await hub.exec(AnalystAgreementsDocument, {}, camhsPartner);
    expect(yotsOf(a.data!.agreements)).toEqual(['A0000001']);
    const p = await hub.exec(AnalystPlacementsDocument, {}, camhsPartner);
    expect(roles(p.data!.placements)).toEqual(['A0000001 HEALTH_WORKER', 'A0000001 POLICE_OFFICER']);
  });

  it("loads a page's YOTs, parties, partnerships and employers in a fixed number of statements, however long the page", async () => {
    const small = await hub.count(AnalystAgreementsDocument, { first: 1 });
    const large = await hub.count(AnalystAgreementsDocument, { first: 100 });
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!.agreements.nodes.length).toBe(4);
    expect(large.statements).toBe(small.statements);
    // Page and count, then one batch each for the YOTs, the party links and the agencies.
    expect(large.statements).toBeLessThanOrEqual(5);
    const smallP = await hub.count(AnalystPlacementsDocument, { first: 1 });
    const largeP = await hub.count(AnalystPlacementsDocument, { first: 100 });
    expect(largeP.result.data!.placements.nodes.length).toBeGreaterThan(4);
    expect(largeP.statements).toBe(smallP.statements);
    // Page and count, then one batch each for the YOTs, the partnerships and the agencies.
    expect(largeP.statements).toBeLessThanOrEqual(5);
  });
});

describe('yots ordered by each coverage number', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await addLondonFixture(hub.dataSource);
    await addPlacementFixture(hub);
  }, 120_000);
  afterAll(() => hub?.close());

  /** Each YOT's number for an ordering, worked out from what `coverage` shows: ratios in 1/10000, null for 0/0. */
  const expectedKeys = async (): Promise<Map<string, Record<string, number | null>>> => {
    const { data, errors } = await hub.exec(AnalystYotCoverageNumbersDocument, { asOf: ASOF });
    expect(errors).toBeUndefined();
    expect(data!.coverage.pageInfo.hasNextPage).toBe(false);
    const per10000 = (r: { numerator: number; denominator: number } | undefined) =>
      r!.denominator ? Math.floor((10000 * r!.numerator) / r!.denominator) : null;
    return new Map(
      data!.coverage.nodes.map((c) => {
        const ratio = (kind: string) => per10000(c.ratios.find((r) => r.kind === kind));
        return [
          c.yot.code,
          {
            PARTNER_COVERAGE: ratio('PARTNER'),
            KNOWN_PARTNER_COVERAGE: ratio('KNOWN_PARTNER'),
            STATUTORY_PARTNER_COVERAGE: ratio('STATUTORY_PARTNER'),
            CO_LOCATION: ratio('CO_LOCATION'),
            AGREEMENT_COVERAGE: ratio('AGREEMENT'),
            CRITERIA_WITH_EVIDENCE: c.criteriaWithEvidence,
            CRITERIA_EVIDENCED_BY_TWO_OR_MORE_AGENCY_TYPES: c.criteriaEvidencedByTwoOrMoreAgencyTypes,
          },
        ];
      }),
    );
  };

  const fields: YotOrderField[] = [
    'PARTNER_COVERAGE',
    'KNOWN_PARTNER_COVERAGE',
    'STATUTORY_PARTNER_COVERAGE',
    'CO_LOCATION',
    'AGREEMENT_COVERAGE',
    'CRITERIA_WITH_EVIDENCE',
    'CRITERIA_EVIDENCED_BY_TWO_OR_MORE_AGENCY_TYPES',
  ];

  it.each(fields)(
    'orders by %s in the order coverage gives, missing values last, ties by id, both ways and across pages',
    async (field) => {
      const keys = await expectedKeys();
      const ids = new Map<string, number>(
        (await hub.dataSource.query<{ id: number | string; code: string }[]>('SELECT id, code FROM yot')).map((r) => [
          r.code,
          Number(r.id),
        ]),
      );
      for (const direction of ['ASC', 'DESC'] as const) {
        const sign = direction === 'ASC' ? 1 : -1;
        // Missing values last in either direction, as every nullable ordering in the hub; ties by row id, ascending.
        const expected = [...keys.keys()].sort((a, b) => {
          const [x, y] = [keys.get(a)![field], keys.get(b)![field]];
          if (x !== y) return x == null ? 1 : y == null ? -1 : sign * (x - y);
          return sign * (ids.get(a)! - ids.get(b)!);
        });
        const { data, errors } = await hub.exec(AnalystYotsDocument, {
          filter: { asOf: ASOF },
          orderBy: [{ field, direction }],
        });
        expect(errors).toBeUndefined();
        expect(data!.yots.nodes.map((y) => y.code)).toEqual(expected);
        const paged: string[] = [];
        let after: string | null | undefined;
        do {
          const page = await hub.exec(AnalystYotsDocument, {
            filter: { asOf: ASOF },
            orderBy: [{ field, direction }],
            first: 3,
            after,
          });
          paged.push(...page.data!.yots.nodes.map((y) => y.code));
          after = page.data!.yots.pageInfo.hasNextPage ? page.data!.yots.pageInfo.endCursor : null;
        } while (after);
        expect(paged).toEqual(expected);
      }
    },
  );

  it('has YOTs that differ on every number, so the orderings above are not vacuous', async () => {
    const keys = [...(await expectedKeys()).values()];
    for (const field of fields) expect(new Set(keys.map((k) => k[field])).size, field).toBeGreaterThan(1);
  });
});
