/**
 * Q1–Q4 of issue 16, each asked three ways: of the hub, of PostGraphile v4 on the same database, and as one
 * hand-written SQL statement. `normalise` turns each answer into the same plain shape, so the run can check
 * that all three return the same rows before anything is timed. PostGraphile v4 offers `yotByCode` only for a
 * unique constraint, and the hub's is a unique index, so it is asked with `allYots(condition: { code })`.
 */

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface PeerQuestion {
  id: string;
  name: string;
  hub: { query: string; variables: Data };
  postgraphile: { query: string; variables: Data };
  /** One statement that computes the same answer, through the pg driver (PostgreSQL only). */
  baseline: { sql: string; params: unknown[] };
  /** The answer in a shape all three share (rows in order, lists within a row sorted where order is not asked for). */
  normalise: {
    hub: (data: Data) => unknown;
    postgraphile: (data: Data) => unknown;
    baseline: (rows: Data[]) => unknown;
  };
}

const sorted = (values: string[]) => [...values].sort();

/** The four questions, about the YOT `code` (Q1, Q3). */
export function peerQuestions(code: string): PeerQuestion[] {
  return [
    {
      id: 'Q1',
      name: 'one YOT by code, a few scalars',
      hub: { query: 'query Q1($code: String!) { yot(code: $code) { code name region nation } }', variables: { code } },
      postgraphile: {
        query: 'query Q1($code: String!) { allYots(condition: { code: $code }) { nodes { code name region nation } } }',
        variables: { code },
      },
      baseline: { sql: 'SELECT code, name, region, nation FROM yot WHERE code = $1', params: [code] },
      normalise: {
        hub: (d) => [d.yot],
        postgraphile: (d) => d.allYots.nodes,
        baseline: (rows) => rows.map((r) => ({ code: r.code, name: r.name, region: r.region, nation: r.nation })),
      },
    },
    {
      id: 'Q2',
      name: 'first 20 YOTs → partnerships → agency',
      hub: {
        query:
          'query Q2 { yots(first: 20) { nodes { code name partnerships { status statutory agency { name type } } } } }',
        variables: {},
      },
      postgraphile: {
        query:
          'query Q2 { allYots(first: 20, orderBy: [NAME_ASC, ID_ASC]) { nodes { code name partnershipsByYotId(orderBy: [ID_ASC]) { nodes { status statutory agencyByAgencyId { name type } } } } } }',
        variables: {},
      },
      baseline: {
        sql: `SELECT y.code, y.name,
                (SELECT COALESCE(json_agg(json_build_object('status', p.status, 'statutory', p.statutory, 'agency', json_build_object('name', a.name, 'type', a.type)) ORDER BY p.id), '[]')
                   FROM partnership p JOIN agency a ON a.id = p."agencyId" WHERE p."yotId" = y.id) AS partnerships
              FROM yot y ORDER BY y.name, y.id LIMIT 20`,
        params: [],
      },
      normalise: {
        hub: (d) => d.yots.nodes,
        postgraphile: (d) =>
          d.allYots.nodes.map((y: Data) => ({
            code: y.code,
            name: y.name,
            partnerships: y.partnershipsByYotId.nodes.map((p: Data) => ({
              status: p.status,
              statutory: p.statutory,
              agency: p.agencyByAgencyId,
            })),
          })),
        baseline: (rows) => rows.map((r) => ({ code: r.code, name: r.name, partnerships: r.partnerships })),
      },
    },
    {
      id: 'Q3',
      name: 'a page of 50 evidence items of one YOT with involved agencies and linked criterion codes',
      hub: {
        query:
          'query Q3($code: String!) { yot(code: $code) { evidence(first: 50, orderBy: [{ field: RECORDED_AT, direction: DESC }]) { nodes { title kind occurredOn agenciesInvolved { name } criteria { criterion { code } } } } } }',
        variables: { code },
      },
      postgraphile: {
        query:
          'query Q3($code: String!) { allYots(condition: { code: $code }) { nodes { evidencesByYotId(first: 50, orderBy: [RECORDED_AT_DESC, ID_DESC]) { nodes { title kind occurredOn evidenceAgenciesByEvidenceId { nodes { agencyByAgencyId { name } } } evidenceLinksByEvidenceId { nodes { criterionByCriterionId { code } } } } } } } }',
        variables: { code },
      },
      baseline: {
        sql: `SELECT e.title, e.kind, to_char(e."occurredOn", 'YYYY-MM-DD') AS "occurredOn",
                (SELECT COALESCE(json_agg(a.name), '[]') FROM evidence_agency ea JOIN agency a ON a.id = ea."agencyId" WHERE ea."evidenceId" = e.id) AS agencies,
                (SELECT COALESCE(json_agg(c.code), '[]') FROM evidence_link l JOIN criterion c ON c.id = l."criterionId" WHERE l."evidenceId" = e.id) AS criteria
              FROM evidence e JOIN yot y ON y.id = e."yotId" WHERE y.code = $1 ORDER BY e."recordedAt" DESC, e.id DESC LIMIT 50`,
        params: [code],
      },
      normalise: {
        hub: (d) =>
          d.yot.evidence.nodes.map((e: Data) => ({
            title: e.title,
            kind: e.kind,
            occurredOn: e.occurredOn,
            agencies: sorted(e.agenciesInvolved.map((a: Data) => a.name)),
            criteria: sorted(e.criteria.map((l: Data) => l.criterion.code)),
          })),
        postgraphile: (d) =>
          d.allYots.nodes[0].evidencesByYotId.nodes.map((e: Data) => ({
            title: e.title,
            kind: e.kind,
            occurredOn: e.occurredOn,
            agencies: sorted(e.evidenceAgenciesByEvidenceId.nodes.map((n: Data) => n.agencyByAgencyId.name)),
            criteria: sorted(e.evidenceLinksByEvidenceId.nodes.map((n: Data) => n.criterionByCriterionId.code)),
          })),
        baseline: (rows) =>
          rows.map((r) => ({
            title: r.title,
            kind: r.kind,
            occurredOn: r.occurredOn,
            agencies: sorted(r.agencies),
            criteria: sorted(r.criteria),
          })),
      },
    },
    {
      id: 'Q4',
      name: 'first 100 YOTs with the totalCount of their evidence',
      hub: { query: 'query Q4 { yots(first: 100) { nodes { code evidence { totalCount } } } }', variables: {} },
      postgraphile: {
        query:
          'query Q4 { allYots(first: 100, orderBy: [NAME_ASC, ID_ASC]) { nodes { code evidencesByYotId { totalCount } } } }',
        variables: {},
      },
      baseline: {
        sql: `SELECT y.code, (SELECT COUNT(*) FROM evidence e WHERE e."yotId" = y.id)::int AS n FROM yot y ORDER BY y.name, y.id LIMIT 100`,
        params: [],
      },
      normalise: {
        hub: (d) => d.yots.nodes.map((y: Data) => ({ code: y.code, evidence: y.evidence.totalCount })),
        postgraphile: (d) =>
          d.allYots.nodes.map((y: Data) => ({ code: y.code, evidence: y.evidencesByYotId.totalCount })),
        baseline: (rows) => rows.map((r) => ({ code: r.code, evidence: r.n })),
      },
    },
  ];
}
