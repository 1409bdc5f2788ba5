import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/graphql/relay';
import { Caller, Role } from '../../src/modules/auth/roles';
import { OutcomeMeasure, SendStatus } from '../../src/modules/child/child.enums';
import {
  AgencyRelationsDocument,
  AuditTrailDocument,
  EvidenceHistoriesDocument,
  NodeDocument,
  NodesDocument,
  RecordAgreementDocument,
  RecordEvidenceDocument,
  RecordOutcomesDocument,
  RateCriterionDocument,
  ReviewEvidenceDocument,
  StartAssessmentDocument,
  RegisterChildDocument,
  ScopedListsDocument,
} from '../generated/graphql';
import { expectError } from '../support/expect';
import { addChildren } from '../support/fixtures';
import { startTestHub, TestHub } from '../support/hub';
import { withoutWrites } from '../support/snapshot';

const BARNET = 'E09000003';
const KNOWSLEY = 'E08000011';

/** A message with the id it names blanked out, to compare the shape of two answers. */
const shape = (errors: readonly GraphQLFormattedError[] | undefined, id: string) =>
  (errors ?? []).map((e) => ({
    code: e.extensions?.code,
    message: e.message.replaceAll(id, '<id>'),
    path: e.path,
    extensionKeys: Object.keys(e.extensions ?? {}).sort(),
  }));

describe('scope without side doors', () => {
  let hub: TestHub;
  const key = async (sql: string) => Number((await hub.dataSource.query(sql))[0].id);
  const callers: Record<'partner' | 'knowsleyManager' | 'assessor' | 'analyst', Caller> = {} as never;
  /** Real ids of Barnet objects (and a child-level audit event), by GraphQL type. */
  const barnet: Record<string, string> = {};
  let barnetYot: string;

  beforeAll(async () => {
    hub = await startTestHub();
    const merseyside = await key(`SELECT id FROM agency WHERE name = 'Merseyside Police'`);
    const knowsley = await key(`SELECT id FROM yot WHERE code = '${KNOWSLEY}'`);
    callers.partner = { name: 'merseyside police', role: Role.PARTNER, yotId: null, agencyId: merseyside };
    callers.knowsleyManager = { name: 'knowsley manager', role: Role.YOT_MANAGER, yotId: knowsley, agencyId: null };
    callers.assessor = { name: 'assessor', role: Role.ASSESSOR, yotId: null, agencyId: null };
    callers.analyst = { name: 'analyst', role: Role.ANALYST, yotId: null, agencyId: null };
    const yotKey = await key(`SELECT id FROM yot WHERE code = '${BARNET}'`);
    barnetYot = encodeGlobalId('Yot', yotKey);
    const met = encodeGlobalId('Agency', await key(`SELECT id FROM agency WHERE name = 'Metropolitan Police Service'`));
    const agreement = await hub.exec(RecordAgreementDocument, {
      input: {
        yotId: barnetYot,
        partyIds: [met],
        title: 'Barnet ISA',
        purpose: 'SEND status',
        lawfulBasis: ['UK GDPR art. 6(1)(e)'],
        dataCategories: ['SEND status'],
        status: 'DRAFT',
      },
    });
    expect(agreement.errors).toBeUndefined();
    await addChildren(hub.dataSource, BARNET, [
      {
        ref: 'SCOPE-1',
        sendStatus: SendStatus.EHCP,
        outcomes: [{ measure: OutcomeMeasure.SUITABLE_ETE, met: true, period: '2024-Q1' }],
      },
    ]);
    // Evidence with a history: recorded, then reviewed, through the API.
    const recorded = await hub.exec(RecordEvidenceDocument, {
      input: { yotId: barnetYot, title: 'Scope test protocol', kind: 'PROTOCOL', providedById: met, criteria: [] },
    });
    expect(recorded.errors).toBeUndefined();
    const reviewed = await hub.exec(ReviewEvidenceDocument, {
      input: {
        id: recorded.data!.recordEvidence!.evidence.id,
        expectedVersion: recorded.data!.recordEvidence!.evidence.version,
        state: 'ACCEPTED',
      },
    });
    expect(reviewed.errors).toBeUndefined();
    const started = await hub.exec(StartAssessmentDocument, {
      input: { yotId: barnetYot, level: 'QUALITY_MARK', kind: 'INITIAL' },
    });
    expect(started.errors).toBeUndefined();
    const s1 = encodeGlobalId('Criterion', await key(`SELECT MIN(id) AS id FROM criterion WHERE code = 'S1'`));
    const rated = await hub.exec(RateCriterionDocument, {
      input: {
        assessmentId: started.data!.startAssessment!.assessment.id,
        criterionId: s1,
        score: 3,
        band: 'EMERGING',
        rationale: 'Scope test.',
        evidenceIds: [],
      },
    });
    expect(rated.errors).toBeUndefined();
    const registered = await hub.exec(RegisterChildDocument, {
      input: { yotId: barnetYot, ref: 'SCP-2', ageBand: 'AGE_14_TO_15', sendStatus: 'NONE' },
    });
    expect(registered.errors).toBeUndefined();
    const ofBarnet = (table: string, column = '"yotId"') =>
      key(`SELECT MIN(id) AS id FROM ${table} WHERE ${column} = ${yotKey}`);
    Object.assign(barnet, {
      Yot: barnetYot,
      Partnership: encodeGlobalId('Partnership', await ofBarnet('partnership')),
      StaffPlacement: encodeGlobalId('StaffPlacement', await ofBarnet('staff_placement')),
      InformationSharingAgreement: encodeGlobalId(
        'InformationSharingAgreement',
        await ofBarnet('information_sharing_agreement'),
      ),
      Evidence: encodeGlobalId('Evidence', await ofBarnet('evidence')),
      EvidenceLink: encodeGlobalId(
        'EvidenceLink',
        await key(
          `SELECT MIN(l.id) AS id FROM evidence_link l JOIN evidence e ON e.id = l."evidenceId" WHERE e."yotId" = ${yotKey}`,
        ),
      ),
      Assessment: encodeGlobalId('Assessment', await ofBarnet('assessment')),
      CriterionRating: encodeGlobalId(
        'CriterionRating',
        await key(
          `SELECT MIN(r.id) AS id FROM criterion_rating r JOIN assessment a ON a.id = r."assessmentId" WHERE a."yotId" = ${yotKey}`,
        ),
      ),
      CriterionRatingRevision: encodeGlobalId(
        'CriterionRatingRevision',
        await key(
          `SELECT MIN(v.id) AS id FROM criterion_rating_revision v JOIN criterion_rating r ON r.id = v."ratingId" JOIN assessment a ON a.id = r."assessmentId" WHERE a."yotId" = ${yotKey}`,
        ),
      ),
      Child: encodeGlobalId('Child', await ofBarnet('child')),
      ChildOutcome: encodeGlobalId(
        'ChildOutcome',
        await key(
          `SELECT MIN(o.id) AS id FROM child_outcome o JOIN child c ON c.id = o."childId" WHERE c."yotId" = ${yotKey}`,
        ),
      ),
      AuditEvent: encodeGlobalId(
        'AuditEvent',
        await key(`SELECT MIN(id) AS id FROM audit_event WHERE "entityType" = 'Child'`),
      ),
    });
  });
  afterAll(() => hub.close());

  it('lets no filter tell a PARTNER about a YOT its agency does not work with', async () => {
    const admin = await hub.exec(ScopedListsDocument, { codes: [BARNET], yotIds: [barnetYot] });
    expect(admin.data!.agencies.totalCount).toBeGreaterThan(0);
    expect(admin.data!.evidenceByCode.totalCount).toBeGreaterThan(0);
    const asPartner = await hub.exec(ScopedListsDocument, { codes: [BARNET], yotIds: [barnetYot] }, callers.partner);
    const nowhere = await hub.exec(
      ScopedListsDocument,
      { codes: ['E99999999'], yotIds: [encodeGlobalId('Yot', 999999)] },
      callers.partner,
    );
    expect(asPartner.errors).toBeUndefined();
    // Barnet's partners, evidence, assessments and coverage: exactly what a YOT that does not exist gives.
    expect(asPartner.data).toEqual(nowhere.data);
    expect(asPartner.data).toEqual({
      agencies: { totalCount: 0, nodes: [] },
      evidenceByCode: { totalCount: 0 },
      evidenceById: { totalCount: 0 },
      assessments: { totalCount: 0 },
      yots: { totalCount: 0 },
      coverage: { nodes: [] },
      coverageByRegion: [],
    });
  });

  it('still answers a PARTNER in full about the YOTs its agency works with', async () => {
    const yotIds = [encodeGlobalId('Yot', await key(`SELECT id FROM yot WHERE code = '${KNOWSLEY}'`))];
    const admin = await hub.exec(ScopedListsDocument, { codes: [KNOWSLEY], yotIds });
    const asPartner = await hub.exec(ScopedListsDocument, { codes: [KNOWSLEY], yotIds }, callers.partner);
    expect(asPartner.errors).toBeUndefined();
    expect(asPartner.data!.agencies.totalCount).toBeGreaterThan(1);
    expect(asPartner.data).toEqual(admin.data);
  });

  it('shows a PARTNER no nested partnership, agreement or evidence of another YOT, even through a shared agency', async () => {
    const met = encodeGlobalId('Agency', await key(`SELECT id FROM agency WHERE name = 'Metropolitan Police Service'`));
    const admin = await hub.exec(AgencyRelationsDocument, { id: met });
    expect(admin.data!.node).toMatchObject({
      partnerships: [{ yot: { code: BARNET } }],
      agreements: [{ title: 'Barnet ISA' }],
    });
    const asPartner = await hub.exec(AgencyRelationsDocument, { id: met }, callers.partner);
    expect(asPartner.errors).toBeUndefined();
    expect(asPartner.data).toEqual({
      node: {
        name: 'Metropolitan Police Service',
        partnerships: [],
        agreements: [],
        evidenceProvided: { totalCount: 0, nodes: [] },
      },
    });
  });

  it('answers node(id:) for an object that is not yours exactly as for one that is not there, for every scoped type', async () => {
    const cases: [string, Caller][] = [
      ...[
        'Yot',
        'Partnership',
        'StaffPlacement',
        'InformationSharingAgreement',
        'Evidence',
        'EvidenceLink',
        'Assessment',
        'CriterionRating',
        'CriterionRatingRevision',
        'Child',
        'ChildOutcome',
        'AuditEvent',
      ].map((type) => [type, callers.partner] as [string, Caller]),
      ['Child', callers.knowsleyManager],
      ['ChildOutcome', callers.knowsleyManager],
      ['Child', callers.assessor],
      ['AuditEvent', callers.assessor],
      ['AuditEvent', callers.analyst],
    ];
    for (const [type, caller] of cases) {
      const real = barnet[type];
      const missing = encodeGlobalId(type, 2 ** 31 - 1);
      const admin = await hub.exec(NodeDocument, { id: real });
      expect(admin.data!.node, `${type} exists`).toMatchObject({ __typename: type, id: real });
      const notYours = await hub.exec(NodeDocument, { id: real }, caller);
      const notThere = await hub.exec(NodeDocument, { id: missing }, caller);
      expect(notYours.data, `${type} as ${caller.role}`).toEqual({ node: null });
      expectError(notYours.errors, 'NOT_FOUND', ['node']);
      expect(shape(notYours.errors, real), `${type} as ${caller.role}`).toEqual(shape(notThere.errors, missing));
      const many = await hub.exec(NodesDocument, { ids: [real, missing] }, caller);
      expect(many.errors, `${type} as ${caller.role}`).toBeUndefined();
      expect(many.data, `${type} as ${caller.role}`).toEqual({ nodes: [null, null] });
    }
  });

  it("answers a manager recording outcomes for another YOT's child as for a child that does not exist, writing nothing", async () => {
    const row = (childId: string) => ({
      input: { outcomes: [{ childId, measure: 'SUITABLE_ETE' as const, met: true, period: '2024-Q2' }] },
    });
    const missing = encodeGlobalId('Child', 2 ** 31 - 1);
    const notYours = await withoutWrites(hub.dataSource, () =>
      hub.exec(RecordOutcomesDocument, row(barnet.Child), callers.knowsleyManager),
    );
    const notThere = await withoutWrites(hub.dataSource, () =>
      hub.exec(RecordOutcomesDocument, row(missing), callers.knowsleyManager),
    );
    expectError(notYours.errors, 'BAD_USER_INPUT', ['recordOutcomes']);
    expect(shape(notYours.errors, barnet.Child)).toEqual(shape(notThere.errors, missing));
  });

  it('applies one rule to audit events: Evidence.history shows what auditTrail would, to the roles auditTrail serves', async () => {
    const admin = await hub.exec(EvidenceHistoriesDocument);
    const withHistory = admin.data!.evidence.nodes.filter((n) => n.history.totalCount > 0);
    expect(withHistory.length).toBeGreaterThan(0);
    for (const caller of [callers.partner, callers.knowsleyManager, callers.analyst]) {
      expectError((await hub.exec(AuditTrailDocument, { first: 1 }, caller)).errors, 'FORBIDDEN', ['auditTrail']);
      const { data, errors } = await hub.exec(EvidenceHistoriesDocument, undefined, caller);
      expect(errors).toBeUndefined();
      expect(data!.evidence.nodes.length).toBeGreaterThan(0);
      expect(
        data!.evidence.nodes.every((n) => n.history.totalCount === 0 && n.history.nodes.length === 0),
        `${caller.role} sees no events`,
      ).toBe(true);
    }
    const asAssessor = await hub.exec(EvidenceHistoriesDocument, undefined, callers.assessor);
    for (const item of withHistory.slice(0, 5)) {
      const trail = await hub.exec(AuditTrailDocument, { entityId: item.id, first: 100 }, callers.assessor);
      const history = asAssessor.data!.evidence.nodes.find((n) => n.id === item.id)!.history;
      expect(history.nodes.map((n) => n.id)).toEqual(trail.data!.auditTrail!.nodes.map((n) => n.id));
      expect(history.totalCount).toBe(item.history.totalCount);
    }
  });

  it('defines child references positively and refuses ones that look like dates or names', async () => {
    const refused = [
      ...[
        '01APR2009',
        '1-4-2009',
        '2009-04-01',
        '1/4/09',
        '010409',
        'JaneSmith_DOB_1Apr09',
        'Jane Smith',
        'JS-2009-04-01',
        'K-010409',
        'APR-2009',
        'DOB-1',
        'Smith',
        'jane-1',
        'SMITH_J-1',
      ],
      // The review's examples: dates in the digits, names and months as prefixes.
      ...[
        'JD-0104-2009',
        'AB-1-2009',
        'AB-31-12',
        'BD-1-4',
        'APRIL-1',
        'MARCH-1',
        'JUNE-1',
        'JULY-1',
        'AUGUST-1',
        'JSMITH-1',
        'JANE-1',
        'BDAY-1',
        'XDOB-1',
      ],
      // Every month as a prefix; day-month and month-day, padded or not; years; compact dates of 4, 6 and 8 digits.
      ...['JAN-1', 'FEB-1', 'MAR-1', 'MAY-1', 'JUN-1', 'JUL-1', 'AUG-1', 'SEP-1', 'OCT-1', 'NOV-1', 'DEC-1', 'DOB-7'],
      ...[
        'K-12-31',
        'K-04-01',
        'K-1-12',
        'K-2009',
        'K-1999-7',
        'K-7-2024',
        'K-0104',
        'K-1231',
        'K-311299',
        'K-090401',
        'K-01042009',
        'K-20090401',
        'K-12312009',
      ],
      ...['AB', 'AB-', 'AB-1-', 'AB-1-2-3', 'AB-123456789', 'A B-1', 'AB_1', 'ab-1', 'ABCD-1'],
    ];
    for (const ref of refused) {
      const { errors } = await withoutWrites(hub.dataSource, () =>
        hub.exec(RegisterChildDocument, {
          input: { yotId: barnetYot, ref, ageBand: 'AGE_14_TO_15', sendStatus: 'NONE' },
        }),
      );
      expect(expectError(errors, 'BAD_USER_INPUT', ['registerChild']).extensions, ref).toMatchObject({
        field: 'input.ref',
      });
    }
    for (const ref of [
      'BYJ-0001',
      'SYN-12-345',
      'K-7',
      'KN-0040',
      'FX-013',
      'B-100',
      'REF-001',
      'K-32-13',
      'Q-1-99',
      'AB-00001',
      'SYN-001-00001',
      'SYN-160-01000',
    ]) {
      const { errors } = await hub.exec(RegisterChildDocument, {
        input: { yotId: barnetYot, ref, ageBand: 'AGE_14_TO_15', sendStatus: 'NONE' },
      });
      expect(errors, ref).toBeUndefined();
    }
  });
});
