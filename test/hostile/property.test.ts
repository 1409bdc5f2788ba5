import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/graphql/relay';
import { seal, unseal } from '../../src/graphql/sealed';
import { hubSchema } from '../../src/graphql/schema';
import { OutcomeMeasure, SendStatus } from '../../src/modules/child/child.enums';
import { addChildren } from '../support/fixtures';
import { listen, onPostgres, startTestHub, TestHub } from '../support/hub';
import { FuzzPools, FuzzTarget, fuzzTargets } from './schema-fuzz';

/*
 * Property: whatever values a caller sends to any argument or input field of any root query or mutation (and of
 * the nested fields they select), the hub never answers INTERNAL_SERVER_ERROR, nor HTTP 500.
 *
 * Reproducible and bounded: a fixed seed, and RUNS_PER_FIELD generated requests for each of the schema's root
 * fields (38 today: 16 queries, 22 mutations; about 460 requests per database, 10–30 s). A failure prints the operation
 * and the shrunk variables; `FUZZ_SEED` and `FUZZ_RUNS` rerun it with another seed or more runs.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS_PER_FIELD = Number(process.env.FUZZ_RUNS ?? 12);
const ADMIN_TOKEN = 'hostile-fuzz-admin-token-0123456789abcdef';

interface Answer {
  status: number;
  body: { errors?: { message: string; extensions?: { code?: string; errorId?: string } }[] };
}

describe('generated input never becomes an internal error', () => {
  let hub: TestHub;
  let url: string;
  let targets: { query: FuzzTarget[]; mutation: FuzzTarget[] };

  beforeAll(async () => {
    hub = await startTestHub({ config: { adminToken: ADMIN_TOKEN } });
    url = `${await listen(hub)}/graphql`;
    await addChildren(hub.dataSource, 'E09000003', [
      {
        ref: 'FZ-1',
        sendStatus: SendStatus.EHCP,
        outcomes: [{ measure: OutcomeMeasure.SUITABLE_ETE, met: true, period: '2024-Q1' }],
      },
    ]);
    const pools = await collectPools();
    const schema = await hubSchema();
    targets = {
      query: fuzzTargets(schema.getQueryType()!, 'query', pools),
      mutation: fuzzTargets(schema.getMutationType()!, 'mutation', pools),
    };
  });
  afterAll(() => hub.close());

  /** Real ids of every node type (a few each), cursors the API issued, and the seeded YOT codes. */
  async function collectPools(): Promise<FuzzPools> {
    const idsByType: Record<string, string[]> = {};
    const tables: Record<string, string> = {
      Yot: 'yot',
      Agency: 'agency',
      Partnership: 'partnership',
      StaffPlacement: 'staff_placement',
      InformationSharingAgreement: 'information_sharing_agreement',
      Evidence: 'evidence',
      EvidenceLink: 'evidence_link',
      Criterion: 'criterion',
      Framework: 'framework',
      Assessment: 'assessment',
      CriterionRating: 'criterion_rating',
      Child: 'child',
      ChildOutcome: 'child_outcome',
    };
    for (const [type, table] of Object.entries(tables)) {
      const rows: { id: number | string }[] = await hub.dataSource.query(`SELECT id FROM ${table} ORDER BY id LIMIT 4`);
      idsByType[type] = rows.map((r) => encodeGlobalId(type, Number(r.id)));
    }
    const cursors: string[] = [];
    for (const query of [
      '{ yots(first: 1) { pageInfo { endCursor } } }',
      '{ evidence(first: 2) { pageInfo { endCursor } } }',
      '{ agencies(first: 3) { pageInfo { endCursor } } }',
      '{ assessments(first: 1) { pageInfo { endCursor } } }',
    ]) {
      const { body } = await post(query, {});
      const page = Object.values(
        (body as { data: Record<string, { pageInfo: { endCursor: string | null } }> }).data,
      )[0];
      if (page.pageInfo.endCursor) cursors.push(page.pageInfo.endCursor);
    }
    const tampered = cursors.flatMap((c) => {
      // Re-sealed with the test hub's (public, development) key: the value checks behind the seal are exercised too.
      const values = JSON.parse(unseal('cursor', c)!) as unknown[];
      const forged = [
        [...values.slice(0, -1), 'x'],
        [...values.slice(0, -1), 1e20],
        [values[0], 1e20, ...values.slice(2)],
      ].map((v) => seal('cursor', JSON.stringify(v)));
      // And as a caller without the key would try: the cursor's bytes flipped, cut short, or in the old base64 JSON.
      const flipped = Buffer.from(c, 'base64url');
      flipped[flipped.length - 1] ^= 1;
      return [
        ...forged,
        flipped.toString('base64url'),
        c.slice(0, -2),
        Buffer.from(JSON.stringify(values)).toString('base64url'),
      ];
    });
    const yotCodes = (await hub.dataSource.query<{ code: string }[]>('SELECT code FROM yot')).map((r) => r.code);
    return { idsByType, cursors: [...cursors, ...tampered, 'not-a-cursor'], yotCodes };
  }

  async function post(query: string, variables: Record<string, unknown>): Promise<Answer> {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${ADMIN_TOKEN}`,
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }

  /** With FUZZ_STATS set: how each field answered, to see that generated values reach the resolvers. */
  const STATS = Boolean(process.env.FUZZ_STATS);
  const stats = new Map<string, Map<string, number>>();
  const tally = (name: string, outcome: string) => {
    const byOutcome = stats.get(name) ?? stats.set(name, new Map()).get(name)!;
    byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
  };
  afterAll(() => {
    if (STATS)
      for (const [name, byOutcome] of stats)
        console.log(`${name}: ${[...byOutcome].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  });

  /** Runs every target of `kind` with generated variables; reports each failing operation with its variables. */
  async function throwValuesAt(kind: 'query' | 'mutation'): Promise<void> {
    const failures: string[] = [];
    for (const target of targets[kind]) {
      const details = await fc.check(
        fc.asyncProperty(target.variables, async (variables) => {
          const { status, body } = await post(target.document, variables);
          const codes = (body.errors ?? []).map((e) => e.extensions?.code);
          if (STATS)
            tally(
              target.name,
              codes.length
                ? `${codes[0]}${process.env.FUZZ_STATS === 'messages' ? ` (${body.errors![0].message.slice(0, 70)})` : ''}`
                : 'ok',
            );
          return !codes.includes('INTERNAL_SERVER_ERROR') && status !== 500;
        }),
        { seed: SEED, numRuns: RUNS_PER_FIELD, endOnFailure: false },
      );
      if (details.failed) {
        const variables = details.counterexample![0];
        const { status, body } = await post(target.document, variables);
        failures.push(
          `${target.name} (HTTP ${status}, seed ${SEED}, path ${details.counterexamplePath}):\n  variables ${JSON.stringify(variables).slice(0, 600)}\n  errors ${JSON.stringify(body.errors).slice(0, 400)}`,
        );
      }
    }
    expect(
      failures,
      `${failures.length} of ${targets[kind].length} ${kind} fields answered INTERNAL_SERVER_ERROR or 500 on ${onPostgres ? 'PostgreSQL' : 'SQLite'}`,
    ).toEqual([]);
  }

  it('covers every root query and mutation field of the schema', () => {
    expect(targets.query.length).toBeGreaterThan(15);
    expect(targets.mutation.length).toBeGreaterThan(15);
    expect(targets.query.map((t) => t.name)).toContain('query node');
    expect(targets.mutation.map((t) => t.name)).toContain('mutation recordOutcomes');
  });

  it('answers generated arguments of every root query field without an internal error', async () => {
    await throwValuesAt('query');
  }, 120_000);

  it('answers generated inputs of every mutation, run as an administrator, without an internal error', async () => {
    await throwValuesAt('mutation');
  }, 120_000);
});
