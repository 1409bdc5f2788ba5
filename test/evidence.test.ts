import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/relay';
import {
  CriterionTrailDocument,
  EvidenceDetailDocument,
  EvidenceListDocument,
  type EvidenceListQueryVariables,
  YotEvidenceDocument,
} from './generated/graphql';
import { expectError } from './support/expect';
import { addSyntheticYots } from './support/fixtures';
import { startTestHub, TestHub } from './support/hub';

describe('evidence', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await addSyntheticYots(hub.dataSource, 4);
  });
  afterAll(() => hub.close());

  const titles = async (variables: EvidenceListQueryVariables) => {
    const { data, errors } = await hub.exec(EvidenceListDocument, { first: 100, ...variables });
    expect(errors).toBeUndefined();
    return data!.evidence.edges.map((e) => e.node.title);
  };

  it('lists 38 items newest first, undated items last', async () => {
    const { data } = await hub.exec(EvidenceListDocument, { first: 100 });
    expect(data!.evidence.totalCount).toBe(11 + 7 + 4 * 5);
    const dates = data!.evidence.edges.map((e) => e.node.occurredOn);
    expect(dates.slice(0, 4)).toEqual(['2024-05-15', '2024-05-15', '2024-05-15', '2024-05-15']);
    expect(dates.slice(20)).toEqual(Array(18).fill(null));
  });

  it('filters by YOT (code or id), criterion, kind, status, review state and text', async () => {
    expect(await titles({ filter: { yotCodes: ['T0000002'], criterionCodes: ['S6'] } })).toEqual([
      'Evidence 1 of 0000002',
    ]);
    const barnetId = encodeGlobalId(
      'Yot',
      (await hub.dataSource.query(`SELECT id FROM yot WHERE code = 'E09000003'`))[0].id,
    );
    expect(await titles({ filter: { yotIds: [barnetId], kinds: ['PLAN'] } })).toEqual(['Barnet Youth Justice Plan']);
    expect(await titles({ filter: { statuses: ['WITHDRAWN'], yotCodes: ['T0000001'] } })).toEqual([
      'Evidence 5 of 0000001',
    ]);
    expect((await titles({ filter: { reviewStates: ['ACCEPTED'], yotCodes: ['E08000011'] } })).length).toBe(7);
    expect(await titles({ filter: { search: 'LANGUAGE SCREENING', yotCodes: ['T0000003'] } })).toEqual([
      'Evidence 1 of 0000003',
    ]);
    expect(await titles({ filter: { search: 'neuro development' } })).toEqual([
      'Additional resources to reduce waiting times on the Neuro Development pathway',
    ]);
  });

  it('filters by providing agency and by agency type (provider or involved)', async () => {
    const [agency] = await hub.dataSource.query(`SELECT id FROM agency WHERE name = 'POLICE for 0000001'`);
    expect(await titles({ filter: { providedByIds: [encodeGlobalId('Agency', agency.id)] } })).toEqual([
      'Evidence 4 of 0000001',
      'Evidence 1 of 0000001',
    ]);
    // Involved only: Barnet's PRU provided nothing but is involved in the education-links item.
    expect(await titles({ filter: { agencyTypes: ['PUPIL_REFERRAL_UNIT'] } })).toEqual([
      'Strong links to the Pupil Referral Unit, Virtual School and a large number of Borough schools and academies',
    ]);
    // Barnet's SEND team is involved in one item; each synthetic SEND team provides two.
    expect((await titles({ filter: { agencyTypes: ['LA_SEND_TEAM'] } })).length).toBe(1 + 4 * 2);
  });

  it('filters by a date range, inclusive at both ends, excluding undated items', async () => {
    const inRange = await titles({
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated occurredFrom/occurredTo must keep working until removed
      filter: { occurredFrom: '2024-02-15', occurredTo: '2024-03-15', yotCodes: ['T0000001'] },
    });
    expect(inRange).toEqual(['Evidence 3 of 0000001', 'Evidence 2 of 0000001']);
    expectError(
      (await hub.exec(EvidenceListDocument, { filter: { occurredFrom: '2024-13-45' } })).errors,
      'BAD_USER_INPUT',
    );
  });

  it('refuses an id of the wrong type in a filter', async () => {
    const error = expectError(
      (await hub.exec(EvidenceListDocument, { filter: { yotIds: [encodeGlobalId('Agency', 1)] } })).errors,
      'BAD_USER_INPUT',
      ['evidence'],
    );
    expect(error.message).toContain('expected a Yot id');
  });

  for (const orderBy of [
    [{ field: 'OCCURRED_ON' as const, direction: 'ASC' as const }],
    [{ field: 'OCCURRED_ON' as const, direction: 'DESC' as const }],
    [{ field: 'RECORDED_AT' as const, direction: 'DESC' as const }],
    [{ field: 'TITLE' as const, direction: 'ASC' as const }],
  ]) {
    it(`pages by ${orderBy[0].field} ${orderBy[0].direction} across dated and undated items without gaps or repeats`, async () => {
      const all = (await hub.exec(EvidenceListDocument, { first: 100, orderBy })).data!.evidence.edges.map(
        (e) => e.node.id,
      );
      const forward: string[] = [];
      let after: string | null | undefined;
      let pages = 0;
      do {
        if (++pages > 20) throw new Error('paging did not end');
        const { data } = await hub.exec(EvidenceListDocument, { first: 6, after, orderBy });
        forward.push(...data!.evidence.edges.map((e) => e.node.id));
        after = data!.evidence.pageInfo.hasNextPage ? data!.evidence.pageInfo.endCursor : undefined;
      } while (after);
      expect(forward).toEqual(all);
      const backward: string[] = [];
      let before: string | null | undefined;
      pages = 0;
      do {
        if (++pages > 20) throw new Error('paging did not end');
        const { data } = await hub.exec(EvidenceListDocument, { last: 6, before, orderBy });
        backward.unshift(...data!.evidence.edges.map((e) => e.node.id));
        before = data!.evidence.pageInfo.hasPreviousPage ? data!.evidence.pageInfo.startCursor : undefined;
      } while (before);
      expect(backward).toEqual(all);
    });
  }

  it('pages the evidence nested under a YOT', async () => {
    const page1 = await hub.exec(YotEvidenceDocument, { code: 'E08000011', first: 5, orderBy: [{ field: 'TITLE' }] });
    const page2 = await hub.exec(YotEvidenceDocument, {
      code: 'E08000011',
      first: 10,
      after: page1.data!.yot!.evidence.pageInfo.endCursor,
      orderBy: [{ field: 'TITLE' }],
    });
    expect(page1.data!.yot!.evidence.totalCount).toBe(11);
    expect(page2.data!.yot!.evidence.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const seen = [...page1.data!.yot!.evidence.nodes, ...page2.data!.yot!.evidence.nodes].map((e) => e.title);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(11);
    const withdrawn = await hub.exec(YotEvidenceDocument, { code: 'T0000001', filter: { statuses: ['WITHDRAWN'] } });
    expect(withdrawn.data!.yot!.evidence).toMatchObject({
      totalCount: 1,
      nodes: [{ title: 'Evidence 5 of 0000001', status: 'WITHDRAWN' }],
    });
  });

  it('traces a criterion to its evidence across YOTs or within one, and back', async () => {
    const across = await hub.exec(CriterionTrailDocument, { first: 2 });
    const s1 = across.data!.criteria.find((c) => c.code === 'S1')!;
    expect(s1.evidence.totalCount).toBe(2 + 4); // Knowsley, Barnet and one per synthetic YOT
    expect(s1.evidence.pageInfo.hasNextPage).toBe(true);
    const within = await hub.exec(CriterionTrailDocument, { yotCode: 'T0000004', first: 5 });
    expect(within.data!.criteria.map((c) => c.evidence.nodes.map((e) => e.title))).toEqual([
      ['Evidence 1 of 0000004'],
      ['Evidence 2 of 0000004'],
      ['Evidence 3 of 0000004'],
      ['Evidence 4 of 0000004'],
      ['Evidence 5 of 0000004'],
      ['Evidence 1 of 0000004'],
      ['Evidence 2 of 0000004'],
      ['Evidence 3 of 0000004'],
      ['Evidence 4 of 0000004'],
      ['Evidence 5 of 0000004'],
    ]);
    const unknown = await hub.exec(CriterionTrailDocument, { yotCode: 'E00000000' });
    expect(unknown.errors?.every((e) => e.extensions?.code === 'NOT_FOUND')).toBe(true);
  });

  it("shows an item's YOT, provider, agencies, criteria links and the ratings citing it", async () => {
    const [row] = await hub.dataSource.query(`SELECT id FROM evidence WHERE title = 'Effective strategic leadership'`);
    const { data, errors } = await hub.exec(EvidenceDetailDocument, { id: encodeGlobalId('Evidence', row.id) });
    expect(errors).toBeUndefined();
    expect(data!.node).toMatchObject({
      title: 'Effective strategic leadership',
      source: 'knowsley-quality-lead-award',
      reviewState: 'ACCEPTED',
      yot: { code: 'E08000011' },
      providedBy: null,
      agenciesInvolved: [],
      criteria: [
        {
          note: 'Effective strategic leadership.',
          excerpt: null,
          criterion: { code: 'S9' },
          evidence: { title: 'Effective strategic leadership' },
          sourceDocument: { key: 'knowsley-quality-lead-award' },
        },
      ],
      citedIn: [
        {
          band: 'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES',
          criterion: { code: 'S9' },
          assessment: { level: 'QUALITY_LEAD' },
        },
      ],
      sourceDocument: { key: 'knowsley-quality-lead-award' },
    });
  });
});
