import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/relay';
import { Role } from '../src/modules/auth/roles';
import type { Caller } from '../src/modules/auth/roles';
import { YotJourneyDocument, AddBoardMemberDocument, CreateBoardDocument, JourneyGapsDocument, RecordBoardMeetingDocument, UpdateBoardMemberDocument, YotBoardDocument } from './generated/graphql';
import { addCoverageFixture, FIXTURE_CODE } from './support/coverage-fixture';
import { expectError } from './support/expect';
import { startTestHub, TestHub } from './support/hub';
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

  const count = async (table: string) => Number((await hub.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  it('sets up one board per YOT with its members, audited', async () => {
    const created = await hub.exec(CreateBoardDocument, { input: { yotId: encodeGlobalId('Yot', ids.yot), name: 'Fixtureshire YJ Management Board' } }, manager);
    expect(created.errors).toBeUndefined();
    boardId = created.data!.createBoard!.board.id;
    expect(created.data!.createBoard!.board).toMatchObject({ name: 'Fixtureshire YJ Management Board', yot: { code: FIXTURE_CODE } });
    expectError((await hub.exec(CreateBoardDocument, { input: { yotId: encodeGlobalId('Yot', ids.yot), name: 'Again' } }, manager)).errors, 'CONFLICT', ['createBoard']);
    const add = async (key: string, name: string, role: string, seniority: 'EXECUTIVE' | 'SENIOR_MANAGER' | 'MANAGER', joinedOn: string, chair = false) => {
      const { data, errors } = await hub.exec(AddBoardMemberDocument, { input: { boardId, agencyId: agency(name), role, seniority, joinedOn, chair } }, manager);
      expect(errors).toBeUndefined();
      member[key] = data!.addBoardMember!.boardMember;
    };
    await add('P1', 'Fixture Police', 'Chief Superintendent', 'EXECUTIVE', '2023-01-01', true);
    await add('PR', 'Fixture Probation', 'Head of Probation Delivery Unit', 'SENIOR_MANAGER', '2023-01-01');
    await add('S', 'Fixture SEND Team', 'SEND Manager', 'MANAGER', '2023-01-01');
    await add('P2', 'Fixture Police', 'Superintendent', 'SENIOR_MANAGER', '2024-01-01');
    expect(Number((await hub.dataSource.query(`SELECT COUNT(*) AS n FROM audit_event WHERE action IN ('createBoard', 'addBoardMember')`))[0].n)).toBe(5);
  });

  it('refuses other callers, unknown ids and bad input, writing nothing', async () => {
    const before = [await count('board'), await count('board_member'), await count('board_meeting'), await count('board_attendance')];
    const police: Caller = { name: 'police', role: Role.PARTNER, yotId: null, agencyId: ids['Fixture Police'] };
    expectError((await hub.exec(AddBoardMemberDocument, { input: { boardId, agencyId: agency('Fixture Police'), role: 'x y', seniority: 'MANAGER', joinedOn: '2023-01-01' } }, otherManager)).errors, 'FORBIDDEN');
    expectError((await hub.exec(RecordBoardMeetingDocument, { input: { boardId, heldOn: '2023-06-15', presentMemberIds: [] } }, police)).errors, 'FORBIDDEN');
    expectError((await hub.exec(RecordBoardMeetingDocument, { input: { boardId: encodeGlobalId('Board', 999999), heldOn: '2023-06-15', presentMemberIds: [] } }, manager)).errors, 'NOT_FOUND');
    expectError((await hub.exec(RecordBoardMeetingDocument, { input: { boardId, heldOn: '2999-01-01', presentMemberIds: [] } }, manager)).errors, 'BAD_USER_INPUT');
    const notYet = await hub.exec(RecordBoardMeetingDocument, { input: { boardId, heldOn: '2023-12-15', presentMemberIds: [member.P1.id, member.P2.id] } }, manager);
    expect(expectError(notYet.errors, 'BAD_USER_INPUT', ['recordBoardMeeting']).message).toContain('Superintendent, who was not a member');
    expect([await count('board'), await count('board_member'), await count('board_meeting'), await count('board_attendance')]).toEqual(before);
  });

  it('records meetings with everyone serving present or absent, once a day', async () => {
    const meet = async (heldOn: string, present: string[]) => {
      const { data, errors } = await hub.exec(RecordBoardMeetingDocument, { input: { boardId, heldOn, presentMemberIds: present.map((k) => member[k].id) } }, manager);
      expect(errors).toBeUndefined();
      return data!.recordBoardMeeting!.boardMeeting;
    };
    expect((await meet('2023-06-15', ['PR'])).attendance.map((a) => [a.member.role, a.present])).toEqual([
      ['Chief Superintendent', false], ['Head of Probation Delivery Unit', true], ['SEND Manager', false],
    ]);
    await meet('2023-09-15', ['P1', 'S']);
    await meet('2023-12-15', ['P1']);
    await meet('2024-03-15', ['PR', 'S']);
    expect((await meet('2024-06-15', ['P2'])).attendance).toHaveLength(4);
    expectError((await hub.exec(RecordBoardMeetingDocument, { input: { boardId, heldOn: '2024-06-15', presentMemberIds: [] } }, manager)).errors, 'CONFLICT');
  });

  it('records a member leaving, not before a meeting they attended, under optimistic concurrency', async () => {
    expectError((await hub.exec(UpdateBoardMemberDocument, { input: { id: member.PR.id, expectedVersion: 1, leftOn: '2024-01-01' } }, manager)).errors, 'BAD_USER_INPUT');
    const ok = await hub.exec(UpdateBoardMemberDocument, { input: { id: member.S.id, expectedVersion: 1, role: 'Head of SEND' } }, manager);
    expect(ok.data!.updateBoardMember!.boardMember).toMatchObject({ version: 2, role: 'Head of SEND', leftOn: null });
    expectError((await hub.exec(UpdateBoardMemberDocument, { input: { id: member.S.id, expectedVersion: 1, role: 'Stale' } }, manager)).errors, 'CONFLICT', ['updateBoardMember']);
    expectError((await hub.exec(UpdateBoardMemberDocument, { input: { id: encodeGlobalId('BoardMember', 999999), expectedVersion: 1 } }, manager)).errors, 'NOT_FOUND');
  });

  it('computes KPI 7 for statutory partners only, over a year and a quarter', async () => {
    const year = await hub.exec(YotBoardDocument, { code: FIXTURE_CODE, from: '2023-07-01', to: '2024-06-30' });
    expect(year.errors).toBeUndefined();
    expect(year.data!.yot!.board!.meetings).toHaveLength(5);
    expect(year.data!.yot!.boardAttendance).toEqual([
      { agency: { name: 'Fixture Police' }, agencyType: 'POLICE', meetingsHeld: 4, meetingsAttended: 3, rate: 0.75 },
      { agency: { name: 'Fixture Probation' }, agencyType: 'PROBATION', meetingsHeld: 4, meetingsAttended: 1, rate: 0.25 },
    ]);
    const quarter = await hub.exec(YotBoardDocument, { code: FIXTURE_CODE, from: '2024-04-01', to: '2024-06-30' });
    expect(quarter.data!.yot!.boardAttendance.map((r) => [r.agencyType, r.meetingsAttended, r.meetingsHeld])).toEqual([['POLICE', 1, 1], ['PROBATION', 0, 1]]);
    expectError((await hub.exec(YotBoardDocument, { code: FIXTURE_CODE, from: '2024-06-30', to: '2024-04-01' })).errors, 'BAD_USER_INPUT');
  });

  it('raises BOARD_ATTENDANCE_LOW for a statutory partner that missed most meetings in the year', async () => {
    const { data } = await hub.exec(JourneyGapsDocument, { code: FIXTURE_CODE, asOf: '2024-06-30' });
    expect(data!.gaps!.filter((g) => g.kind === 'BOARD_ATTENDANCE_LOW')).toEqual([
      { kind: 'BOARD_ATTENDANCE_LOW', message: 'Fixture Probation attended 1 of 4 management board meetings between 2023-07-01 and 2024-06-30.', node: { id: agency('Fixture Probation') } },
    ]);
    // A year later nothing was held: no finding.
    const later = await hub.exec(JourneyGapsDocument, { code: FIXTURE_CODE, asOf: '2025-12-31' });
    expect(later.data!.gaps!.some((g) => g.kind === 'BOARD_ATTENDANCE_LOW')).toBe(false);
  });

  it('answers the journey with board attendance in the same number of statements however many members and meetings', async () => {
    await hub.exec(UpdateBoardMemberDocument, { input: { id: member.P2.id, expectedVersion: 1, role: 'Superintendent (YJ lead)' } }, manager);
    const first = await hub.count(YotJourneyDocument, { code: FIXTURE_CODE, asOf: '2024-06-30' }, manager);
    expect(first.result.data!.yot!.boardAttendance.map((r) => r.rate)).toEqual([0.75, 0.25]);
    const more = await hub.exec(AddBoardMemberDocument, { input: { boardId, agencyId: agency('Fixture ICB'), role: 'Director of Nursing', seniority: 'EXECUTIVE', joinedOn: '2024-01-01' } }, manager);
    await hub.exec(RecordBoardMeetingDocument, { input: { boardId, heldOn: '2024-05-15', presentMemberIds: [more.data!.addBoardMember!.boardMember.id] } }, manager);
    const second = await hub.count(YotJourneyDocument, { code: FIXTURE_CODE, asOf: '2024-06-30' }, manager);
    // The ICB (a health commissioner, statutory) joins: 1 of the 3 held since it joined (03-15, 05-15, 06-15); police 3 of 5, probation 1 of 5.
    expect(second.result.data!.yot!.boardAttendance.map((r) => [r.agency.name, r.meetingsAttended, r.meetingsHeld])).toEqual([
      ['Fixture ICB', 1, 3], ['Fixture Police', 3, 5], ['Fixture Probation', 1, 5],
    ]);
    expect(second.statements).toBe(first.statements);
  });
  it('answers the whole award journey client operation (test/clients/operations/yot-journey.graphql) in one request', async () => {
    const { result, statements } = await hub.count(YotAwardJourneyDocument, { code: FIXTURE_CODE, asOf: '2024-06-30', boardFrom: '2023-07-01', quarter: '2024-Q2' }, manager);
    expect(result.errors).toBeUndefined();
    const yot = result.data!.yot!;
    expect(yot.boardAttendance.map((r) => [r.agency.name, r.meetingsAttended, r.meetingsHeld])).toEqual([['Fixture ICB', 1, 3], ['Fixture Police', 3, 5], ['Fixture Probation', 1, 5]]);
    // 2024-Q2: 05-15 (ICB present) and 06-15 (police present), 3 statutory partners seated at each → 2 of 6.
    const kpi7 = { kpiNumber: 7, cohort: 'ALL_CHILDREN', stage: 'IN_QUARTER', indicator: 'STATUTORY_PARTNER_ATTENDANCE', denominator: 6, numerator: 2, rate: 0.3333, suppressed: false };
    expect(yot.kpiComparison!.yot.figures).toEqual([{ ...kpi7, kpi: 'MANAGEMENT_BOARD_ATTENDANCE' }]);
    expect(yot.kpiComparison!.regionFigures.figures).toEqual([kpi7]);
    expect(yot.kpiComparison!.nationFigures.figures).toEqual([kpi7]);
    expect(yot.openActions).toEqual([]);
    expect(yot.overdueActions).toEqual([]);
    expect(statements).toBeLessThanOrEqual(60);
  });
});
