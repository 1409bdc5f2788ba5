import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YotByCodeDocument, YotPartnershipsDocument, YotsDocument, type YotsQueryVariables } from './generated/graphql';
import { expectError } from './support/expect';
import { addSyntheticYots } from './support/fixtures';
import { startTestHub, TestHub } from './support/hub';

describe('yots connection', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await addSyntheticYots(hub.dataSource, 28);
  });
  afterAll(() => hub.close());

  const codes = async (variables: YotsQueryVariables) => {
    const { data, errors } = await hub.exec(YotsDocument, variables);
    expect(errors).toBeUndefined();
    return data!.yots.edges.map((e) => e.node.code);
  };

  it('orders by name by default and counts every match', async () => {
    const { data } = await hub.exec(YotsDocument, { first: 3 });
    expect(data!.yots.totalCount).toBe(30);
    expect(data!.yots.edges.map((e) => e.node.name)).toEqual([
      'Barnet Youth Justice Service',
      'Knowsley Youth Offending Service',
      'Synthetic Youth Justice Service 0000001',
    ]);
    expect(data!.yots.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('filters by region, nation, codes and name (case-insensitive, wildcards literal)', async () => {
    expect(await codes({ filter: { regions: ['London', 'North West'] } })).toEqual(['E09000003', 'E08000011']);
    expect((await codes({ filter: { nation: 'WALES' }, first: 100 })).length).toBe(5);
    expect(await codes({ filter: { codes: ['E08000011', 'T0000002'] } })).toEqual(['E08000011', 'T0000002']);
    expect(await codes({ filter: { nameContains: 'KNOWSLEY' } })).toEqual(['E08000011']);
    expect(await codes({ filter: { nameContains: '%' } })).toEqual([]);
    expect(await codes({ filter: { regions: ['Test North'], nation: 'WALES' }, first: 100 })).toEqual([
      'T0000005',
      'T0000015',
      'T0000025',
    ]);
  });

  it('filters by an active partnership with, or a gap in, an agency type', async () => {
    // Synthetic YOTs' school partnerships have ended; only Barnet has an active one.
    expect(await codes({ filter: { hasActivePartnershipWith: 'SCHOOL' } })).toEqual(['E09000003']);
    // Knowsley's one health commissioner, its CCG, was abolished on 1 July 2022: no longer an active partnership.
    expect(await codes({ filter: { hasActivePartnershipWith: 'HEALTH_COMMISSIONER' } })).toEqual([]);
    expect(await codes({ filter: { hasActivePartnershipWith: 'POLICE' } })).toContain('E08000011');
    const lacking = await codes({ filter: { lacksActivePartnershipWith: 'VIRTUAL_SCHOOL' }, first: 100 });
    expect(lacking).toHaveLength(29);
    expect(lacking).not.toContain('E09000003');
  });

  it('orders by several fields, ties broken by the next', async () => {
    const ordered = await codes({
      orderBy: [
        { field: 'REGION', direction: 'DESC' },
        { field: 'CODE', direction: 'ASC' },
      ],
      first: 4,
    });
    expect(ordered).toEqual(['T0000002', 'T0000004', 'T0000006', 'T0000008']);
  });

  it('pages forward and backward through every YOT with keyset cursors', async () => {
    const all = await codes({ first: 100 });
    const forward: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const { data } = await hub.exec(YotsDocument, { first: 7, after });
      forward.push(...data!.yots.edges.map((e) => e.node.code));
      if (!data!.yots.pageInfo.hasNextPage) break;
      after = data!.yots.pageInfo.endCursor;
    }
    expect(forward).toEqual(all);

    const backward: string[] = [];
    let before: string | null | undefined;
    for (;;) {
      const { data } = await hub.exec(YotsDocument, { last: 7, before });
      backward.unshift(...data!.yots.edges.map((e) => e.node.code));
      if (!data!.yots.pageInfo.hasPreviousPage) break;
      before = data!.yots.pageInfo.startCursor;
    }
    expect(backward).toEqual(all);
  });

  it('costs the same number of statements on a late page as on the first (no OFFSET)', async () => {
    const first = await hub.count(YotsDocument, { first: 5 });
    const late = await hub.count(YotsDocument, { first: 5, after: first.result.data!.yots.edges[4].cursor });
    expect(late.statements).toBe(first.statements);
    expect(hub.statements.statements.join('\n')).not.toMatch(/OFFSET/i);
  });

  it('refuses a page larger than 100 with BAD_USER_INPUT naming the argument', async () => {
    const { data, errors } = await hub.exec(YotsDocument, { first: 101 });
    expect(data).toBeNull();
    const error = expectError(errors, 'BAD_USER_INPUT', ['yots']);
    expect(error.extensions).toMatchObject({ field: 'first', maxPageSize: 100 });
    expect(error.message).toContain('at most 100');
    expectError((await hub.exec(YotsDocument, { last: 500 })).errors, 'BAD_USER_INPUT');
    expectError((await hub.exec(YotsDocument, { first: -1 })).errors, 'BAD_USER_INPUT');
    expectError((await hub.exec(YotsDocument, { first: 1, last: 1 })).errors, 'BAD_USER_INPUT');
  });

  it('refuses a cursor it did not issue, or one from another ordering', async () => {
    expectError((await hub.exec(YotsDocument, { after: 'not-a-cursor' })).errors, 'BAD_USER_INPUT', ['yots']);
    const { data } = await hub.exec(YotsDocument, { first: 1 });
    const byName = data!.yots.pageInfo.endCursor!;
    const error = expectError(
      (await hub.exec(YotsDocument, { after: byName, orderBy: [{ field: 'CODE' }] })).errors,
      'BAD_USER_INPUT',
    );
    expect(error.message).toContain('ordering');
  });

  it('returns an empty page for first: 0 with the count still available', async () => {
    const { data } = await hub.exec(YotsDocument, { first: 0 });
    expect(data!.yots).toMatchObject({ totalCount: 30, edges: [], pageInfo: { startCursor: null, endCursor: null } });
  });
});

describe('yot(code:)', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('answers null with NOT_FOUND for an unknown code', async () => {
    const { data, errors } = await hub.exec(YotByCodeDocument, { code: 'E99999999' });
    expect(data).toEqual({ yot: null });
    const error = expectError(errors, 'NOT_FOUND', ['yot']);
    expect(error.message).toContain('E99999999');
  });

  it('accepts a code in lower case', async () => {
    const { data } = await hub.exec(YotByCodeDocument, { code: 'e08000011' });
    expect(data?.yot?.name).toBe('Knowsley Youth Offending Service');
  });

  it('filters partnerships by status', async () => {
    const active = await hub.exec(YotPartnershipsDocument, { code: 'E09000003', status: 'ACTIVE' });
    expect(active.data!.yot!.partnerships).toHaveLength(6);
    const ended = await hub.exec(YotPartnershipsDocument, { code: 'E09000003', status: 'ENDED' });
    expect(ended.data!.yot!.partnerships).toEqual([]);
  });
});
