import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSyntheticYots } from './support/fixtures';
import { Caller, Role } from '../src/modules/auth/roles';
import { ANALYST, startTestHub, TestHub } from './support/hub';

/*
 * Planned reads (src/graphql/planned-reads.ts) answer a relation and everything under it in one statement built as
 * JSON in the database. Each question here is asked twice: as written (planned), and with `@include(if: true)` on
 * one field, which the planner refuses, so the same question goes through the per-row loaders. Both must give the
 * same answer, field for field, on both databases, and the planned one must send fewer statements.
 */

type Data = Record<string, unknown>;
const doc = (text: string) => parse(text) as TypedDocumentNode<Data, Record<string, unknown>>;

const AGENCY = 'id name type odsCode schoolUrn ukprn notes basis ceasedOn version __typename';
const PARTNERSHIP = 'id status statutory boardMember startedOn endedOn notes basis version';
const LINK = `id note excerpt version criterion { id code position title wording wordingSource numberingSource sourceNote version }`;

/** `[planned, loaded]` versions of a question: the second marks each of `marked` with a directive the planner refuses. */
function both(text: string, ...marked: string[]): [TypedDocumentNode<Data>, TypedDocumentNode<Data>] {
  let loaded = text;
  for (const field of marked) {
    if (!loaded.includes(`${field} `)) throw new Error(`${field} is not in the question`);
    loaded = loaded.replace(`${field} `, `${field} @include(if: true) `);
  }
  return [doc(text), doc(loaded)];
}

describe('planned reads: one statement for a relation and its subtree, the same answer as the loaders', () => {
  let hub: TestHub;
  let code: string;
  beforeAll(async () => {
    hub = await startTestHub();
    await addSyntheticYots(hub.dataSource, 12);
    // A YOT with evidence that involves agencies and supports criteria.
    const [row] = await hub.dataSource.query(
      `SELECT y.code FROM yot y JOIN evidence e ON e."yotId" = y.id JOIN evidence_agency ea ON ea."evidenceId" = e.id
       GROUP BY y.code ORDER BY COUNT(*) DESC, y.code LIMIT 1`,
    );
    code = (row as { code: string }).code;
  });
  afterAll(() => hub.close());

  async function compare(planned: TypedDocumentNode<Data>, loaded: TypedDocumentNode<Data>, variables: Data = {}) {
    const fast = await hub.count(planned, variables, ANALYST);
    const slow = await hub.count(loaded, variables, ANALYST);
    expect(fast.result.errors).toBeUndefined();
    expect(slow.result.errors).toBeUndefined();
    expect(fast.result.data).toEqual(slow.result.data);
    return { data: fast.result.data!, planned: fast.statements, loaded: slow.statements };
  }

  it('YOTs → partnerships → agency: every column of both, in one statement below the page', async () => {
    const [planned, loaded] = both(
      `{ yots(first: 14) { nodes { code partnerships { ${PARTNERSHIP} agency { ${AGENCY} } } } } }`,
      'ceasedOn',
    );
    const { data, planned: statements, loaded: before } = await compare(planned, loaded);
    const yots = (data.yots as { nodes: { partnerships: { agency: { name: string } }[] }[] }).nodes;
    expect(yots).toHaveLength(14);
    expect(yots.flatMap((y) => y.partnerships).length).toBeGreaterThan(20);
    // The page of YOTs, their partnerships and agencies: one statement. The loaders send the page, the
    // partnerships and the agencies one each.
    expect(statements).toBe(1);
    expect(before).toBe(3);
  });

  it('one YOT → partnerships → agency (the small lookup) also plans', async () => {
    const [planned, loaded] = both(
      `query ($code: String!) { yot(code: $code) { code name region partnerships { status statutory startedOn agency { name type } } } }`,
      'startedOn',
    );
    const { planned: statements } = await compare(planned, loaded, { code });
    expect(statements).toBe(1);
  });

  it('a YOT code nobody has is NOT_FOUND through the planned lookup too', async () => {
    const missing = await hub.exec(doc(`{ yot(code: "E06999999") { code partnerships { status } } }`), {}, ANALYST);
    expect(missing.data).toEqual({ yot: null });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('a page of evidence → involved agencies and criterion links → criterion', async () => {
    const [planned, loaded] = both(
      `query ($code: String!) { yot(code: $code) { evidence(first: 50, orderBy: [{ field: RECORDED_AT, direction: DESC }]) {
         nodes { title kind occurredOn agenciesInvolved { ${AGENCY} } criteria { ${LINK} } } } } }`,
      'wordingSource',
      'odsCode',
    );
    const { data, planned: statements, loaded: before } = await compare(planned, loaded, { code });
    const nodes = (data.yot as { evidence: { nodes: { agenciesInvolved: unknown[]; criteria: unknown[] }[] } }).evidence
      .nodes;
    expect(nodes.some((e) => e.agenciesInvolved.length > 0)).toBe(true);
    expect(nodes.some((e) => e.criteria.length > 1)).toBe(true);
    // The YOT, then the page: its items ranked and selected with their agencies and criteria. The loaders take the
    // page's ids, the items, their agency links, the agencies, their criterion links and the criteria one each.
    expect(statements).toBe(2);
    expect(before).toBe(7);
  });

  it('a page whose cursors are asked for loads its items as before, and its cursors page on identically', async () => {
    const page = (after: string | null, withCursor: boolean) =>
      hub.exec(
        doc(`query ($code: String!, $after: String) { yot(code: $code) { evidence(first: 7, after: $after) {
           pageInfo { hasNextPage ${withCursor ? 'endCursor' : ''} }
           edges { ${withCursor ? 'cursor' : ''} node { title agenciesInvolved { name } } } totalCount } } }`),
        { code, after },
        ANALYST,
      );
    const first = await page(null, true);
    expect(first.errors).toBeUndefined();
    type Evidence = { pageInfo: { hasNextPage: boolean; endCursor?: string }; edges: { cursor?: string }[] };
    const evidence = (first.data!.yot as { evidence: Evidence }).evidence;
    expect(evidence.pageInfo.hasNextPage).toBe(true);
    expect(evidence.edges.at(-1)!.cursor).toBe(evidence.pageInfo.endCursor);
    const next = await page(evidence.pageInfo.endCursor!, false);
    const nextWithCursors = await page(evidence.pageInfo.endCursor!, true);
    const strip = (data: unknown) =>
      JSON.stringify(data, (k, v: unknown) => (k === 'cursor' || k === 'endCursor' ? undefined : v));
    expect(next.errors).toBeUndefined();
    expect(strip(next.data)).toBe(strip(nextWithCursors.data));
    expect(next.data).not.toEqual(first.data);
  });

  it("one parent's page (ORDER BY … LIMIT) is the same YOT's page among many parents (ROW_NUMBER), both ways", async () => {
    const yots = await hub.exec(doc(`{ yots(first: 3) { nodes { code } } }`), {}, ANALYST);
    const codes = (yots.data!.yots as { nodes: { code: string }[] }).nodes.map((y) => y.code);
    const selection = (args: string) =>
      `evidence(${args}, orderBy: [{ field: RECORDED_AT, direction: DESC }]) {
         pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { title kind agenciesInvolved { name } } }`;
    for (const args of ['first: 4', 'last: 4']) {
      const alone = await hub.exec(
        doc(`query ($code: String!) { yot(code: $code) { ${selection(args)} } }`),
        { code: codes[1] },
        ANALYST,
      );
      const among = await hub.exec(doc(`{ yots(first: 3) { nodes { code ${selection(args)} } } }`), {}, ANALYST);
      expect(alone.errors).toBeUndefined();
      expect(among.errors).toBeUndefined();
      const page = (alone.data!.yot as { evidence: { nodes: unknown[] } }).evidence;
      expect(page.nodes).toHaveLength(4);
      expect(page).toEqual((among.data!.yots as { nodes: { evidence: unknown }[] }).nodes[1].evidence);
      if (args !== 'first: 4') continue;
      // Paging back from the fourth item through its cursor (the seek predicates on one parent): the two before it.
      const { endCursor } = (page as unknown as { pageInfo: { endCursor: string } }).pageInfo;
      const before = await hub.exec(
        doc(`query ($code: String!, $before: String) { yot(code: $code) {
           evidence(last: 2, before: $before, orderBy: [{ field: RECORDED_AT, direction: DESC }]) {
             nodes { title kind agenciesInvolved { name } } } } }`),
        { code: codes[1], before: endCursor },
        ANALYST,
      );
      expect(before.errors).toBeUndefined();
      expect((before.data!.yot as { evidence: { nodes: unknown[] } }).evidence.nodes).toEqual(page.nodes.slice(1, 3));
    }
  });

  it('aliases, fragments and __typename plan; a field with arguments falls back to the loaders', async () => {
    const fragment = `fragment P on Partnership { status a: agency { name } ... on Partnership { b: agency { type id } } }`;
    const [planned, loaded] = both(
      `{ yots(first: 5) { nodes { code partnerships { __typename ...P statutory } } } } ${fragment}`,
      'statutory',
    );
    const { planned: statements } = await compare(planned, loaded);
    expect(statements).toBe(1);
    // `standing(asOf:)` has arguments: the planner refuses, the loaders answer as before.
    const withArgs = await hub.count(
      doc(`{ yots(first: 5) { nodes { partnerships { status standing(asOf: "2025-01-01") } } } }`),
      {},
      ANALYST,
    );
    expect(withArgs.result.errors).toBeUndefined();
    expect(withArgs.statements).toBeGreaterThan(2);
  });

  it('a planned page of YOTs is the parent of fields that read only its key (the evidence count of each)', async () => {
    const [planned, loaded] = both(
      `{ yots(first: 14, orderBy: [{ field: CODE, direction: DESC }]) { pageInfo { hasNextPage }
         nodes { code name evidence { totalCount } recent: evidence(first: 2) { nodes { title } } } } }`,
      'name',
    );
    const { data, planned: statements, loaded: before } = await compare(planned, loaded);
    const yots = (data.yots as { nodes: { evidence: { totalCount: number } }[] }).nodes;
    expect(yots.some((y) => y.evidence.totalCount > 0)).toBe(true);
    // `evidence` is asked twice, once with arguments, so its resolver counts: the page, the counts, and the recent
    // items ranked with their JSON; the page of entities costs the same one statement.
    expect(statements).toBe(3);
    expect(before).toBe(3);
  });

  it("counts each YOT's evidence inside the page statement, within the caller's scope (Q4)", async () => {
    const question = `{ yots(first: 20) { nodes { code evidence { totalCount } } } }`;
    const [planned, loaded] = both(question, 'code');
    const { data, planned: statements, loaded: before } = await compare(planned, loaded);
    expect(statements).toBe(1);
    expect(before).toBe(2);
    const expected = await hub.dataSource.query(
      'SELECT y.code, COUNT(e.id) AS n FROM yot y LEFT JOIN evidence e ON e."yotId" = y.id GROUP BY y.code',
    );
    const counts = new Map(expected.map((r: { code: string; n: number | string }) => [r.code, Number(r.n)]));
    const yots = (data.yots as { nodes: { code: string; evidence: { totalCount: number } }[] }).nodes;
    expect(yots.length).toBeGreaterThan(10);
    for (const yot of yots) expect(yot.evidence.totalCount).toBe(counts.get(yot.code));
    // A partner sees only the YOTs its agency works with, in the page and in the counts alike.
    const [{ agencyId }] = await hub.dataSource.query(
      'SELECT "agencyId" FROM partnership GROUP BY "agencyId" ORDER BY COUNT(*) DESC, "agencyId" LIMIT 1',
    );
    const partner: Caller = { name: 'partner', role: Role.PARTNER, yotId: null, agencyId: Number(agencyId) };
    const scoped = await hub.count(planned, {}, partner);
    const scopedLoaded = await hub.exec(loaded, {}, partner);
    expect(scoped.result.errors).toBeUndefined();
    expect(scoped.result.data).toEqual(scopedLoaded.data);
    expect((scoped.result.data!.yots as { nodes: unknown[] }).nodes.length).toBeLessThan(yots.length);
    // With an argument the count is the resolver's, as before.
    const filtered = await hub.count(
      doc(`{ yots(first: 20) { nodes { code evidence(filter: { kinds: [BOARD_MINUTES] }) { totalCount } } } }`),
      {},
      ANALYST,
    );
    expect(filtered.result.errors).toBeUndefined();
    expect(filtered.statements).toBe(2);
  });

  it('gives planned YOTs and evidence items their own global ids, which node(id:) opens', async () => {
    const [planned, loaded] = both(
      `query ($code: String!) { yots(first: 3) { nodes { id code evidence(first: 2) { nodes { id title } } } }
         yot(code: $code) { id code } }`,
      'code',
    );
    const { data } = await compare(planned, loaded, { code });
    const yots = (data.yots as { nodes: { id: string; evidence: { nodes: { id: string }[] } }[] }).nodes;
    const ids = [yots[0].id, yots[0].evidence.nodes[0].id, (data.yot as { id: string }).id];
    const opened = await hub.exec(
      doc(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Yot { code } ... on Evidence { title } } }`),
      { ids },
      ANALYST,
    );
    expect(opened.errors).toBeUndefined();
    expect((opened.data!.nodes as { __typename: string }[]).map((n) => n.__typename)).toEqual([
      'Yot',
      'Evidence',
      'Yot',
    ]);
  });

  it('plans a fragment spread in several places for each place (review: one cache entry served all)', async () => {
    const branches: Record<string, string> = {
      a: 'nodes { name }',
      b: 'nodes { region description }',
      c: 'nodes { evidence { totalCount } }',
      d: 'nodes { evidence(filter: { kinds: [PROTOCOL] }) { totalCount } partnerships(status: ENDED) { status } }',
      e: 'nodes { partnerships { status } }',
    };
    const fragment = `fragment N on YotConnection { nodes { code } }`;
    const together = await hub.exec(
      doc(
        `{ ${Object.entries(branches)
          .map(([k, v]) => `${k}: yots(first: 3) { ...N ${v} }`)
          .join(' ')} } ${fragment}`,
      ),
      {},
      ANALYST,
    );
    expect(together.errors).toBeUndefined();
    // Each branch alone, through the loaders (the directive stops the planner): the answer each must give.
    for (const [alias, selection] of Object.entries(branches)) {
      const alone = await hub.exec(
        doc(`{ ${alias}: yots(first: 3) { nodes { code @include(if: true) } ${selection} } }`),
        {},
        ANALYST,
      );
      expect(alone.errors).toBeUndefined();
      expect(together.data![alias]).toEqual(alone.data![alias]);
    }
  });

  it('keeps the `status` filter of partnerships (not planned) and the empty lists of YOTs without partners', async () => {
    const filtered = await hub.exec(
      doc(`{ yots(first: 14) { nodes { partnerships(status: ENDED) { status } } } }`),
      {},
      ANALYST,
    );
    expect(filtered.errors).toBeUndefined();
    const statuses = (filtered.data!.yots as { nodes: { partnerships: { status: string }[] }[] }).nodes.flatMap((y) =>
      y.partnerships.map((p) => p.status),
    );
    expect(statuses.every((s) => s === 'ENDED')).toBe(true);
    const created = await hub.exec(
      doc(`mutation { createYot(input: { code: "E09999999", name: "Partnerless", localAuthorities: ["Nowhere"],
             region: "London", nation: ENGLAND }) { yot { code } } }`),
    );
    expect(created.errors).toBeUndefined();
    const lonely = await hub.exec(
      doc(`{ yot(code: "E09999999") { partnerships { status agency { name } } } }`),
      {},
      ANALYST,
    );
    expect(lonely.errors).toBeUndefined();
    expect(lonely.data).toEqual({ yot: { partnerships: [] } });
  });
});
