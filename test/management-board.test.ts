import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/relay';
import { Role } from '../src/modules/auth/roles';
import type { Caller } from '../src/modules/auth/roles';
import {
  AddBoardMemberDocument,
  CreateActionPlanItemDocument,
  CreateBoardDocument,
  CreateSelfAssessmentDocument,
  JourneyGapsDocument,
  RecordBoardMeetingDocument,
  RecordEvidenceDocument,
  ReviewEvidenceDocument,
  SetComparatorGroupDocument,
  UpdateActionPlanItemDocument,
  UpdateBoardMemberDocument,
  YotBoardDocument,
  YotJourneyDocument,
} from './generated/graphql';
import { addCoverageFixture, FIXTURE_CODE } from './support/coverage-fixture';
import { expectError } from './support/expect';
import { startTestHub, TestHub } from './support/hub';
import { globalId } from './support/ids';
import { addKpiChildren, BARNET, KNOWSLEY, protectedOracle } from './support/kpi-fixture';
import { YotAwardJourneyDocument } from './clients/generated/graphql';

/**
 * Fixtureshire's board, worked by hand. Members from 2023-01-01: police (P1), probation (PR), SEND team (S, not a
 * statutory type); a second police member (P2) from 2024-01-01. Meetings and who was present:
 *   2023-06-15 PR | 2023-09-15 P1 S | 2023-12-15 P1 | 2024-03-15 PR S | 2024-06-15 P2
 * Year to 2024-06-30 (2023-07-01 … 2024-06-30): police 3 of 4 (0.75), probation 1 of 4 (0.25: missed most → gap).
 * Q2 2024: police 1 of 1, probation 0 of 1.
 */
describe('management board and KPI 7', () => {
  let hub: TestHub;
  let ids: Record<string, number>;
  let manager: Caller;
  let otherManager: Caller;
  let boardId: string;
  const member: Record<string, { id: string; version: number }> = {};
  const agency = (name: string) => encodeGlobalId('Agency', ids[name]);

  beforeAll(async () => {
    hub = await startTestHub();
    ids = await addCoverageFixture(hub.dataSource);
    manager = { name: 'fixture-manager', role: Role.YOT_MANAGER, yotId: ids.yot, agencyId: null };
    const knowsley = (await hub.dataSource.query(`SELECT id FROM yot WHERE code = 'E08000011'`))[0].id;
    otherManager = { name: 'knowsley-manager', role: Role.YOT_MANAGER, yotId: Number(knowsley), agencyId: null };
  });
  afterAll(() => hub.close());

  const count = async (table: string) =>
    Number((await hub.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  it('sets up one board per YOT with its members, audited', async () => {
    const created = await hub.exec(
      CreateBoardDocument,
      { input: { yotId: encodeGlobalId('Yot', ids.yot), name: 'Fixtureshire YJ Management Board' } },
      manager,
    );
    expect(created.errors).toBeUndefined();
    boardId = created.data!.createBoard!.board.id;
    expect(created.data!.createBoard!.board).toMatchObject({
      name: 'Fixtureshire YJ Management Board',
      yot: { code: FIXTURE_CODE },
    });
    expectError(
      (
        await hub.exec(
          CreateBoardDocument,
          { input: { yotId: encodeGlobalId('Yot', ids.yot), name: 'Again' } },
          manager,
        )
      ).errors,
      'CONFLICT',
      ['createBoard'],
    );
    const add = async (
      key: string,
      name: string,
      role: string,
      seniority: 'EXECUTIVE' | 'SENIOR_MANAGER' | 'MANAGER',
      joinedOn: string,
      chair = false,
    ) => {
      const { data, errors } = await hub.exec(
        AddBoardMemberDocument,
        { input: { boardId, agencyId: agency(name), role, seniority, joinedOn, chair } },
        manager,
      );
      expect(errors).toBeUndefined();
      member[key] = data!.addBoardMember!.boardMember;
    };
    await add('P1', 'Fixture Police', 'Chief Superintendent', 'EXECUTIVE', '2023-01-01', true);
    await add('PR', 'Fixture Probation', 'Head of Probation Delivery Unit', 'SENIOR_MANAGER', '2023-01-01');
    await add('S', 'Fixture SEND Team', 'SEND Manager', 'MANAGER', '2023-01-01');
    await add('P2', 'Fixture Police', 'Superintendent', 'SENIOR_MANAGER', '2024-01-01');
    expect(
      Number(
        (
          await hub.dataSource.query(
            `SELECT COUNT(*) AS n FROM audit_event WHERE action IN ('createBoard', 'addBoardMember')`,
          )
        )[0].n,
      ),
    ).toBe(5);
  });

  it('refuses other callers, unknown ids and bad input, writing nothing', async () => {
    const before = [
      await count('board'),
      await count('board_member'),
      await count('board_meeting'),
      await count('board_attendance'),
    ];
    const police: Caller = { name: 'police', role: Role.PARTNER, yotId: null, agencyId: ids['Fixture Police'] };
    expectError(
      (
        await hub.exec(
          AddBoardMemberDocument,
          {
            input: {
              boardId,
              agencyId: agency('Fixture Police'),
              role: 'x y',
              seniority: 'MANAGER',
              joinedOn: '2023-01-01',
            },
          },
          otherManager,
        )
      ).errors,
      'FORBIDDEN',
    );
    expectError(
      (
        await hub.exec(
          RecordBoardMeetingDocument,
          { input: { boardId, heldOn: '2023-06-15', presentMemberIds: [] } },
          police,
        )
      ).errors,
      'FORBIDDEN',
    );
    expectError(
      (
        await hub.exec(
          RecordBoardMeetingDocument,
          { input: { boardId: encodeGlobalId('Board', 999999), heldOn: '2023-06-15', presentMemberIds: [] } },
          manager,
        )
      ).errors,
      'NOT_FOUND',
    );
    expectError(
      (
        await hub.exec(
          RecordBoardMeetingDocument,
          { input: { boardId, heldOn: '2999-01-01', presentMemberIds: [] } },
          manager,
        )
      ).errors,
      'BAD_USER_INPUT',
    );
    const notYet = await hub.exec(
      RecordBoardMeetingDocument,
      { input: { boardId, heldOn: '2023-12-15', presentMemberIds: [member.P1.id, member.P2.id] } },
      manager,
    );
    expect(expectError(notYet.errors, 'BAD_USER_INPUT', ['recordBoardMeeting']).message).toContain(
      'Superintendent, who was not a member',
    );
    expect([
      await count('board'),
      await count('board_member'),
      await count('board_meeting'),
      await count('board_attendance'),
    ]).toEqual(before);
  });

  it('records meetings with everyone serving present or absent, once a day', async () => {
    const meet = async (heldOn: string, present: string[]) => {
      const { data, errors } = await hub.exec(
        RecordBoardMeetingDocument,
        { input: { boardId, heldOn, presentMemberIds: present.map((k) => member[k].id) } },
        manager,
      );
      expect(errors).toBeUndefined();
      return data!.recordBoardMeeting!.boardMeeting;
    };
    expect((await meet('2023-06-15', ['PR'])).attendance.map((a) => [a.member.role, a.present])).toEqual([
      ['Chief Superintendent', false],
      ['Head of Probation Delivery Unit', true],
      ['SEND Manager', false],
    ]);
    await meet('2023-09-15', ['P1', 'S']);
    await meet('2023-12-15', ['P1']);
    await meet('2024-03-15', ['PR', 'S']);
    expect((await meet('2024-06-15', ['P2'])).attendance).toHaveLength(4);
    expectError(
      (
        await hub.exec(
          RecordBoardMeetingDocument,
          { input: { boardId, heldOn: '2024-06-15', presentMemberIds: [] } },
          manager,
        )
      ).errors,
      'CONFLICT',
    );
  });

  it('records a member leaving, not before a meeting they attended, under optimistic concurrency', async () => {
    expectError(
      (
        await hub.exec(
          UpdateBoardMemberDocument,
          { input: { id: member.PR.id, expectedVersion: 1, leftOn: '2024-01-01' } },
          manager,
        )
      ).errors,
      'BAD_USER_INPUT',
    );
    const ok = await hub.exec(
      UpdateBoardMemberDocument,
      { input: { id: member.S.id, expectedVersion: 1, role: 'Head of SEND' } },
      manager,
    );
    expect(ok.data!.updateBoardMember!.boardMember).toMatchObject({ version: 2, role: 'Head of SEND', leftOn: null });
    expectError(
      (
        await hub.exec(
          UpdateBoardMemberDocument,
          { input: { id: member.S.id, expectedVersion: 1, role: 'Stale' } },
          manager,
        )
      ).errors,
      'CONFLICT',
      ['updateBoardMember'],
    );
    expectError(
      (
        await hub.exec(
          UpdateBoardMemberDocument,
          { input: { id: encodeGlobalId('BoardMember', 999999), expectedVersion: 1 } },
          manager,
        )
      ).errors,
      'NOT_FOUND',
    );
  });

  it('computes KPI 7 for statutory partners only, over a year and a quarter', async () => {
    const year = await hub.exec(YotBoardDocument, { code: FIXTURE_CODE, from: '2023-07-01', to: '2024-06-30' });
    expect(year.errors).toBeUndefined();
    expect(year.data!.yot!.board!.meetings).toHaveLength(5);
    expect(year.data!.yot!.boardAttendance).toEqual([
      { agency: { name: 'Fixture Police' }, agencyType: 'POLICE', meetingsHeld: 4, meetingsAttended: 3, rate: 0.75 },
      {
        agency: { name: 'Fixture Probation' },
        agencyType: 'PROBATION',
        meetingsHeld: 4,
        meetingsAttended: 1,
        rate: 0.25,
      },
    ]);
    const quarter = await hub.exec(YotBoardDocument, { code: FIXTURE_CODE, from: '2024-04-01', to: '2024-06-30' });
    expect(quarter.data!.yot!.boardAttendance.map((r) => [r.agencyType, r.meetingsAttended, r.meetingsHeld])).toEqual([
      ['POLICE', 1, 1],
      ['PROBATION', 0, 1],
    ]);
    expectError(
      (await hub.exec(YotBoardDocument, { code: FIXTURE_CODE, from: '2024-06-30', to: '2024-04-01' })).errors,
      'BAD_USER_INPUT',
    );
  });

  it('raises BOARD_ATTENDANCE_LOW for a statutory partner that missed most meetings in the year', async () => {
    const { data } = await hub.exec(JourneyGapsDocument, { code: FIXTURE_CODE, asOf: '2024-06-30' });
    expect(data!.gaps!.filter((g) => g.kind === 'BOARD_ATTENDANCE_LOW')).toEqual([
      {
        kind: 'BOARD_ATTENDANCE_LOW',
        message: 'Fixture Probation attended 1 of 4 management board meetings between 2023-07-01 and 2024-06-30.',
        node: { id: agency('Fixture Probation') },
      },
    ]);
    // A year later nothing was held: no finding.
    const later = await hub.exec(JourneyGapsDocument, { code: FIXTURE_CODE, asOf: '2025-12-31' });
    expect(later.data!.gaps!.some((g) => g.kind === 'BOARD_ATTENDANCE_LOW')).toBe(false);
  });

  it('answers the journey with board attendance in the same number of statements however many members and meetings', async () => {
    await hub.exec(
      UpdateBoardMemberDocument,
      { input: { id: member.P2.id, expectedVersion: 1, role: 'Superintendent (YJ lead)' } },
      manager,
    );
    const first = await hub.count(YotJourneyDocument, { code: FIXTURE_CODE, asOf: '2024-06-30' }, manager);
    expect(first.result.data!.yot!.boardAttendance.map((r) => r.rate)).toEqual([0.75, 0.25]);
    const more = await hub.exec(
      AddBoardMemberDocument,
      {
        input: {
          boardId,
          agencyId: agency('Fixture ICB'),
          role: 'Director of Nursing',
          seniority: 'EXECUTIVE',
          joinedOn: '2024-01-01',
        },
      },
      manager,
    );
    await hub.exec(
      RecordBoardMeetingDocument,
      { input: { boardId, heldOn: '2024-05-15', presentMemberIds: [more.data!.addBoardMember!.boardMember.id] } },
      manager,
    );
    const second = await hub.count(YotJourneyDocument, { code: FIXTURE_CODE, asOf: '2024-06-30' }, manager);
    // The ICB (a health commissioner, statutory) joins: 1 of the 3 held since it joined (03-15, 05-15, 06-15); police 3 of 5, probation 1 of 5.
    expect(
      second.result.data!.yot!.boardAttendance.map((r) => [r.agency.name, r.meetingsAttended, r.meetingsHeld]),
    ).toEqual([
      ['Fixture ICB', 1, 3],
      ['Fixture Police', 3, 5],
      ['Fixture Probation', 1, 5],
    ]);
    expect(second.statements).toBe(first.statements);
  });
  /**
   * The whole journey (issue 15, "Done when"), with every part recorded through the real mutations and every figure
   * worked by hand, on 2024-06-30 (board year from 2023-07-01, KPI quarter 2024-Q2).
   *
   * Evidence: the fixture's (S1 2 countable, 1 accepted; S2 2, 2; S4 1, 1; none elsewhere) plus E8, accepted outcome
   * data for S2 from probation (S2: 3 countable, 3 accepted). Assessor (the assessment in progress): S1 9, S2 10, S3 6.
   * Self-assessment of 2024-06-01: S1 8 (agrees), S2 2 with 3 accepted items (LOW_SCORE_WITH_PLENTY_OF_EVIDENCE),
   * S3 7 with none accepted (HIGH_SCORE_WITHOUT_ACCEPTED_EVIDENCE), S9 3 with none (low, but nothing to disagree with).
   * Actions: A police, due 05-01, in progress (overdue); B probation, due 03-31, open (overdue); C SEND team, due
   * 12-31, open, from the low S9 self-score; D SEND team, due 04-30, done with E7 (not overdue); E school, dropped.
   * Board: as the tests above left it: ICB 1 of 3, police 3 of 5, probation 1 of 5.
   * KPIs 2024-Q2, community: KPI 1 at the end: Fixtureshire 4 of 6, Barnet (its family) 1 of 4, Knowsley (nation
   * only) 5 of 5; KPI 4 at the start, Fixtureshire only: need identified 4 of 6, of those offered 3 and attending 2.
   * Family = Fixtureshire + Barnet, region (Test Region) = Fixtureshire, nation (England) = all three.
   */
  describe('the whole award journey client operation (test/clients/operations/yot-journey.graphql) in one request', () => {
    const AS_OF = '2024-06-30';
    const JOURNEY = { code: FIXTURE_CODE, asOf: AS_OF, boardFrom: '2023-07-01', quarter: '2024-Q2' };
    const criterion: Record<string, string> = {};
    const titles: Record<string, string> = {};
    const ok = <T extends { errors?: unknown }>(r: T) => (expect(r.errors).toBeUndefined(), r as T & { data: object });

    beforeAll(async () => {
      for (const row of await hub.dataSource.query(`SELECT id, code, title FROM criterion`)) {
        criterion[row.code] = encodeGlobalId('Criterion', Number(row.id));
        titles[row.code] = row.title;
      }
      const recorded = ok(
        await hub.exec(
          RecordEvidenceDocument,
          {
            input: {
              yotId: encodeGlobalId('Yot', ids.yot),
              title: 'E8 outcome data',
              kind: 'OUTCOME_DATA',
              occurredOn: '2024-04-01',
              providedById: agency('Fixture Probation'),
              criteria: [{ criterionId: criterion.S2 }],
            },
          },
          manager,
        ),
      ).data.recordEvidence!.evidence;
      ok(
        await hub.exec(ReviewEvidenceDocument, {
          input: { id: recorded.id, expectedVersion: recorded.version, state: 'ACCEPTED' },
        }),
      );

      ok(
        await hub.exec(
          CreateSelfAssessmentDocument,
          {
            input: {
              yotId: encodeGlobalId('Yot', ids.yot),
              assessedOn: '2024-06-01',
              participantAgencyIds: [agency('Fixture Police'), agency('Fixture SEND Team')],
              note: 'Annual benchmark',
              scores: [
                {
                  criterionId: criterion.S1,
                  score: 8,
                  note: 'Protocol agreed with police',
                  evidenceIds: [encodeGlobalId('Evidence', ids.E1)],
                },
                { criterionId: criterion.S2, score: 2, note: 'We undersell our outcome data' },
                { criterionId: criterion.S3, score: 7, note: 'Training for all staff' },
                { criterionId: criterion.S9, score: 3 },
              ],
            },
          },
          manager,
        ),
      );
      const selfAssessmentId = (await hub.exec(YotJourneyDocument, { code: FIXTURE_CODE, asOf: AS_OF }, manager)).data!
        .yot!.latestSelfAssessment!.id;

      const police: Caller = {
        name: 'fixture-police',
        role: Role.PARTNER,
        yotId: null,
        agencyId: ids['Fixture Police'],
      };
      const raise = async (
        title: string,
        owner: string,
        ownerRole: string,
        dueOn: string,
        extra: Record<string, unknown> = {},
      ) =>
        ok(
          await hub.exec(
            CreateActionPlanItemDocument,
            {
              input: {
                yotId: encodeGlobalId('Yot', ids.yot),
                title,
                ownerAgencyId: agency(owner),
                ownerRole: ownerRole as never,
                dueOn,
                ...extra,
              },
            },
            manager,
          ),
        ).data.createActionPlanItem!.actionPlanItem;
      const a = await raise('Train partner staff in SEND reforms', 'Fixture Police', 'POLICE_OFFICER', '2024-05-01', {
        source: { gap: { kind: 'CRITERION_WITHOUT_EVIDENCE', nodeId: criterion.S3 } },
      });
      ok(
        await hub.exec(
          UpdateActionPlanItemDocument,
          { input: { id: a.id, expectedVersion: a.version, status: 'IN_PROGRESS' } },
          police,
        ),
      );
      await raise('Agree an evidence protocol with probation', 'Fixture Probation', 'PROBATION_OFFICER', '2024-03-31', {
        criterionIds: [criterion.S2],
      });
      await raise('Plan outcomes data for S9', 'Fixture SEND Team', 'SEND_OFFICER', '2024-12-31', {
        source: { selfAssessmentId, criterionId: criterion.S9 },
      });
      const d = await raise('Publish the S4 case study', 'Fixture SEND Team', 'SEND_OFFICER', '2024-04-30', {
        criterionIds: [criterion.S4],
      });
      ok(
        await hub.exec(
          UpdateActionPlanItemDocument,
          {
            input: {
              id: d.id,
              expectedVersion: d.version,
              status: 'DONE',
              closingEvidenceIds: [encodeGlobalId('Evidence', ids.E7)],
            },
          },
          manager,
        ),
      );
      const e = await raise('Joint training with the academy', 'Fixture Academy', 'EDUCATION_OFFICER', '2024-02-01');
      ok(
        await hub.exec(
          UpdateActionPlanItemDocument,
          {
            input: {
              id: e.id,
              expectedVersion: e.version,
              status: 'DROPPED',
              droppedReason: 'The academy left the partnership plan',
            },
          },
          manager,
        ),
      );

      const period = '2024-Q2';
      await addKpiChildren(
        hub,
        FIXTURE_CODE,
        'JF',
        6,
        (i) =>
          [
            { period, kpi: 'ACCOMMODATION', cohort: 'COMMUNITY', stage: 'END', met: i < 4 },
            {
              period,
              kpi: 'MENTAL_HEALTH',
              cohort: 'COMMUNITY',
              stage: 'START',
              needIdentified: i < 4,
              ...(i < 4 ? { supportOffered: i < 3, attending: i < 2 } : {}),
            },
          ] as never[],
      );
      await addKpiChildren(
        hub,
        BARNET,
        'JB',
        4,
        (i) => [{ period, kpi: 'ACCOMMODATION', cohort: 'COMMUNITY', stage: 'END', met: i < 1 }] as never[],
      );
      await addKpiChildren(
        hub,
        KNOWSLEY,
        'JK',
        5,
        () => [{ period, kpi: 'ACCOMMODATION', cohort: 'COMMUNITY', stage: 'END', met: true }] as never[],
      );
      ok(
        await hub.exec(SetComparatorGroupDocument, {
          input: {
            code: 'FAMILY-J',
            name: 'Journey family',
            yotIds: [
              encodeGlobalId('Yot', ids.yot),
              await globalId(hub.dataSource, 'Yot', 'yot', `code = '${BARNET}'`),
            ],
          },
        }),
      );
    });

    const rate = (n: number, d: number) => Math.round((n / d) * 10000) / 10000;
    const figure = (
      kpiNumber: number,
      cohort: string,
      stage: string,
      indicator: string,
      denominator: number,
      numerator: number,
    ) => ({
      kpiNumber,
      cohort,
      stage,
      indicator,
      denominator,
      numerator,
      rate: rate(numerator, denominator),
      suppressed: false,
    });
    const KPI = { 1: 'ACCOMMODATION', 4: 'MENTAL_HEALTH', 7: 'MANAGEMENT_BOARD_ATTENDANCE' } as Record<number, string>;
    const kpi1 = (d: number, n: number) => figure(1, 'COMMUNITY', 'END', 'SUITABLE_ACCOMMODATION', d, n);
    const kpi4 = [
      figure(4, 'COMMUNITY', 'START', 'NEED_IDENTIFIED', 6, 4),
      figure(4, 'COMMUNITY', 'START', 'SUPPORT_OFFERED', 4, 3), // of those identified, not of those observed
      figure(4, 'COMMUNITY', 'START', 'ATTENDING', 4, 2),
    ];
    // 2024-Q2 board: 05-15 (ICB present) and 06-15 (police present), 3 statutory partners seated at each → 2 of 6.
    const kpi7 = figure(7, 'ALL_CHILDREN', 'IN_QUARTER', 'STATUTORY_PARTNER_ATTENDANCE', 6, 2);
    const withKpi = (f: ReturnType<typeof figure>) => ({ ...f, kpi: KPI[f.kpiNumber] });

    const notScored = {
      selfScore: null,
      selfNote: null,
      assessorScore: null,
      assessorBand: null,
      scoreDifference: null,
    };
    const expectedComparison = () =>
      [
        {
          code: 'S1',
          selfScore: 8,
          selfNote: 'Protocol agreed with police',
          assessorScore: 9,
          assessorBand: 'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES',
          scoreDifference: -1,
          evidenceCount: 2,
          acceptedEvidenceCount: 1,
          triangulated: true,
          disagreement: 'NONE',
        },
        {
          code: 'S2',
          selfScore: 2,
          selfNote: 'We undersell our outcome data',
          assessorScore: 10,
          assessorBand: 'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES',
          scoreDifference: -8,
          evidenceCount: 3,
          acceptedEvidenceCount: 3,
          triangulated: true,
          disagreement: 'LOW_SCORE_WITH_PLENTY_OF_EVIDENCE',
        },
        {
          code: 'S3',
          selfScore: 7,
          selfNote: 'Training for all staff',
          assessorScore: 6,
          assessorBand: 'ESTABLISHED',
          scoreDifference: 1,
          evidenceCount: 0,
          acceptedEvidenceCount: 0,
          triangulated: false,
          disagreement: 'HIGH_SCORE_WITHOUT_ACCEPTED_EVIDENCE',
        },
        {
          code: 'S4',
          ...notScored,
          evidenceCount: 1,
          acceptedEvidenceCount: 1,
          triangulated: false,
          disagreement: 'NONE',
        },
        ...['S5', 'S6', 'S7', 'S8'].map((code) => ({
          code,
          ...notScored,
          evidenceCount: 0,
          acceptedEvidenceCount: 0,
          triangulated: false,
          disagreement: 'NONE',
        })),
        {
          code: 'S9',
          ...notScored,
          selfScore: 3,
          evidenceCount: 0,
          acceptedEvidenceCount: 0,
          triangulated: false,
          disagreement: 'NONE',
        },
        {
          code: 'S10',
          ...notScored,
          evidenceCount: 0,
          acceptedEvidenceCount: 0,
          triangulated: false,
          disagreement: 'NONE',
        },
      ].map(({ code, ...rest }) => ({ criterion: { code, title: titles[code] }, ...rest }));

    it('answers every part with the hand-worked figures, exact for an administrator', async () => {
      const { data } = ok(await hub.exec(YotAwardJourneyDocument, JOURNEY));
      expect(data.yot).toEqual({
        code: FIXTURE_CODE,
        name: 'Fixtureshire Youth Justice Service',
        latestSelfAssessment: { assessedOn: '2024-06-01', comparison: expectedComparison() },
        openActions: [
          {
            title: 'Agree an evidence protocol with probation',
            dueOn: '2024-03-31',
            status: 'OPEN',
            ownerAgency: { name: 'Fixture Probation' },
            overdue: true,
          },
          {
            title: 'Train partner staff in SEND reforms',
            dueOn: '2024-05-01',
            status: 'IN_PROGRESS',
            ownerAgency: { name: 'Fixture Police' },
            overdue: true,
          },
          {
            title: 'Plan outcomes data for S9',
            dueOn: '2024-12-31',
            status: 'OPEN',
            ownerAgency: { name: 'Fixture SEND Team' },
            overdue: false,
          },
        ],
        overdueActions: [
          {
            title: 'Agree an evidence protocol with probation',
            dueOn: '2024-03-31',
            ownerAgency: { name: 'Fixture Probation' },
          },
          {
            title: 'Train partner staff in SEND reforms',
            dueOn: '2024-05-01',
            ownerAgency: { name: 'Fixture Police' },
          },
        ],
        boardAttendance: [
          {
            agency: { name: 'Fixture ICB' },
            agencyType: 'HEALTH_COMMISSIONER',
            meetingsHeld: 3,
            meetingsAttended: 1,
            rate: 0.3333,
          },
          { agency: { name: 'Fixture Police' }, agencyType: 'POLICE', meetingsHeld: 5, meetingsAttended: 3, rate: 0.6 },
          {
            agency: { name: 'Fixture Probation' },
            agencyType: 'PROBATION',
            meetingsHeld: 5,
            meetingsAttended: 1,
            rate: 0.2,
          },
        ],
        kpiComparison: {
          quarter: '2024-Q2',
          yot: { perturbed: false, figures: [kpi1(6, 4), ...kpi4, kpi7].map(withKpi) },
          comparatorGroup: { code: 'FAMILY-J', name: 'Journey family' },
          family: { figures: [kpi1(10, 5), ...kpi4, kpi7] },
          region: 'Test Region',
          regionFigures: { figures: [kpi1(6, 4), ...kpi4, kpi7] },
          nation: 'ENGLAND',
          nationFigures: { figures: [kpi1(15, 10), ...kpi4, kpi7] },
        },
      });
    });

    it("gives the YOT's manager its own figures exact and the pooled ones protected like every child count", async () => {
      const admin = ok(await hub.exec(YotAwardJourneyDocument, JOURNEY)).data.yot!;
      const { data } = ok(await hub.exec(YotAwardJourneyDocument, JOURNEY, manager));
      const yot = data.yot!;
      expect({ ...yot, kpiComparison: null }).toEqual({ ...admin, kpiComparison: null });
      expect(yot.kpiComparison!.yot).toEqual(admin.kpiComparison!.yot);
      const protectedAs = async (codes: string[], exact: readonly ReturnType<typeof figure>[]) => {
        const cells = new Map(
          (await protectedOracle(hub.dataSource, codes, false, '2024-Q2')).map((c) => [
            JSON.stringify(c.key.slice(1)),
            c,
          ]),
        );
        return exact.map((f) => {
          if (f.kpiNumber === 7) return f; // seats at board meetings, not children: exact for everyone
          const c = cells.get(JSON.stringify([KPI[f.kpiNumber], f.cohort, f.stage, f.indicator]))!;
          expect([c.exact.cohort, c.exact.met]).toEqual([f.denominator, f.numerator]);
          return c.suppressed
            ? { ...f, denominator: null, numerator: null, rate: null, suppressed: true }
            : { ...f, denominator: c.cohort, numerator: c.met, rate: c.cohort ? rate(c.met, c.cohort) : null };
        });
      };
      const k = yot.kpiComparison!;
      expect(k.family!.figures).toEqual(
        await protectedAs([FIXTURE_CODE, BARNET], admin.kpiComparison!.family!.figures as never),
      );
      expect(k.regionFigures.figures).toEqual(
        await protectedAs([FIXTURE_CODE], admin.kpiComparison!.regionFigures.figures as never),
      );
      expect(k.nationFigures.figures).toEqual(
        await protectedAs([FIXTURE_CODE, BARNET, KNOWSLEY], admin.kpiComparison!.nationFigures.figures as never),
      );
      // Knowsley's 5 of 5 never shows through the nation's line as an exact small figure.
      expect(k.nationFigures.figures.find((f) => f.kpiNumber === 1)).not.toMatchObject({
        denominator: 15,
        numerator: 10,
      });
    });

    it('audited every write that built the journey, under the caller who made it', async () => {
      const rows: { action: string; actor: string; n: number | string }[] = await hub.dataSource.query(
        `SELECT action, actor, COUNT(*) AS n FROM audit_event GROUP BY action, actor ORDER BY action, actor`,
      );
      // Board: the tests above (1 board, 5 members, 2 member updates, 6 meetings); the rest: this journey's set-up.
      expect(
        rows
          .map((r) => [r.action, r.actor, Number(r.n)])
          .filter(([action]) => !['importSeed', 'loadSeed'].includes(action as string)),
      ).toEqual([
        ['addBoardMember', 'fixture-manager', 5],
        ['createActionPlanItem', 'fixture-manager', 5],
        ['createBoard', 'fixture-manager', 1],
        ['createSelfAssessment', 'fixture-manager', 1],
        ['recordBoardMeeting', 'fixture-manager', 6],
        ['recordEvidence', 'fixture-manager', 1],
        ['recordKpiObservations', 'tester', 3],
        ['registerChild', 'tester', 15],
        ['reviewEvidence', 'tester', 1],
        ['setComparatorGroup', 'tester', 1],
        ['updateActionPlanItem', 'fixture-manager', 2],
        ['updateActionPlanItem', 'fixture-police', 1],
        ['updateBoardMember', 'fixture-manager', 2],
      ]);
    });

    it('stays one request with the same number of statements as every part grows', async () => {
      // Both counts follow a write, so neither is answered from the view cache.
      await hub.exec(
        UpdateBoardMemberDocument,
        { input: { id: member.P1.id, expectedVersion: 1, role: 'Chief Superintendent (chair)' } },
        manager,
      );
      const first = await hub.count(YotAwardJourneyDocument, JOURNEY, manager);
      expect(first.result.errors).toBeUndefined();
      for (const dueOn of ['2024-01-15', '2024-02-15']) {
        await hub.exec(
          CreateActionPlanItemDocument,
          {
            input: {
              yotId: encodeGlobalId('Yot', ids.yot),
              title: `More ${dueOn}`,
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
        {
          input: {
            yotId: encodeGlobalId('Yot', ids.yot),
            assessedOn: '2024-06-20',
            participantAgencyIds: [agency('Fixture Probation')],
            scores: Object.values(criterion).map((criterionId) => ({ criterionId, score: 5 })),
          },
        },
        manager,
      );
      await hub.exec(
        RecordBoardMeetingDocument,
        { input: { boardId, heldOn: '2024-06-25', presentMemberIds: [member.PR.id] } },
        manager,
      );
      await addKpiChildren(
        hub,
        BARNET,
        'JC',
        3,
        () =>
          [
            { period: '2024-Q2', kpi: 'MENTAL_HEALTH', cohort: 'COMMUNITY', stage: 'START', needIdentified: false },
          ] as never[],
      );
      const second = await hub.count(YotAwardJourneyDocument, JOURNEY, manager);
      const yot = second.result.data!.yot!;
      expect(yot.latestSelfAssessment!.assessedOn).toBe('2024-06-20');
      expect(yot.openActions).toHaveLength(5);
      expect(yot.boardAttendance.map((r) => r.meetingsHeld)).toEqual([4, 6, 6]);
      expect(second.statements).toBe(first.statements);
      expect(second.statements).toBeLessThanOrEqual(60);
    });
  });
});
