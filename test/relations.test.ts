import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgreementStatus } from '../src/modules/agreement/agreement.enums';
import { OutcomeMeasure, SendStatus } from '../src/modules/child/child.enums';
import { encodeGlobalId } from '../src/graphql/relay';
import {
  AgenciesDocument,
  AgencyRelationsDocument,
  AssessmentsDocument,
  NodeDocument,
  NodesDocument,
  YotAgreementsDocument,
  YotChildrenDocument,
} from './generated/graphql';
import { expectError } from './support/expect';
import { addAgreement, addChildren, addSyntheticYots } from './support/fixtures';
import { startTestHub, TestHub } from './support/hub';

describe('relations are navigable both ways', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await addSyntheticYots(hub.dataSource, 2);
    await addAgreement(hub.dataSource, 'E09000003', {
      title: 'Barnet SEND information-sharing agreement',
      status: AgreementStatus.ACTIVE,
      signedOn: '2023-06-01',
      reviewDue: '2025-05-31',
      parties: ['Barnet Local Authority SEND Team', 'Barnet Virtual School'],
    });
    await addChildren(hub.dataSource, 'E09000003', [
      {
        ref: 'B-002',
        sendStatus: SendStatus.EHCP,
        outcomes: [
          { measure: OutcomeMeasure.SUITABLE_ETE, met: true, period: '2024-Q2', recordedBy: 'Barnet Virtual School' },
          { measure: OutcomeMeasure.FORMAL_SEND_PLAN, met: true, period: '2024-Q1' },
        ],
      },
      { ref: 'B-001', sendStatus: SendStatus.SEN_SUPPORT, outcomes: [] },
      { ref: 'B-003', sendStatus: SendStatus.EHCP, outcomes: [] },
    ]);
  });
  afterAll(() => hub.close());

  const idOf = async (table: string, where: string) =>
    (await hub.dataSource.query(`SELECT id FROM ${table} WHERE ${where}`))[0].id as number;

  it('agency → its partnerships, agreements and the evidence it provided', async () => {
    const sendTeam = encodeGlobalId('Agency', await idOf('agency', `name = 'Barnet Local Authority SEND Team'`));
    const { data, errors } = await hub.exec(AgencyRelationsDocument, { id: sendTeam });
    expect(errors).toBeUndefined();
    expect(data!.node).toEqual({
      name: 'Barnet Local Authority SEND Team',
      partnerships: [{ yot: { code: 'E09000003' }, status: 'ACTIVE' }],
      agreements: [{ title: 'Barnet SEND information-sharing agreement' }],
      evidenceProvided: { totalCount: 0, nodes: [] },
    });
    const police = encodeGlobalId('Agency', await idOf('agency', `name = 'POLICE for 0000001'`));
    const provided = await hub.exec(AgencyRelationsDocument, { id: police });
    expect(provided.data!.node).toMatchObject({
      evidenceProvided: {
        totalCount: 2,
        nodes: [{ title: 'Evidence 4 of 0000001' }, { title: 'Evidence 1 of 0000001' }],
      },
    });
  });

  it('agreement → its parties, its YOT, and whether it is current on a date (review day inclusive)', async () => {
    const onDue = await hub.exec(YotAgreementsDocument, { code: 'E09000003', asOf: '2025-05-31' });
    expect(onDue.data!.yot!.agreements).toEqual([
      {
        title: 'Barnet SEND information-sharing agreement',
        purpose: 'Share SEND status and plans of children known to the YOT',
        lawfulBasis: ['UK GDPR art. 6(1)(e)', 'UK GDPR art. 9(2)(g)'],
        dataCategories: ['SEND status', 'EHCP'],
        signedOn: '2023-06-01',
        reviewDue: '2025-05-31',
        status: 'ACTIVE',
        isCurrent: true,
        parties: [{ name: 'Barnet Local Authority SEND Team' }, { name: 'Barnet Virtual School' }],
        yot: { code: 'E09000003' },
      },
    ]);
    const dayAfter = await hub.exec(YotAgreementsDocument, { code: 'E09000003', asOf: '2025-06-01' });
    expect(dayAfter.data!.yot!.agreements[0].isCurrent).toBe(false);
  });

  it('YOT → its pseudonymised children (by reference) → their outcomes → the recording agency', async () => {
    const { data, errors } = await hub.exec(YotChildrenDocument, { code: 'E09000003', first: 2 });
    expect(errors).toBeUndefined();
    expect(data!.yot!.children!.totalCount).toBe(3);
    expect(data!.yot!.children!.nodes.map((c) => c.ref)).toEqual(['B-001', 'B-002']);
    expect(data!.yot!.children!.nodes[1]).toEqual({
      ref: 'B-002',
      ageBand: 'AGE_14_TO_15',
      sendStatus: 'EHCP',
      needs: ['communication and interaction'],
      yot: { code: 'E09000003' },
      outcomes: [
        { measure: 'FORMAL_SEND_PLAN', met: true, period: '2024-Q1', recordedBy: null, child: { ref: 'B-002' } },
        {
          measure: 'SUITABLE_ETE',
          met: true,
          period: '2024-Q2',
          recordedBy: { name: 'Barnet Virtual School' },
          child: { ref: 'B-002' },
        },
      ],
    });
    const next = await hub.exec(YotChildrenDocument, {
      code: 'E09000003',
      first: 2,
      after: data!.yot!.children!.pageInfo.endCursor,
    });
    expect(next.data!.yot!.children!.nodes.map((c) => c.ref)).toEqual(['B-003']);
    const ehcp = await hub.exec(YotChildrenDocument, { code: 'E09000003', sendStatuses: ['EHCP'] });
    expect(ehcp.data!.yot!.children).toMatchObject({ totalCount: 2 });
  });
});

describe('agencies and assessments connections', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await addSyntheticYots(hub.dataSource, 2);
  });
  afterAll(() => hub.close());

  it('filters agencies by type, name and partner YOT, and orders by type', async () => {
    const police = await hub.exec(AgenciesDocument, { filter: { types: ['POLICE'] } });
    expect(police.data!.agencies.nodes.map((a) => a.name)).toEqual([
      'Merseyside Police',
      'Metropolitan Police Service',
      'POLICE for 0000001',
      'POLICE for 0000002',
    ]);
    const named = await hub.exec(AgenciesDocument, { filter: { nameContains: 'virtual' } });
    expect(named.data!.agencies.nodes.map((a) => a.name)).toEqual(['Barnet Virtual School']);
    const partners = await hub.exec(AgenciesDocument, {
      filter: { partnerOfYotCodes: ['E08000011'] },
      orderBy: [{ field: 'TYPE' }, { field: 'NAME' }],
    });
    // Knowsley Council is the service's host authority, not a partner.
    expect(partners.data!.agencies.nodes.map((a) => a.type)).toEqual([
      'FE_COLLEGE',
      'HEALTH_COMMISSIONER',
      'LA_EDUCATION',
      'NHS_TRUST',
      'PARENT_CARER_FORUM',
      'POLICE',
      'PROBATION',
    ]);
    expect(partners.data!.agencies.totalCount).toBe(7);
  });

  it('filters assessments by YOT, level and status, undecided ones last', async () => {
    const all = await hub.exec(AssessmentsDocument, {});
    expect(all.data!.assessments.totalCount).toBe(5);
    const lead = await hub.exec(AssessmentsDocument, {
      filter: { levels: ['QUALITY_LEAD'], statuses: ['AWARDED'] },
      orderBy: [{ field: 'VALID_UNTIL', direction: 'DESC' }],
    });
    // Knowsley's 2019 award is valid to September 2022; no source dates the other two, so they come last, tied by id
    // in the same (descending) direction: Knowsley's redesignation, then Barnet's award.
    expect(lead.data!.assessments.nodes.map((a) => [a.yot.code, a.commendations])).toEqual([
      ['E08000011', []],
      ['E08000011', ['CHILD_FIRST']],
      ['E09000003', ['CHILD_FIRST']],
    ]);
    const synthetic = await hub.exec(AssessmentsDocument, { filter: { yotCodes: ['T0000002'] } });
    expect(synthetic.data!.assessments.nodes).toEqual([
      expect.objectContaining({
        level: 'QUALITY_MARK',
        status: 'IN_PROGRESS',
        baselineAssessment: null,
        ratings: [
          { band: 'ESTABLISHED', assessment: { level: 'QUALITY_MARK' } },
          { band: 'ESTABLISHED', assessment: { level: 'QUALITY_MARK' } },
        ],
      }),
    ]);
  });
});

describe('node(id:) and nodes(ids:)', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  const TABLES: [string, string][] = [
    ['Yot', 'yot'],
    ['Agency', 'agency'],
    ['Partnership', 'partnership'],
    ['StaffPlacement', 'staff_placement'],
    ['Framework', 'framework'],
    ['Criterion', 'criterion'],
    ['ExpectedPartner', 'expected_partner'],
    ['Evidence', 'evidence'],
    ['EvidenceLink', 'evidence_link'],
    ['Assessment', 'assessment'],
    ['CriterionRating', 'criterion_rating'],
    ['SourceDocument', 'source_document'],
  ];

  it('refetches an object of every seeded type by its global id', async () => {
    for (const [typeName, table] of TABLES) {
      const [row] = await hub.dataSource.query(`SELECT MIN(id) AS id FROM ${table}`);
      const id = encodeGlobalId(typeName, Number(row.id));
      const { data, errors } = await hub.exec(NodeDocument, { id });
      expect(errors).toBeUndefined();
      expect(data!.node).toEqual({ __typename: typeName, id });
    }
  });

  it('answers NOT_FOUND for a well-formed id that names nothing, BAD_USER_INPUT for a malformed one', async () => {
    const missing = await hub.exec(NodeDocument, { id: encodeGlobalId('Yot', 999999) });
    expect(missing.data).toEqual({ node: null });
    expectError(missing.errors, 'NOT_FOUND', ['node']);
    expectError((await hub.exec(NodeDocument, { id: 'garbage' })).errors, 'BAD_USER_INPUT', ['node']);
    expectError((await hub.exec(NodeDocument, { id: encodeGlobalId('Secret', 1) })).errors, 'BAD_USER_INPUT', ['node']);
  });

  it('fetches several ids in order in a constant number of statements, null where nothing exists', async () => {
    const yots: { id: number; code: string }[] = await hub.dataSource.query(`SELECT id, code FROM yot ORDER BY code`);
    const ids = [
      encodeGlobalId('Yot', yots[0].id),
      encodeGlobalId('Yot', 424242),
      encodeGlobalId('Yot', yots[1].id),
      encodeGlobalId('Agency', 1),
    ];
    const { result, statements } = await hub.count(NodesDocument, { ids });
    expect(result.errors).toBeUndefined();
    expect(result.data!.nodes).toEqual([
      { __typename: 'Yot', id: ids[0], code: yots[0].code },
      null,
      { __typename: 'Yot', id: ids[2], code: yots[1].code },
      { __typename: 'Agency', id: ids[3], name: expect.any(String) },
    ]);
    expect(statements).toBe(2); // one per type
    expectError((await hub.exec(NodesDocument, { ids: Array(101).fill(ids[0]) })).errors, 'BAD_USER_INPUT', ['nodes']);
  });
});
