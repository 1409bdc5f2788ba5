import assert from 'node:assert/strict';
import { DataSource } from 'typeorm';
import { createContext, SYSTEM } from '../src/graphql/context';
import { encodeGlobalId } from '../src/graphql/relay';
import { addMonths, todayIso } from '../src/graphql/scalars';
import { QueryCounter } from '../src/db/query-counter';
import { HubServer } from '../src/server';
import * as base from './baselines';
import { round, time, Timing, TimingOptions } from './measure';
import * as op from './operations';
import { ViewCache } from '../src/graphql/view-cache';
import { REVERIFICATION_WARNING_MONTHS } from '../src/modules/coverage/coverage.service';

/** One measured line of the report. */
export interface WorkloadResult {
  id: string;
  name: string;
  api: Timing;
  statements: number;
  baseline?: Timing;
  baselineStatements?: number;
  /** api median / baseline median. */
  ratio?: number;
  /** Rows the operation returns, to show how cost grows with the answer rather than the tables. */
  rowsReturned?: number;
  note?: string;
}

export interface BenchHub {
  server: HubServer;
  dataSource: DataSource;
  reader: DataSource;
  statements: QueryCounter;
}

/** Empties the per-process view caches, so the next view is computed from the database (a cold view). */
function clearViewCaches(): void {
  ViewCache.clearAll();
}

// The answers of the measured operations, as far as the checks read them.
interface CoverageAnswer {
  coverage: { totalCount: number; nodes: { criteriaWithEvidence: number; partners: { evidenceCount: number }[] }[] };
}
interface CoverageByRegionAnswer {
  coverageByRegion: { region: string; partnersWithActivePartnership: number; yotsWithCurrentAward: number }[];
}
interface AssessorTrailAnswer {
  criterionCoverage: { evidenceCount: number; criterion: { code: string; evidence: { nodes: { id: string }[] } } }[];
}
interface EvidenceSearchAnswer {
  evidence: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string }[] };
}
interface OutcomeSummaryAnswer {
  outcomeSummary: { rows: { cohort: number | null }[] };
}
interface RecordOutcomesAnswer {
  recordOutcomes: { count: number };
}

/** Runs W1–W5 in process: GraphQL through Apollo's full request pipeline, baselines through the same driver. */
export async function runWorkloads(hub: BenchHub, timing: TimingOptions): Promise<WorkloadResult[]> {
  const gql = async <Answer>(query: string, variables: Record<string, unknown> = {}): Promise<Answer> => {
    const response = await hub.server.apollo.executeOperation(
      { query, variables },
      { contextValue: createContext(hub.dataSource, { caller: SYSTEM, reader: hub.reader }) },
    );
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(errors)}`);
    return data as Answer;
  };
  const counted = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
    hub.statements.reset();
    const value = await fn();
    return [value, hub.statements.count];
  };
  const db = hub.reader.manager;
  const asOf = todayIso();
  const [{ id: framework }] = await hub.reader.query<{ id: number }[]>(
    `SELECT id FROM framework WHERE code = 'YJ_SEND' ORDER BY id DESC LIMIT 1`,
  );
  const results: WorkloadResult[] = [];

  /** Measures an operation and its baseline, after checking they give the same answer. */
  const measure = async <Answer, Baseline>(
    id: string,
    name: string,
    api: () => Promise<Answer>,
    baseline: (() => Promise<Baseline>) | undefined,
    check: (apiResult: Answer, baselineResult: Baseline) => number,
    note?: string,
    cold?: () => void,
  ) => {
    cold?.();
    const [apiResult, statements] = await counted(api);
    let baselineStatements: number | undefined;
    let rowsReturned = 0;
    if (baseline) {
      const [baselineResult, n] = await counted(baseline);
      baselineStatements = n;
      rowsReturned = check(apiResult, baselineResult);
    }
    const apiTiming = await time(api, timing, cold);
    const baselineTiming = baseline ? await time(baseline, timing) : undefined;
    const result: WorkloadResult = {
      id,
      name,
      api: apiTiming,
      statements,
      baseline: baselineTiming,
      baselineStatements,
      rowsReturned,
      note,
    };
    if (baselineTiming) result.ratio = round(apiTiming.median / baselineTiming.median);
    results.push(result);
    console.error(
      `  ${id} ${name}: median ${round(apiTiming.median)} ms${result.ratio ? ` (${result.ratio}× baseline)` : ''}, ${statements} statements`,
    );
  };

  // W1 dashboard.
  const w1a = (id: string, name: string, cold?: () => void) =>
    measure(
      id,
      name,
      () => gql<CoverageAnswer>(op.COVERAGE, { first: 100 }),
      () => base.coverageBaseline(db, framework, asOf, 100),
      (api, baseRows) => {
        const nodes = api.coverage.nodes;
        assert.equal(api.coverage.totalCount, Number(baseRows[0].total_count), 'W1a totalCount');
        const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
        assert.equal(
          sum(nodes.flatMap((n) => n.partners.map((p) => p.evidenceCount))),
          sum(baseRows.map((r) => Number(r.evidence))),
          'W1a evidence counts',
        );
        assert.equal(
          sum(nodes.map((n) => n.criteriaWithEvidence)),
          sum([...new Map(baseRows.map((r) => [r.code, Number(r.criteria_evidenced ?? 0)])).values()]),
          'W1a criteria',
        );
        return nodes.length;
      },
      cold ? 'view cache emptied before each run, as after a write' : 'repeated: served from the view cache',
      cold,
    );
  await w1a('W1a', 'coverage(first: 100), cold', clearViewCaches);
  await w1a('W1a′', 'coverage(first: 100), warm');
  const w1b = (id: string, name: string, cold?: () => void) =>
    measure(
      id,
      name,
      () => gql<CoverageByRegionAnswer>(op.COVERAGE_BY_REGION),
      () => base.regionBaseline(db, framework, asOf, addMonths(asOf, REVERIFICATION_WARNING_MONTHS)),
      (api, rows) => {
        const byRegion = new Map(rows.map((r) => [r.region, r]));
        for (const region of api.coverageByRegion) {
          assert.equal(
            region.partnersWithActivePartnership,
            Number(byRegion.get(region.region)!.with_partnership),
            `W1b ${region.region}`,
          );
          assert.equal(
            region.yotsWithCurrentAward,
            Number(byRegion.get(region.region)!.current_awards),
            `W1b awards ${region.region}`,
          );
        }
        return rows.length;
      },
      cold ? 'view cache emptied before each run' : 'repeated: served from the view cache',
      cold,
    );
  await w1b('W1b', 'coverageByRegion, cold', clearViewCaches);
  await w1b('W1b′', 'coverageByRegion, warm');

  // W2 assessor: a synthetic YOT in the middle of the list.
  const [yot] = await hub.reader.query<{ id: number; code: string }[]>(
    `SELECT id, code FROM yot WHERE code LIKE '_99%' ORDER BY code LIMIT 1 OFFSET 5`,
  );
  const w2 = (id: string, name: string, cold?: () => void) =>
    measure(
      id,
      `${name} (${yot.code})`,
      () => gql<AssessorTrailAnswer>(op.ASSESSOR_TRAIL, { code: yot.code }),
      () => base.assessorTrailBaseline(db, framework, yot.id, asOf),
      (api, { criteria, trail }) => {
        const rows = api.criterionCoverage;
        rows.forEach((row, i) => {
          assert.equal(row.evidenceCount, Number(criteria[i].evidence), `W2 evidence count ${row.criterion.code}`);
          const firstIds = [
            ...new Set(
              trail
                .filter((t) => Number(t.criterion_id) === Number(criteria[i].id))
                .map((t) => encodeGlobalId('Evidence', Number(t.id))),
            ),
          ];
          assert.deepEqual(
            row.criterion.evidence.nodes.map((n) => n.id),
            firstIds,
            `W2 trail ${row.criterion.code}`,
          );
        });
        return rows.reduce((n, row) => n + 1 + row.criterion.evidence.nodes.length, 0);
      },
      cold
        ? 'view cache emptied before each run'
        : 'repeated: criterion counts from the view cache, the trail from the database',
      cold,
    );
  await w2('W2', 'criterionCoverage + evidence trail, cold', clearViewCaches);
  await w2('W2′', 'criterionCoverage + evidence trail, warm');

  // W3 analyst: filtered evidence, page 1 and page 50 (keyset: both should cost the same).
  const search: base.EvidenceSearch = {
    agencyTypes: ['SCHOOL', 'LA_EDUCATION', 'LA_SEND_TEAM', 'VIRTUAL_SCHOOL'],
    occurredFrom: '2024-10-01',
    occurredTo: '2026-09-30',
    search: 'review',
  };
  let cursor: string | null = null;
  let baselineAfter: { occurredOn: string; id: number } | null = null;
  let page = 1;
  for (; page < 50; page++) {
    const data: EvidenceSearchAnswer = await gql<EvidenceSearchAnswer>(op.EVIDENCE_SEARCH, {
      filter: search,
      after: cursor,
    });
    if (!data.evidence.pageInfo.hasNextPage) break;
    cursor = data.evidence.pageInfo.endCursor;
    const rows = await base.evidenceSearchBaseline(db, search, baselineAfter);
    baselineAfter = { occurredOn: String(rows[19].occurredOn), id: Number(rows[19].id) };
  }
  const samePage = (api: EvidenceSearchAnswer, rows: base.Row[]) => {
    const ids = rows.slice(0, 20).map((r) => encodeGlobalId('Evidence', Number(r.id)));
    assert.deepEqual(
      api.evidence.nodes.map((n) => n.id),
      ids,
      'W3 page rows',
    );
    return ids.length;
  };
  await measure(
    'W3a',
    'evidence search, page 1',
    () => gql<EvidenceSearchAnswer>(op.EVIDENCE_SEARCH, { filter: search }),
    () => base.evidenceSearchBaseline(db, search, null),
    samePage,
  );
  const lastAfter = cursor;
  const lastBaselineAfter = baselineAfter;
  await measure(
    'W3b',
    `evidence search, page ${page}`,
    () => gql<EvidenceSearchAnswer>(op.EVIDENCE_SEARCH, { filter: search, after: lastAfter }),
    () => base.evidenceSearchBaseline(db, search, lastBaselineAfter),
    samePage,
    page < 50 ? `only ${page} pages match at this scale` : undefined,
  );

  // W4 outcomes over one year (four quarters).
  const filter = { periodFrom: '2025-Q4', periodTo: '2026-Q3' };
  const w4 = (id: string, name: string, cold?: () => void) =>
    measure(
      id,
      name,
      () => gql<OutcomeSummaryAnswer>(op.OUTCOME_SUMMARY, { filter }),
      () => base.outcomeSummaryBaseline(db, filter.periodFrom, filter.periodTo),
      (api, rows) => {
        const cohort = (values: { cohort?: unknown }[]) =>
          values.reduce((n: number, r) => n + Number(r.cohort ?? 0), 0);
        assert.equal(cohort(api.outcomeSummary.rows), cohort(rows), 'W4 cohorts');
        return rows.length;
      },
      cold ? 'view cache emptied before each run' : 'repeated: served from the view cache',
      cold,
    );
  await w4('W4', 'outcomeSummary region × measure, one year, cold', clearViewCaches);
  await w4('W4′', 'outcomeSummary region × measure, one year, warm');

  // W5 write: 5,000 outcomes per batch, each run in a fresh quarter (from 2090) so no row collides; removed afterwards.
  const children = await hub.reader.query<{ id: number }[]>(`SELECT id FROM child ORDER BY id LIMIT 5000`);
  let batch = 0;
  const nextBatch = () => {
    batch++;
    const period = `${2090 + Math.floor(batch / 4)}-Q${(batch % 4) + 1}`;
    return children.map((c) => ({ childId: c.id, measure: 'SUITABLE_ETE', met: c.id % 3 === 0, period }));
  };
  await measure(
    'W5',
    'recordOutcomes, 5,000 rows',
    () =>
      gql<RecordOutcomesAnswer>(op.RECORD_OUTCOMES, {
        input: { outcomes: nextBatch().map((r) => ({ ...r, childId: encodeGlobalId('Child', r.childId) })) },
      }),
    () => base.recordOutcomesBaseline(hub.dataSource.manager, nextBatch()),
    (api) => (assert.equal(api.recordOutcomes.count, 5000, 'W5 count'), 5000),
  );
  await hub.dataSource.query(`DELETE FROM child_outcome WHERE period >= '2090'`);
  return results;
}
