import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SEARCH_LENGTH } from '../../src/db/dialect';
import { encodeGlobalId } from '../../src/graphql/relay';
import { seal, unseal } from '../../src/graphql/sealed';
import { projectRoot } from '../../src/paths';
import {
  AssessmentsDocument,
  AuditTrailDocument,
  CoverageAsOfDocument,
  CoverageByRegionDocument,
  CriterionCoverageDocument,
  EvidenceListDocument,
  GapsDocument,
  NodeDocument,
  RecordEvidenceDocument,
  RecordOutcomesDocument,
  RegisterChildDocument,
  SearchAgenciesDocument,
  SearchEvidenceDocument,
  UpdateYotDocument,
  YotByCodeDocument,
  YotsDocument,
} from '../generated/graphql';
import { expectError } from '../support/expect';
import { startTestHub, TestHub } from '../support/hub';
import { withoutWrites } from '../support/snapshot';

const IMPORT_CLI = join(projectRoot(), 'dist', 'src', 'import', 'cli.js');

/**
 * The values of a cursor (sealed JSON `[signature, ...values]`), and a cursor re-sealed with other values. Only a
 * holder of the id secret can do this (the test hub uses the public development key): the value checks behind the
 * seal are the defence should a secret leak.
 */
const cursorValues = (cursor: string) => JSON.parse(unseal('cursor', cursor)!) as unknown[];
const recode = (cursor: string, change: (values: unknown[]) => unknown[]) =>
  seal('cursor', JSON.stringify(change(cursorValues(cursor))));

/** Asserts one BAD_USER_INPUT error naming `field` (in `extensions.field`, or in the message for scalar coercion). */
function expectBadInput(errors: readonly GraphQLFormattedError[] | undefined, field: string): GraphQLFormattedError {
  const error = expectError(errors, 'BAD_USER_INPUT');
  if (error.extensions?.field !== undefined) expect(error.extensions.field).toBe(field);
  else expect(error.message).toContain(field);
  return error;
}

describe('bad input is never an internal error', () => {
  let hub: TestHub;
  let barnet: string;
  const key = async (sql: string) => Number((await hub.dataSource.query(sql))[0].id);
  beforeAll(async () => {
    hub = await startTestHub();
    barnet = encodeGlobalId('Yot', await key(`SELECT id FROM yot WHERE code = 'E09000003'`));
  });
  afterAll(() => hub.close());

  it('refuses Relay ids that decode to integers beyond a 32-bit key, and says NOT_FOUND for the largest real key', async () => {
    for (const big of [2 ** 31, 2 ** 53, 999_999_999_999_999]) {
      const id = encodeGlobalId('Yot', big);
      expectBadInput((await hub.exec(NodeDocument, { id })).errors, 'id');
      expectBadInput((await hub.exec(EvidenceListDocument, { filter: { yotIds: [id] } })).errors, 'filter.yotIds');
      expectBadInput((await hub.exec(AuditTrailDocument, { entityId: id })).errors, 'entityId');
      const update = await withoutWrites(hub.dataSource, () =>
        hub.exec(UpdateYotDocument, { input: { id, expectedVersion: 1, name: 'Renamed' } }),
      );
      expectBadInput(update.errors, 'input.id');
    }
    expectError((await hub.exec(NodeDocument, { id: encodeGlobalId('Yot', 2 ** 31 - 1) })).errors, 'NOT_FOUND', [
      'node',
    ]);
  });

  it('refuses a valid cursor re-encoded with a string, 1e20 or a bad date or time where its columns hold other kinds', async () => {
    const yots = await hub.exec(YotsDocument, { first: 1 });
    const yotCursor = yots.data!.yots.pageInfo.endCursor!;
    expect(cursorValues(yotCursor)).toHaveLength(3); // signature, name, id
    const byDate = await hub.exec(EvidenceListDocument, {
      first: 1,
      orderBy: [{ field: 'OCCURRED_ON', direction: 'ASC' }],
    });
    const dateCursor = byDate.data!.evidence.pageInfo.endCursor!;
    const byTime = await hub.exec(EvidenceListDocument, { first: 1, orderBy: [{ field: 'RECORDED_AT' }] });
    const timeCursor = byTime.data!.evidence.pageInfo.endCursor!;
    const tampered: [string, string][] = [
      ['yots: id as a string', recode(yotCursor, ([s, name]) => [s, name, 'x'])],
      ['yots: id 1e20', recode(yotCursor, ([s, name]) => [s, name, 1e20])],
      ['yots: id 2^31', recode(yotCursor, ([s, name]) => [s, name, 2 ** 31])],
      ['yots: id 1.5', recode(yotCursor, ([s, name]) => [s, name, 1.5])],
      ['yots: name as a number', recode(yotCursor, ([s, , id]) => [s, 1e20, id])],
      ['yots: name with NUL', recode(yotCursor, ([s, , id]) => [s, 'a\u0000b', id])],
      ['yots: an object', recode(yotCursor, ([s, name]) => [s, name, { id: 1 }])],
      ['evidence: year 0', recode(dateCursor, ([s, , id]) => [s, '0000-01-01', id])],
      ['evidence: 30 February', recode(dateCursor, ([s, , id]) => [s, '2026-02-30', id])],
      ['evidence: date as a number', recode(dateCursor, ([s, , id]) => [s, 20260101, id])],
      ['evidence: time as text', recode(timeCursor, ([s, , id]) => [s, 'yesterday', id])],
      ['evidence: time on 30 February', recode(timeCursor, ([s, , id]) => [s, '2026-02-30 10:00:00.000', id])],
      ["evidence: time at 25 o'clock", recode(timeCursor, ([s, , id]) => [s, '2026-02-01 25:00:00.000', id])],
      ['evidence: time 1e20', recode(timeCursor, ([s, , id]) => [s, 1e20, id])],
    ];
    for (const [name, after] of tampered) {
      const list = name.startsWith('yots')
        ? await hub.exec(YotsDocument, { first: 5, after })
        : await hub.exec(EvidenceListDocument, {
            first: 5,
            after,
            orderBy: [
              {
                field: name.includes('time') ? 'RECORDED_AT' : 'OCCURRED_ON',
                direction: name.includes('time') ? 'ASC' : 'ASC',
              },
            ],
          });
      expect(expectBadInput(list.errors, 'after').message, name).toContain('cursor');
    }
    // The untampered cursors still page.
    expect((await hub.exec(YotsDocument, { first: 5, after: yotCursor })).errors).toBeUndefined();
    expect(
      (await hub.exec(EvidenceListDocument, { first: 5, after: timeCursor, orderBy: [{ field: 'RECORDED_AT' }] }))
        .errors,
    ).toBeUndefined();
    expectBadInput((await hub.exec(AssessmentsDocument, { first: 5, after: 'x'.repeat(100_000) })).errors, 'after');
  });

  it('refuses NUL and other control characters in titles, searches, codes and nested inputs, naming the field', async () => {
    const record = (input: Record<string, unknown>) =>
      withoutWrites(hub.dataSource, () =>
        hub.exec(RecordEvidenceDocument, {
          input: { yotId: barnet, title: 'Protocol', kind: 'PROTOCOL', criteria: [], ...input } as never,
        }),
      );
    expectBadInput((await record({ title: 'Joint\u0000protocol' })).errors, 'input.title');
    expectBadInput((await record({ summary: 'bell \u0007' })).errors, 'input.summary');
    const s1 = encodeGlobalId('Criterion', await key(`SELECT MIN(id) AS id FROM criterion WHERE code = 'S1'`));
    expectBadInput(
      (
        await record({
          criteria: [
            { criterionId: s1, note: 'ok' },
            { criterionId: s1, note: 'escape \u001b[31m' },
          ],
        })
      ).errors,
      'input.criteria[1].note',
    );
    expectBadInput((await hub.exec(SearchEvidenceDocument, { search: 'team\u0000' })).errors, 'filter.search');
    expectBadInput((await hub.exec(YotByCodeDocument, { code: 'E09000003\u0000' })).errors, 'code');
    expectBadInput(
      (await hub.exec(EvidenceListDocument, { filter: { yotCodes: ['E0900\u00000003'] } })).errors,
      'filter.yotCodes[0]',
    );
    // Line breaks and tabs are ordinary text in a summary.
    const fine = await hub.exec(RecordEvidenceDocument, {
      input: {
        yotId: barnet,
        title: 'Multi-line protocol',
        kind: 'PROTOCOL',
        summary: 'First line\r\n\tindented',
        criteria: [],
      },
    });
    expect(fine.errors).toBeUndefined();
  });

  it('accepts only real calendar dates from 1900-01-01 to 2999-12-31, on every date argument, and every view computes at both ends', async () => {
    for (const asOf of [
      '0000-01-01',
      '1899-12-31',
      '2026-02-30',
      '2025-02-29',
      '2024-13-01',
      '3000-01-01',
      '9999-12-31',
      '10000-01-01',
      '2024-1-1',
      'yesterday',
    ]) {
      const coverage = await hub.exec(CoverageAsOfDocument, { asOf });
      expect(expectError(coverage.errors, 'BAD_USER_INPUT').message, asOf).toContain('asOf');
      expect(
        expectError(
          (await hub.exec(CriterionCoverageDocument, { yotCode: 'E09000003', asOf })).errors,
          'BAD_USER_INPUT',
        ).message,
      ).toContain('asOf');
      expectError((await hub.exec(EvidenceListDocument, { filter: { occurredFrom: asOf } })).errors, 'BAD_USER_INPUT');
      const recorded = await withoutWrites(hub.dataSource, () =>
        hub.exec(RecordEvidenceDocument, {
          input: { yotId: barnet, title: 'Dated', kind: 'PROTOCOL', occurredOn: asOf, criteria: [] },
        }),
      );
      expectError(recorded.errors, 'BAD_USER_INPUT');
    }
    for (const asOf of ['1900-01-01', '2024-02-29', '2999-12-31']) {
      expect((await hub.exec(CoverageAsOfDocument, { asOf })).errors, asOf).toBeUndefined();
      expect((await hub.exec(CoverageByRegionDocument, { asOf })).errors, asOf).toBeUndefined();
      expect((await hub.exec(CriterionCoverageDocument, { yotCode: 'E09000003', asOf })).errors, asOf).toBeUndefined();
      expect((await hub.exec(GapsDocument, { yotCode: 'E09000003', asOf })).errors, asOf).toBeUndefined();
    }
  });

  it('caps search text and matches LIKE wildcards literally', async () => {
    const long = await hub.exec(SearchEvidenceDocument, { search: 'x'.repeat(50_010) });
    expect(expectBadInput(long.errors, 'filter.search').extensions).toMatchObject({ maxLength: MAX_SEARCH_LENGTH });
    expectBadInput(
      (await hub.exec(SearchAgenciesDocument, { nameContains: 'y'.repeat(MAX_SEARCH_LENGTH + 1) })).errors,
      'filter.nameContains',
    );
    expect(
      (await hub.exec(SearchEvidenceDocument, { search: 'z'.repeat(MAX_SEARCH_LENGTH) })).data!.evidence.totalCount,
    ).toBe(0);
    for (const title of ['100% of staff trained', 'Screening_tool v2']) {
      expect(
        (
          await hub.exec(RecordEvidenceDocument, {
            input: { yotId: barnet, title, kind: 'TRAINING_RECORD', criteria: [] },
          })
        ).errors,
      ).toBeUndefined();
    }
    expect((await hub.exec(SearchEvidenceDocument, { search: '0%' })).data!.evidence.nodes).toEqual([
      { title: '100% of staff trained' },
    ]);
    expect((await hub.exec(SearchEvidenceDocument, { search: 'g_t' })).data!.evidence.nodes).toEqual([
      { title: 'Screening_tool v2' },
    ]);
    expect((await hub.exec(SearchEvidenceDocument, { search: '%' })).data!.evidence.totalCount).toBe(1);
    expect((await hub.exec(SearchEvidenceDocument, { search: '\\' })).data!.evidence.totalCount).toBe(0);
  });

  it('answers ten concurrent recordOutcomes batches sharing a row with one success and nine refusals naming the row, never a 500', async () => {
    const children: string[] = [];
    for (let i = 0; i < 11; i++) {
      const { data, errors } = await hub.exec(RegisterChildDocument, {
        input: { yotId: barnet, ref: `RAC-${i}`, ageBand: 'AGE_14_TO_15', sendStatus: 'EHCP' },
      });
      expect(errors).toBeUndefined();
      children.push(data!.registerChild!.child.id);
    }
    const shared = { childId: children[10], measure: 'SUITABLE_ETE' as const, met: true, period: '2025-Q1' };
    const batches = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        hub.exec(RecordOutcomesDocument, {
          input: {
            outcomes: [shared, { childId: children[i], measure: 'SUITABLE_ETE', met: i % 2 === 0, period: '2025-Q1' }],
          },
        }),
      ),
    );
    const succeeded = batches.filter((b) => !b.errors);
    expect(succeeded.map((b) => b.data)).toEqual([{ recordOutcomes: { count: 2 } }]);
    for (const refused of batches.filter((b) => b.errors)) {
      expect(refused.errors).toHaveLength(1);
      const [error] = refused.errors!;
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.extensions).toMatchObject({ field: 'input.outcomes[0]', rows: [{ index: 0 }] });
      expect(error.path).toEqual(['recordOutcomes']);
    }
    const [{ n }] = await hub.dataSource.query(`SELECT COUNT(*) AS n FROM child_outcome`);
    expect(Number(n)).toBe(2);
  });

  describe('the import CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-hostile-import-'));
    const run = (name: string, content: string) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return spawnSync(process.execPath, [IMPORT_CLI, path], {
        env: { ...process.env, DATABASE_URL: hub.url, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
      });
    };

    it('refuses impossible dates such as 2026-02-30 and writes nothing', async () => {
      const result = await withoutWrites(hub.dataSource, async () =>
        run(
          'impossible.csv',
          'yot_code,title,kind,occurred_on\nE09000003,Fine item,PROTOCOL,2026-02-28\nE09000003,Impossible item,PROTOCOL,2026-02-30\nE09000003,Ancient item,PROTOCOL,0000-01-01\n',
        ),
      );
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('0 written, 2 rejected; nothing was written');
      expect(result.stdout).toContain('line 3: occurred_on "2026-02-30" 2026-02-30 is not a calendar date');
      expect(result.stdout).toContain('line 4: occurred_on "0000-01-01" must be between 1900-01-01 and 2999-12-31');
    });

    it('refuses a file with a NUL byte in a cell and writes nothing', async () => {
      const result = await withoutWrites(hub.dataSource, async () =>
        run('nul.csv', 'yot_code,title,kind\nE09000003,Joint\u0000protocol,PROTOCOL\n'),
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('line 2: title contains a control character');
    });
  });
});
