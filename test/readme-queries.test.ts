import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  DocumentNode,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  parse,
  print,
  validate,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths';
import { DashboardYotDocument } from '../web/dashboard/generated/graphql';
import { ANALYST, startTestHub, TestHub } from './support/hub';

const README = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
const SCHEMA = buildSchema(readFileSync(join(projectRoot(), 'schema', 'schema.graphql'), 'utf8'));

/** The ```graphql blocks of a README section (from its heading to the next heading of the same level). */
function graphqlBlocks(heading: string): string[] {
  const start = README.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const level = heading.split(' ')[0];
  const end = README.indexOf(`\n${level} `, start + heading.length + 1);
  const section = README.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** Each operation of a block as its own document (a block may hold several anonymous mutations). */
const operations = (block: string): OperationDefinitionNode[] =>
  parse(block).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
const asDocument = (op: OperationDefinitionNode): DocumentNode => ({ kind: Kind.DOCUMENT, definitions: [op] });

/**
 * The copy-paste examples of issue 15's README sections (the award journey; KPIs, disproportionality and
 * comparators): every one is valid against the schema, and every query runs on the seed data under the limits a
 * deployed hub has. Mutations need ids of the reader's own data ("…"), so they are validated, not run.
 */
describe('README examples for the award journey, KPIs, disproportionality and comparators', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ limits: 'production' });
  });
  afterAll(() => hub.close());

  const examples = [
    ...graphqlBlocks('## The award journey'),
    ...graphqlBlocks('## KPIs, disproportionality and comparators'),
  ].flatMap(operations);

  it('has one for each part: self-assessment, action plan, the assessment as it runs, reminders, board, KPIs, disproportionality, comparators', () => {
    const text = examples.map((op) => print(op)).join('\n');
    for (const field of [
      'createSelfAssessment',
      'latestSelfAssessment',
      'createActionPlanItem',
      'actionPlan',
      'recordSubmission',
      'recordModerationMeeting',
      'recordInterimDecision',
      'decideAssessment',
      'citeAwardDecision',
      'redesignationReminders',
      'recordBoardMeeting',
      'boardAttendance',
      'kpiComparison',
      'kpiFigures',
      'ETHNICITY',
      'setComparatorGroup',
      'setYotPopulation',
      'comparatorGroups',
    ]) {
      expect(text, field).toContain(field);
    }
  });

  it('are all valid against the schema', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
    for (const op of examples)
      expect(
        validate(SCHEMA, asDocument(op)).map((e) => e.message),
        print(op).slice(0, 80),
      ).toEqual([]);
  });

  it('run as written on the seed data, within the production limits', async () => {
    const queries = examples.filter((op) => op.operation === OperationTypeNode.QUERY);
    expect(queries.length).toBeGreaterThanOrEqual(7);
    for (const op of queries) {
      const result = await hub.exec(asDocument(op), {});
      expect(result.errors, print(op).slice(0, 80)).toBeUndefined();
      expect(result.data, print(op).slice(0, 80)).toBeTruthy();
    }
  });

  it('the journey query for a seeded YOT shows only what its sources support: no self-assessment, action plan or board', async () => {
    const journey = examples.find((op) => op.name?.value === 'YotAwardJourney')!;
    const { data } = await hub.exec(asDocument(journey), {});
    const yot = (data as { yot: Record<string, unknown> }).yot;
    expect(yot).toMatchObject({
      code: 'E08000011',
      latestSelfAssessment: null,
      openActions: [],
      overdueActions: [],
      boardAttendance: [],
    });
    // Neither seeded document mentions any of these for Knowsley or Barnet, so the seed records none (README "Seeds and synthetic data").
    for (const table of [
      'self_assessment',
      'action_plan_item',
      'board',
      'board_member',
      'board_meeting',
      'moderation_meeting',
      'kpi_observation',
      'yot_population',
      'comparator_group',
      'child',
    ]) {
      expect(Number((await hub.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n), table).toBe(0);
    }
  });
});

describe("the dashboard's YOT page operation", () => {
  it('passes the production limits as an analyst with its seven disproportionality breakdowns', async () => {
    const hub = await startTestHub({ limits: 'production' });
    try {
      const { data, errors } = await hub.exec(DashboardYotDocument, { code: 'E08000011' }, ANALYST);
      expect(errors).toBeUndefined();
      // The seed holds no child-level data: every breakdown is there, and empty.
      expect(
        [
          data!.byEthnicity,
          data!.bySex,
          data!.byCareStatus,
          data!.byExclusion,
          data!.byAlternativeProvision,
          data!.bySlcn,
          data!.byNeurodevelopmental,
        ].map((s) => s!.rows),
      ).toEqual([[], [], [], [], [], [], []]);
    } finally {
      await hub.close();
    }
  });
});
