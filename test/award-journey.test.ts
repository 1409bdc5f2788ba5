import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/relay';
import { Role } from '../src/modules/auth/roles';
import type { Caller } from '../src/modules/auth/roles';
import { disagreementOf } from '../src/modules/self-assessment/self-assessment.rules';
import {
  CreateActionPlanItemDocument,
  CreateSelfAssessmentDocument,
  JourneyGapsDocument,
  UpdateActionPlanItemDocument,
  UpdateSelfAssessmentDocument,
  YotJourneyDocument,
} from './generated/graphql';
import { addCoverageFixture, FIXTURE_CODE } from './support/coverage-fixture';
import { expectError } from './support/expect';
import { startTestHub, TestHub } from './support/hub';
import { globalId } from './support/ids';

const AS_OF = '2024-06-30';

/**
 * Issue 15 parts 1 and 2 on Fixtureshire (test/support/coverage-fixture.ts), whose evidence on 2024-06-30 is
 * worked out by hand there: S1 2 countable items (1 accepted), S2 2 (2 accepted), S3 none (E4 withdrawn), S4 1 (1
 * accepted), S9 none (E5 rejected, E6 expired the day before). The assessment in progress rates S1 9, S2 10, S3 6.
 */
describe('the award journey: self-assessment and action plans', () => {
  let hub: TestHub;
  let ids: Record<string, number>;
  let yotId: string;
  let manager: Caller;
  let otherManager: Caller;
  let police: Caller;
  const criterion: Record<string, string> = {};
  const agency = (name: string) => encodeGlobalId('Agency', ids[name]);

  beforeAll(async () => {
    hub = await startTestHub();
    ids = await addCoverageFixture(hub.dataSource);
    yotId = encodeGlobalId('Yot', ids.yot);
    for (const code of ['S1', 'S2', 'S3', 'S4', 'S9'])
      criterion[code] = await globalId(hub.dataSource, 'Criterion', 'criterion', `code = '${code}'`);
    manager = { name: 'fixture-manager', role: Role.YOT_MANAGER, yotId: ids.yot, agencyId: null };
    const knowsley = (await hub.dataSource.query(`SELECT id FROM yot WHERE code = 'E08000011'`))[0].id;
    otherManager = { name: 'knowsley-manager', role: Role.YOT_MANAGER, yotId: Number(knowsley), agencyId: null };
    police = { name: 'fixture-police', role: Role.PARTNER, yotId: null, agencyId: ids['Fixture Police'] };
  });
  afterAll(() => hub.close());

  const audited = async (action: string) =>
    Number((await hub.dataSource.query(`SELECT COUNT(*) AS n FROM audit_event WHERE action = '${action}'`))[0].n);
  const rows = async (table: string) => Number((await hub.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const scores = () => [
    {
      criterionId: criterion.S1,
      score: 8,
      note: 'Protocol agreed with police',
      evidenceIds: [encodeGlobalId('Evidence', ids.E1)],
    },
    { criterionId: criterion.S2, score: 2 },
    { criterionId: criterion.S3, score: 7, note: 'Training for all staff' },
    { criterionId: criterion.S9, score: 3 },
  ];
  const selfAssessmentInput = () => ({
    yotId,
    assessedOn: '2024-06-01',
    participantAgencyIds: [agency('Fixture Police'), agency('Fixture SEND Team')],
    note: 'Annual benchmark',
    scores: scores(),
  });

  describe('self-assessment', () => {
    let saId: string;
    it('records a dated self-assessment with participants and scores, audited', async () => {
      const { data, errors } = await hub.exec(CreateSelfAssessmentDocument, { input: selfAssessmentInput() }, manager);
      expect(errors).toBeUndefined();
      const sa = data!.createSelfAssessment!.selfAssessment;
      saId = sa.id;
      expect(sa).toMatchObject({
        version: 1,
        assessedOn: '2024-06-01',
        note: 'Annual benchmark',
        recordedBy: 'fixture-manager',
        participants: [{ name: 'Fixture Police' }, { name: 'Fixture SEND Team' }],
        scores: [
          { criterion: { code: 'S1' }, score: 8, note: 'Protocol agreed with police', evidence: [{ title: 'E1' }] },
          { criterion: { code: 'S2' }, score: 2, note: null, evidence: [] },
          { criterion: { code: 'S3' }, score: 7, note: 'Training for all staff', evidence: [] },
          { criterion: { code: 'S9' }, score: 3, note: null, evidence: [] },
        ],
      });
      expect(await audited('createSelfAssessment')).toBe(1);
    });

    it('refuses bad input and writes nothing', async () => {
      const before = [await rows('self_assessment'), await rows('self_assessment_score')];
      const outOfRange = await hub.exec(
        CreateSelfAssessmentDocument,
        { input: { ...selfAssessmentInput(), scores: [{ criterionId: criterion.S1, score: 11 }] } },
        manager,
      );
      expectError(outOfRange.errors, 'BAD_USER_INPUT', ['createSelfAssessment']);
      const twice = await hub.exec(
        CreateSelfAssessmentDocument,
        { input: { ...selfAssessmentInput(), scores: [...scores(), { criterionId: criterion.S1, score: 1 }] } },
        manager,
      );
      expect(expectError(twice.errors, 'BAD_USER_INPUT').message).toContain('S1 a second time');
      const future = await hub.exec(
        CreateSelfAssessmentDocument,
        { input: { ...selfAssessmentInput(), assessedOn: '2999-01-01' } },
        manager,
      );
      expectError(future.errors, 'BAD_USER_INPUT');
      const nobody = await hub.exec(
        CreateSelfAssessmentDocument,
        { input: { ...selfAssessmentInput(), participantAgencyIds: [] } },
        manager,
      );
      expectError(nobody.errors, 'BAD_USER_INPUT');
      const foreignEvidence = await globalId(hub.dataSource, 'Evidence', 'evidence', `"yotId" <> ${ids.yot}`);
      const foreign = await hub.exec(
        CreateSelfAssessmentDocument,
        {
          input: {
            ...selfAssessmentInput(),
            scores: [{ criterionId: criterion.S1, score: 5, evidenceIds: [foreignEvidence] }],
          },
        },
        manager,
      );
      expect(expectError(foreign.errors, 'BAD_USER_INPUT').message).toContain('another YOT');
      const unknownYot = await hub.exec(
        CreateSelfAssessmentDocument,
        { input: { ...selfAssessmentInput(), yotId: encodeGlobalId('Yot', 999999) } },
        manager,
      );
      expectError(unknownYot.errors, 'NOT_FOUND');
      expect([await rows('self_assessment'), await rows('self_assessment_score')]).toEqual(before);
    });

    it("lets only the YOT's manager and administrators write", async () => {
      expectError(
        (await hub.exec(CreateSelfAssessmentDocument, { input: selfAssessmentInput() }, otherManager)).errors,
        'FORBIDDEN',
      );
      expectError(
        (await hub.exec(CreateSelfAssessmentDocument, { input: selfAssessmentInput() }, police)).errors,
        'FORBIDDEN',
      );
      expectError(
        (
          await hub.exec(
            UpdateSelfAssessmentDocument,
            { input: { id: saId, expectedVersion: 1, note: 'x' } },
            otherManager,
          )
        ).errors,
        'FORBIDDEN',
      );
    });

    it('updates named scores under optimistic concurrency, and refuses a stale version or a bad score without a half-write', async () => {
      const ok = await hub.exec(
        UpdateSelfAssessmentDocument,
        {
          input: { id: saId, expectedVersion: 1, scores: [{ criterionId: criterion.S2, score: 4, note: 'Revisited' }] },
        },
        manager,
      );
      expect(ok.errors).toBeUndefined();
      const sa = ok.data!.updateSelfAssessment!.selfAssessment;
      expect(sa.version).toBe(2);
      expect(sa.scores.map((s) => [s.criterion.code, s.score])).toEqual([
        ['S1', 8],
        ['S2', 4],
        ['S3', 7],
        ['S9', 3],
      ]);
      const stale = await hub.exec(
        UpdateSelfAssessmentDocument,
        { input: { id: saId, expectedVersion: 1, note: 'late' } },
        manager,
      );
      expect(expectError(stale.errors, 'CONFLICT', ['updateSelfAssessment']).extensions).toMatchObject({
        currentVersion: 2,
        expectedVersion: 1,
      });
      const half = await hub.exec(
        UpdateSelfAssessmentDocument,
        {
          input: {
            id: saId,
            expectedVersion: 2,
            note: 'changed',
            scores: [
              { criterionId: criterion.S1, score: 1 },
              { criterionId: encodeGlobalId('Criterion', 999999), score: 1 },
            ],
          },
        },
        manager,
      );
      expectError(half.errors, 'NOT_FOUND');
      const back = await hub.exec(
        UpdateSelfAssessmentDocument,
        { input: { id: saId, expectedVersion: 2, scores: [{ criterionId: criterion.S2, score: 2 }] } },
        manager,
      );
      expect(back.data!.updateSelfAssessment!.selfAssessment.scores.map((s) => s.score)).toEqual([8, 2, 7, 3]);
      expect(await audited('updateSelfAssessment')).toBe(2);
      const unknown = await hub.exec(
        UpdateSelfAssessmentDocument,
        { input: { id: encodeGlobalId('SelfAssessment', 999999), expectedVersion: 1 } },
        manager,
      );
      expectError(unknown.errors, 'NOT_FOUND');
    });

    it("shows each statement beside the assessor's rating and the evidence, flagging a high score without accepted evidence", async () => {
      const { data, errors } = await hub.exec(YotJourneyDocument, { code: FIXTURE_CODE, asOf: AS_OF }, police);
      expect(errors).toBeUndefined();
      const byCode = Object.fromEntries(data!.yot!.latestSelfAssessment!.comparison.map((c) => [c.criterion.code, c]));
      expect(data!.yot!.latestSelfAssessment!.comparison).toHaveLength(10);
      expect(byCode.S1).toMatchObject({
        selfScore: 8,
        assessorScore: 9,
        scoreDifference: -1,
        evidenceCount: 2,
        acceptedEvidenceCount: 1,
        disagreement: 'NONE',
        selfEvidence: [{ title: 'E1' }],
      });
      expect(byCode.S2).toMatchObject({
        selfScore: 2,
        assessorScore: 10,
        scoreDifference: -8,
        evidenceCount: 2,
        acceptedEvidenceCount: 2,
        disagreement: 'NONE',
      }); // 2 accepted < 3
      expect(byCode.S3).toMatchObject({
        selfScore: 7,
        assessorScore: 6,
        scoreDifference: 1,
        evidenceCount: 0,
        acceptedEvidenceCount: 0,
        disagreement: 'HIGH_SCORE_WITHOUT_ACCEPTED_EVIDENCE',
      });
      expect(byCode.S4).toMatchObject({
        selfScore: null,
        assessorScore: null,
        scoreDifference: null,
        evidenceCount: 1,
        acceptedEvidenceCount: 1,
        disagreement: 'NONE',
      });
      expect(byCode.S9).toMatchObject({
        selfScore: 3,
        evidenceCount: 0,
        acceptedEvidenceCount: 0,
        disagreement: 'NONE',
      });
    });

    it('draws the disagreement lines where README says', () => {
      expect(
        [
          [7, 0],
          [6, 0],
          [10, 1],
          [3, 3],
          [0, 5],
          [4, 9],
          [3, 2],
        ].map(([s, a]) => disagreementOf(s, a)),
      ).toEqual([
        'HIGH_SCORE_WITHOUT_ACCEPTED_EVIDENCE',
        'NONE',
        'NONE',
        'LOW_SCORE_WITH_PLENTY_OF_EVIDENCE',
        'LOW_SCORE_WITH_PLENTY_OF_EVIDENCE',
        'NONE',
        'NONE',
      ]);
    });
  });

  describe('action plans', () => {
    const item = (values: Record<string, unknown> = {}) => ({
      yotId,
      title: 'Train partner staff in SEND reforms',
      ownerAgencyId: agency('Fixture Police'),
      ownerRole: 'POLICE_OFFICER' as const,
      dueOn: '2024-05-01',
      ...values,
    });
    let policeItem: { id: string; version: number };
    let sendItem: { id: string; version: number };

    it('raises items from a current gap, a low self-score and an assessor rating, with the statements they answer', async () => {
      const fromGap = await hub.exec(
        CreateActionPlanItemDocument,
        { input: item({ source: { gap: { kind: 'CRITERION_WITHOUT_EVIDENCE', nodeId: criterion.S3 } } }) },
        manager,
      );
      expect(fromGap.errors).toBeUndefined();
      expect(fromGap.data!.createActionPlanItem!.actionPlanItem).toMatchObject({
        status: 'OPEN',
        version: 1,
        source: 'GAP',
        criteria: [{ code: 'S3' }],
        answersGaps: [{ kind: 'CRITERION_WITHOUT_EVIDENCE', node: { id: criterion.S3 } }],
        raisedFrom: null,
        ownerAgency: { name: 'Fixture Police' },
      });
      policeItem = fromGap.data!.createActionPlanItem!.actionPlanItem;
      const sa = (await hub.exec(YotJourneyDocument, { code: FIXTURE_CODE, asOf: AS_OF })).data!.yot!
        .latestSelfAssessment!;
      const fromScore = await hub.exec(
        CreateActionPlanItemDocument,
        {
          input: item({
            title: 'Plan outcomes data',
            ownerAgencyId: agency('Fixture SEND Team'),
            ownerRole: 'SEND_OFFICER',
            dueOn: '2024-12-31',
            source: { selfAssessmentId: sa.id, criterionId: criterion.S9 },
          }),
        },
        manager,
      );
      expect(fromScore.data!.createActionPlanItem!.actionPlanItem).toMatchObject({
        source: 'SELF_ASSESSMENT',
        criteria: [{ code: 'S9' }],
        raisedFrom: { id: sa.id },
      });
      sendItem = fromScore.data!.createActionPlanItem!.actionPlanItem;
      const rating = encodeGlobalId('CriterionRating', ids['r:S3']);
      const fromRating = await hub.exec(
        CreateActionPlanItemDocument,
        {
          input: item({
            title: 'Refresh training records',
            dueOn: '2025-03-31',
            source: { criterionRatingId: rating },
          }),
        },
        manager,
      );
      expect(fromRating.data!.createActionPlanItem!.actionPlanItem).toMatchObject({
        source: 'ASSESSOR_RATING',
        criteria: [{ code: 'S3' }],
        raisedFrom: { id: rating },
      });
      expect(await audited('createActionPlanItem')).toBe(3);
    });

    it('refuses a source that is not there: no such gap, a high self-score, two sources; and other callers', async () => {
      const before = await rows('action_plan_item');
      expectError(
        (
          await hub.exec(
            CreateActionPlanItemDocument,
            { input: item({ source: { gap: { kind: 'CRITERION_WITHOUT_EVIDENCE', nodeId: criterion.S1 } } }) },
            manager,
          )
        ).errors,
        'BAD_USER_INPUT',
      );
      const sa = (await hub.exec(YotJourneyDocument, { code: FIXTURE_CODE, asOf: AS_OF })).data!.yot!
        .latestSelfAssessment!;
      const high = await hub.exec(
        CreateActionPlanItemDocument,
        { input: item({ source: { selfAssessmentId: sa.id, criterionId: criterion.S1 } }) },
        manager,
      );
      expect(expectError(high.errors, 'BAD_USER_INPUT').message).toContain('self-scored 8');
      expectError(
        (
          await hub.exec(
            CreateActionPlanItemDocument,
            {
              input: item({
                source: {
                  selfAssessmentId: sa.id,
                  criterionId: criterion.S9,
                  criterionRatingId: encodeGlobalId('CriterionRating', ids['r:S3']),
                },
              }),
            },
            manager,
          )
        ).errors,
        'BAD_USER_INPUT',
      );
      expectError(
        (
          await hub.exec(
            CreateActionPlanItemDocument,
            { input: item({ ownerAgencyId: encodeGlobalId('Agency', 999999) }) },
            manager,
          )
        ).errors,
        'NOT_FOUND',
      );
      expectError((await hub.exec(CreateActionPlanItemDocument, { input: item() }, otherManager)).errors, 'FORBIDDEN');
      expectError((await hub.exec(CreateActionPlanItemDocument, { input: item() }, police)).errors, 'FORBIDDEN');
      expect(await rows('action_plan_item')).toBe(before);
    });

    it("lets a partner update the items its agency owns, not another agency's, nor hand them over", async () => {
      const moved = await hub.exec(
        UpdateActionPlanItemDocument,
        { input: { id: policeItem.id, expectedVersion: 1, status: 'IN_PROGRESS' } },
        police,
      );
      expect(moved.errors).toBeUndefined();
      expect(moved.data!.updateActionPlanItem!.actionPlanItem).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
      expectError(
        (
          await hub.exec(
            UpdateActionPlanItemDocument,
            { input: { id: sendItem.id, expectedVersion: 1, status: 'IN_PROGRESS' } },
            police,
          )
        ).errors,
        'FORBIDDEN',
        ['updateActionPlanItem'],
      );
      expectError(
        (
          await hub.exec(
            UpdateActionPlanItemDocument,
            { input: { id: policeItem.id, expectedVersion: 2, ownerAgencyId: agency('Fixture SEND Team') } },
            police,
          )
        ).errors,
        'FORBIDDEN',
      );
      expectError(
        (
          await hub.exec(
            UpdateActionPlanItemDocument,
            { input: { id: policeItem.id, expectedVersion: 1, status: 'OPEN' } },
            police,
          )
        ).errors,
        'CONFLICT',
      );
      expectError(
        (
          await hub.exec(
            UpdateActionPlanItemDocument,
            { input: { id: encodeGlobalId('ActionPlanItem', 999999), expectedVersion: 1 } },
            manager,
          )
        ).errors,
        'NOT_FOUND',
      );
    });

    it('needs a reason to drop and evidence to close, and stamps the closing day', async () => {
      expect(
        expectError(
          (
            await hub.exec(
              UpdateActionPlanItemDocument,
              { input: { id: sendItem.id, expectedVersion: 1, status: 'DROPPED' } },
              manager,
            )
          ).errors,
          'BAD_USER_INPUT',
        ).path,
      ).toEqual(['updateActionPlanItem']);
      expectError(
        (
          await hub.exec(
            UpdateActionPlanItemDocument,
            { input: { id: sendItem.id, expectedVersion: 1, status: 'DONE' } },
            manager,
          )
        ).errors,
        'BAD_USER_INPUT',
      );
      expectError(
        (
          await hub.exec(
            UpdateActionPlanItemDocument,
            {
              input: {
                id: sendItem.id,
                expectedVersion: 1,
                status: 'DONE',
                closingEvidenceIds: [encodeGlobalId('Evidence', ids.E4)],
              },
            },
            manager,
          )
        ).errors,
        'BAD_USER_INPUT',
      ); // E4 is withdrawn
      const dropped = await hub.exec(
        UpdateActionPlanItemDocument,
        {
          input: {
            id: sendItem.id,
            expectedVersion: 1,
            status: 'DROPPED',
            droppedReason: 'Covered by the county plan',
          },
        },
        manager,
      );
      expect(dropped.data!.updateActionPlanItem!.actionPlanItem).toMatchObject({
        status: 'DROPPED',
        droppedReason: 'Covered by the county plan',
        version: 2,
      });
      const done = await hub.exec(
        UpdateActionPlanItemDocument,
        {
          input: {
            id: sendItem.id,
            expectedVersion: 2,
            status: 'DONE',
            closingEvidenceIds: [encodeGlobalId('Evidence', ids.E7)],
          },
        },
        manager,
      );
      expect(done.data!.updateActionPlanItem!.actionPlanItem).toMatchObject({
        status: 'DONE',
        droppedReason: null,
        completedOn: new Date().toISOString().slice(0, 10),
        closingEvidence: [{ title: 'E7' }],
      });
    });

    it("reports an overdue item as a gap and in the YOT's plan", async () => {
      const { data } = await hub.exec(JourneyGapsDocument, { code: FIXTURE_CODE, asOf: AS_OF });
      const overdue = data!.gaps!.filter((g) => g.kind === 'ACTION_OVERDUE');
      expect(overdue).toEqual([
        {
          kind: 'ACTION_OVERDUE',
          message: '"Train partner staff in SEND reforms" (Fixture Police) was due on 2024-05-01 and is not done.',
          node: { id: policeItem.id },
        },
      ]);
      const plan = (await hub.exec(YotJourneyDocument, { code: FIXTURE_CODE, asOf: AS_OF })).data!.yot!;
      expect(plan.openActions.map((a) => [a.title, a.status, a.overdue])).toEqual([
        ['Train partner staff in SEND reforms', 'IN_PROGRESS', true],
        ['Refresh training records', 'OPEN', false],
      ]);
      expect(plan.overdueActions).toEqual([{ title: 'Train partner staff in SEND reforms' }]);
    });
  });

  it('answers the whole journey of a YOT in one request with a fixed number of statements, however many items', async () => {
    // Both counts follow a write, so neither is answered from the view cache.
    await hub.exec(
      CreateActionPlanItemDocument,
      {
        input: {
          yotId,
          title: 'Extra 2023-12-01',
          ownerAgencyId: agency('Fixture Probation'),
          ownerRole: 'PROBATION_OFFICER',
          dueOn: '2023-12-01',
        },
      },
      manager,
    );
    const first = await hub.count(YotJourneyDocument, { code: FIXTURE_CODE, asOf: AS_OF }, manager);
    expect(first.result.errors).toBeUndefined();
    for (const dueOn of ['2024-01-01', '2024-02-01', '2024-03-01']) {
      await hub.exec(
        CreateActionPlanItemDocument,
        {
          input: {
            yotId,
            title: `Extra ${dueOn}`,
            ownerAgencyId: agency('Fixture Probation'),
            ownerRole: 'PROBATION_OFFICER',
            dueOn,
            criterionIds: [criterion.S1, criterion.S2],
          },
        },
        manager,
      );
    }
    await hub.exec(
      CreateSelfAssessmentDocument,
      { input: { ...selfAssessmentInput(), assessedOn: '2024-06-15' } },
      manager,
    );
    const second = await hub.count(YotJourneyDocument, { code: FIXTURE_CODE, asOf: AS_OF }, manager);
    expect(second.result.data!.yot!.openActions).toHaveLength(6);
    expect(second.result.data!.yot!.latestSelfAssessment!.assessedOn).toBe('2024-06-15');
    expect(second.statements).toBe(first.statements);
  });
});
