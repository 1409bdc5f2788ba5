import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/relay';
import {
  AuditTrailDocument,
  RecordOutcomesDocument,
  RegisterChildDocument,
  YotChildrenDocument,
  type OutcomeInput,
  type OutcomeMeasure,
} from './generated/graphql';
import { expectError } from './support/expect';
import { startTestHub, TestHub } from './support/hub';
import { globalId } from './support/ids';
import { withoutWrites } from './support/snapshot';

const MEASURES: OutcomeMeasure[] = [
  'SUITABLE_ACCOMMODATION',
  'SUITABLE_ETE',
  'FORMAL_SEND_PLAN',
  'SEND_SCREENED',
  'MENTAL_HEALTH_SUPPORT_OFFERED',
];

describe('children and their outcomes', () => {
  let hub: TestHub;
  let barnet: string;
  const children: string[] = [];
  beforeAll(async () => {
    hub = await startTestHub();
    barnet = await globalId(hub.dataSource, 'Yot', 'yot', `code = 'E09000003'`);
  });
  afterAll(() => hub.close());

  const refused = async (run: () => Promise<{ errors?: readonly GraphQLFormattedError[] }>) =>
    (await withoutWrites(hub.dataSource, run)).errors;

  it('registers pseudonymised children, refusing duplicates and references that look like dates', async () => {
    for (let i = 1; i <= 100; i++) {
      const { data, errors } = await hub.exec(RegisterChildDocument, {
        input: {
          yotId: barnet,
          ref: `BYJ-${String(i).padStart(4, '0')}`,
          ageBand: 'AGE_14_TO_15',
          sendStatus: i % 3 ? 'EHCP' : 'SEN_SUPPORT',
          needs: ['communication and interaction'],
        },
      });
      expect(errors).toBeUndefined();
      children.push(data!.registerChild!.child.id);
    }
    expectError(
      await refused(() =>
        hub.exec(RegisterChildDocument, {
          input: { yotId: barnet, ref: 'BYJ-0001', ageBand: 'AGE_16_TO_17', sendStatus: 'NONE' },
        }),
      ),
      'CONFLICT',
      ['registerChild'],
    );
    const dob = await refused(() =>
      hub.exec(RegisterChildDocument, {
        input: { yotId: barnet, ref: 'JS-2009-04-01', ageBand: 'AGE_16_TO_17', sendStatus: 'NONE' },
      }),
    );
    expect(expectError(dob, 'BAD_USER_INPUT').message).toContain('never a name or a date of birth');
    const name = await refused(() =>
      hub.exec(RegisterChildDocument, {
        input: { yotId: barnet, ref: 'Jane Smith', ageBand: 'AGE_16_TO_17', sendStatus: 'NONE' },
      }),
    );
    expect(expectError(name, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'input.ref' });
    expectError(
      await refused(() =>
        hub.exec(RegisterChildDocument, {
          input: { yotId: encodeGlobalId('Yot', 999), ref: 'X-001', ageBand: 'AGE_16_TO_17', sendStatus: 'NONE' },
        }),
      ),
      'NOT_FOUND',
    );
  });

  /** 5,000 distinct rows: 100 children × 5 measures × 10 quarters. */
  const batch = (): OutcomeInput[] =>
    children.flatMap((childId, c) =>
      MEASURES.flatMap((measure) =>
        ['2022', '2023', '2024']
          .flatMap((y) => ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => `${y}-${q}`))
          .slice(0, 10)
          .map((period, p) => ({ childId, measure, period, met: (c + p) % 2 === 0 })),
      ),
    );

  it('rejects a 5,000-row batch with one bad row, names that row, and writes nothing', async () => {
    const rows = batch();
    expect(rows).toHaveLength(5000);
    rows[4321] = { ...rows[4321], childId: encodeGlobalId('Child', 999999) };
    const error = expectError(
      await refused(() => hub.exec(RecordOutcomesDocument, { input: { outcomes: rows } })),
      'BAD_USER_INPUT',
      ['recordOutcomes'],
    );
    expect(error.extensions).toMatchObject({
      rejectedRows: 1,
      rows: [{ index: 4321, reason: `no child with id ${encodeGlobalId('Child', 999999)}` }],
    });
    expect(error.message).toContain('1 of 5000 outcome rows are invalid, so none were recorded');
  });

  it('rejects malformed rows by index (up to 50 reported) before touching the database', async () => {
    const rows = batch().map((r, i) => (i % 60 === 0 ? { ...r, period: '2024Q5' } : r));
    const error = expectError(
      await refused(() => hub.exec(RecordOutcomesDocument, { input: { outcomes: rows } })),
      'BAD_USER_INPUT',
    );
    expect(error.extensions!.rejectedRows).toBe(84);
    expect((error.extensions!.rows as unknown[]).length).toBe(50);
    expect((error.extensions!.rows as { index: number; reason: string }[])[1]).toEqual({
      index: 60,
      reason: 'input.outcomes[60].period: must be a quarter written YYYY-Qn, e.g. 2024-Q1',
    });
    const tooMany = await refused(() =>
      hub.exec(RecordOutcomesDocument, { input: { outcomes: [...batch(), batch()[0]] } }),
    );
    expect(expectError(tooMany, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'input.outcomes' });
  });

  it('records a full batch of 5,000 in one transaction and answers the count', async () => {
    const { data, errors } = await hub.exec(RecordOutcomesDocument, { input: { outcomes: batch() } });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ recordOutcomes: { count: 5000 } });
    const [row] = await hub.dataSource.query(`SELECT COUNT(*) AS n FROM child_outcome`);
    expect(Number(row.n)).toBe(5000);
    const page = await hub.exec(YotChildrenDocument, { code: 'E09000003', first: 1 });
    expect(page.data!.yot!.children!.nodes[0].outcomes).toHaveLength(50);
  });

  it('refuses to overwrite recorded outcomes or repeat a row within a batch', async () => {
    const [first] = batch();
    const again = expectError(
      await refused(() => hub.exec(RecordOutcomesDocument, { input: { outcomes: [{ ...first, met: !first.met }] } })),
      'CONFLICT',
    );
    expect(again.extensions).toMatchObject({
      rows: [{ index: 0, reason: expect.stringContaining('already recorded') }],
    });
    const fresh = { childId: children[0], measure: 'CUSTODY' as const, period: '2024-Q1', met: false };
    const twice = expectError(
      await refused(() => hub.exec(RecordOutcomesDocument, { input: { outcomes: [fresh, fresh] } })),
      'BAD_USER_INPUT',
    );
    expect(twice.extensions).toMatchObject({
      rows: [{ index: 1, reason: 'repeats row 0 (same child, measure and period)' }],
    });
    const badAgency = expectError(
      await refused(() =>
        hub.exec(RecordOutcomesDocument, { input: { outcomes: [{ ...fresh, recordedById: barnet }] } }),
      ),
      'BAD_USER_INPUT',
    );
    expect(badAgency.extensions).toMatchObject({
      rows: [{ index: 0, reason: expect.stringContaining('is not an Agency id') }],
    });
  });

  it('audits every change, in order, with who made it', async () => {
    const { data } = await hub.exec(AuditTrailDocument, { first: 100 });
    expect(data!.auditTrail!.nodes.map((n) => n.action)).toEqual(Array(100).fill('registerChild'));
    expect(data!.auditTrail!.totalCount).toBe(101);
    const rest = (await hub.exec(AuditTrailDocument, { first: 100, after: data!.auditTrail!.pageInfo.endCursor })).data!
      .auditTrail;
    expect(rest!.nodes).toHaveLength(1);
    expect(rest!.nodes[0]).toMatchObject({
      action: 'recordOutcomes',
      actor: 'tester',
      entityType: 'Child',
      changes: { outcomes: { before: null, after: { count: 5000, children: 100 } } },
    });
    expect(rest!.pageInfo.hasNextPage).toBe(false);
    const childTrail = await hub.exec(AuditTrailDocument, { entityId: children[5] });
    expect(childTrail.data!.auditTrail!.nodes.map((n) => [n.action, n.entityId])).toEqual([
      ['registerChild', children[5]],
    ]);
  });
});
