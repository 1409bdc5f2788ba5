import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/relay';
import { Role } from '../src/modules/auth/roles';
import type { Caller } from '../src/modules/auth/roles';
import { projectRoot } from '../src/paths';
import {
  AwardingBodiesDocument,
  CiteAwardDecisionDocument,
  DecideAssessmentDocument,
  RecordInterimDecisionDocument,
  RecordModerationMeetingDocument,
  RecordSubmissionDocument,
  RedesignationRemindersDocument,
  SeededAwardProcessDocument,
  StartAssessmentDocument,
} from './generated/graphql';
import { addCoverageFixture, FIXTURE_CODE } from './support/coverage-fixture';
import { expectError } from './support/expect';
import { startTestHub, TestHub } from './support/hub';

const CLI = join(projectRoot(), 'dist', 'src', 'export', 'cli.js');
const ASSESSOR: Caller = { name: 'assessor', role: Role.ASSESSOR, yotId: null, agencyId: null };

/**
 * Issue 15 part 3 on Fixtureshire (test/support/coverage-fixture.ts): a Quality Mark awarded 2021-09-01, valid
 * until 2024-09-01, and a redesignation in progress. On 2024-06-30 the award has 63 days left (31 in July, 31 in
 * August, and 1 September); on 2025-01-01 it lapsed 122 days before.
 */
describe('the assessment as it really runs', () => {
  let hub: TestHub;
  let ids: Record<string, number>;
  let manager: Caller;
  let current: string;
  let bodies: Record<string, string>;
  const evidence = (name: string) => encodeGlobalId('Evidence', ids[name]);

  beforeAll(async () => {
    hub = await startTestHub();
    ids = await addCoverageFixture(hub.dataSource);
    manager = { name: 'fixture-manager', role: Role.YOT_MANAGER, yotId: ids.yot, agencyId: null };
    current = encodeGlobalId('Assessment', ids.current);
    const { data } = await hub.exec(AwardingBodiesDocument);
    bodies = Object.fromEntries(data!.awardingBodies.map((b) => [b.key, b.id]));
  });
  afterAll(() => hub.close());

  it('knows the two awarding bodies, each with the AYM and a public source', async () => {
    const { data } = await hub.exec(AwardingBodiesDocument);
    expect(
      data!.awardingBodies.map(({ key, name, withBody, sourceDocument }) => ({
        key,
        name,
        withBody,
        source: sourceDocument?.url,
      })),
    ).toEqual([
      {
        key: 'achievement-for-all',
        name: 'Achievement for All',
        withBody: 'Association of YOT Managers',
        source: 'https://aym.org.uk/information-about-the-youth-justice-send-quality-mark-april-2018/',
      },
      {
        key: 'microlink-pc',
        name: 'Microlink PC',
        withBody: 'Association of YOT Managers',
        source: 'https://microlinkpc.com/blog/congratulations-to-knowsley-area-partnership',
      },
    ]);
  });

  it('seeds who awarded Knowsley and the published announcements, and nothing the sources do not say', async () => {
    const knowsley = (await hub.exec(SeededAwardProcessDocument, { code: 'E08000011' })).data!.yot!.assessments;
    expect(
      knowsley.map((a) => [
        a.kind,
        a.awardingBody?.key,
        a.awardingBodySource?.key,
        a.decisionCitation?.key,
        a.submission,
        a.moderationMeetings,
      ]),
    ).toEqual([
      ['INITIAL', 'achievement-for-all', 'afa-yj-update-sept-2019', 'knowsley-quality-lead-award', null, []],
      [
        'REDESIGNATION',
        'microlink-pc',
        'microlink-knowsley-area-partnership',
        'microlink-knowsley-area-partnership',
        null,
        [],
      ],
    ]);
    const barnet = (await hub.exec(SeededAwardProcessDocument, { code: 'E09000003' })).data!.yot!.assessments;
    expect(barnet.map((a) => [a.awardingBody, a.decisionCitation?.key])).toEqual([[null, 'barnet-quality-lead-award']]);
  });

  it("records the submission of evidence and case studies, by the YOT's manager only", async () => {
    const input = {
      assessmentId: current,
      awardingBodyId: bodies['microlink-pc'],
      submittedOn: '2024-05-20',
      evidenceIds: [evidence('E1'), evidence('E3'), evidence('E7')],
    };
    expectError(
      (await hub.exec(RecordSubmissionDocument, { input }, { ...manager, yotId: ids.yot + 1000 })).errors,
      'FORBIDDEN',
    );
    expectError(
      (await hub.exec(RecordSubmissionDocument, { input: { ...input, evidenceIds: [evidence('E4')] } }, manager))
        .errors,
      'BAD_USER_INPUT',
    ); // withdrawn
    expectError(
      (
        await hub.exec(
          RecordSubmissionDocument,
          { input: { ...input, awardingBodyId: encodeGlobalId('AwardingBody', 999999) } },
          manager,
        )
      ).errors,
      'NOT_FOUND',
    );
    expectError(
      (await hub.exec(RecordSubmissionDocument, { input: { ...input, submittedOn: '2999-01-01' } }, manager)).errors,
      'BAD_USER_INPUT',
    );
    const { data, errors } = await hub.exec(RecordSubmissionDocument, { input }, manager);
    expect(errors).toBeUndefined();
    expect(data!.recordSubmission!.assessment).toMatchObject({
      status: 'IN_PROGRESS',
      awardingBody: { name: 'Microlink PC', withBody: 'Association of YOT Managers' },
      submission: {
        submittedOn: '2024-05-20',
        evidence: [{ title: 'E1' }, { title: 'E3' }, { title: 'E7' }],
        caseStudies: [{ title: 'E1' }, { title: 'E7' }],
      },
    });
  });

  it('records a moderation meeting by video with attendees by agency and role, by assessors', async () => {
    const input = {
      assessmentId: current,
      heldOn: '2024-06-10',
      mode: 'VIDEO' as const,
      attendees: [
        { role: 'Moderator' },
        { agencyId: encodeGlobalId('Agency', ids['Fixture SEND Team']), role: 'SEND Manager' },
        { agencyId: encodeGlobalId('Agency', ids['Fixture Police']), role: 'Inspector' },
      ],
    };
    expectError((await hub.exec(RecordModerationMeetingDocument, { input }, manager)).errors, 'FORBIDDEN', [
      'recordModerationMeeting',
    ]);
    expectError(
      (await hub.exec(RecordModerationMeetingDocument, { input: { ...input, attendees: [] } }, ASSESSOR)).errors,
      'BAD_USER_INPUT',
    );
    expectError(
      (await hub.exec(RecordModerationMeetingDocument, { input: { ...input, heldOn: '2999-01-01' } }, ASSESSOR)).errors,
      'BAD_USER_INPUT',
    );
    const { data, errors } = await hub.exec(RecordModerationMeetingDocument, { input }, ASSESSOR);
    expect(errors).toBeUndefined();
    expect(data!.recordModerationMeeting!.moderationMeeting).toMatchObject({
      heldOn: '2024-06-10',
      mode: 'VIDEO',
      attendees: [
        { role: 'Moderator', agency: null },
        { role: 'SEND Manager', agency: { name: 'Fixture SEND Team' } },
        { role: 'Inspector', agency: { name: 'Fixture Police' } },
      ],
      assessment: { id: current, moderationMeetings: [{ heldOn: '2024-06-10' }] },
    });
  });

  it('asks for additional evidence, defers, then decides; a paused assessment still blocks a second one', async () => {
    expectError(
      (
        await hub.exec(
          RecordInterimDecisionDocument,
          { input: { assessmentId: current, expectedVersion: 1, status: 'ADDITIONAL_EVIDENCE_REQUESTED' } },
          ASSESSOR,
        )
      ).errors,
      'BAD_USER_INPUT',
    );
    expectError(
      (
        await hub.exec(
          RecordInterimDecisionDocument,
          { input: { assessmentId: current, expectedVersion: 1, status: 'AWARDED', note: 'x' } },
          ASSESSOR,
        )
      ).errors,
      'BAD_USER_INPUT',
    );
    const asked = await hub.exec(
      RecordInterimDecisionDocument,
      {
        input: {
          assessmentId: current,
          expectedVersion: 1,
          status: 'ADDITIONAL_EVIDENCE_REQUESTED',
          note: 'A case study for S9.',
        },
      },
      ASSESSOR,
    );
    expect(asked.data!.recordInterimDecision!.assessment).toMatchObject({
      status: 'ADDITIONAL_EVIDENCE_REQUESTED',
      version: 2,
      interimNote: 'A case study for S9.',
    });
    expectError(
      (
        await hub.exec(
          RecordInterimDecisionDocument,
          { input: { assessmentId: current, expectedVersion: 1, status: 'DEFERRED', note: 'late' } },
          ASSESSOR,
        )
      ).errors,
      'CONFLICT',
    );
    const deferred = await hub.exec(
      RecordInterimDecisionDocument,
      { input: { assessmentId: current, expectedVersion: 2, status: 'DEFERRED', note: 'To the September panel.' } },
      ASSESSOR,
    );
    expect(deferred.data!.recordInterimDecision!.assessment).toMatchObject({ status: 'DEFERRED', version: 3 });
    const second = await hub.exec(
      StartAssessmentDocument,
      { input: { yotId: encodeGlobalId('Yot', ids.yot), level: 'QUALITY_LEAD', kind: 'REDESIGNATION' } },
      ASSESSOR,
    );
    expectError(second.errors, 'CONFLICT');
    expectError(
      (
        await hub.exec(
          CiteAwardDecisionDocument,
          { input: { assessmentId: current, title: 'Too early', url: 'https://example.org/x' } },
          ASSESSOR,
        )
      ).errors,
      'BAD_USER_INPUT',
    );
  });

  it('reminds of awards lapsing within N months or lapsed, with whether a re-designation is under way', async () => {
    const soon = await hub.exec(RedesignationRemindersDocument, { within: 6, asOf: '2024-06-30' });
    expect(soon.data!.redesignationReminders).toEqual([
      {
        yotCode: FIXTURE_CODE,
        yotName: 'Fixtureshire Youth Justice Service',
        state: 'LAPSING',
        validUntil: '2024-09-01',
        daysLeft: 63,
        redesignationUnderWay: true,
        award: { id: encodeGlobalId('Assessment', ids.award), level: 'QUALITY_MARK' },
        yot: { code: FIXTURE_CODE },
      },
    ]);
    expect(
      (await hub.exec(RedesignationRemindersDocument, { within: 2, asOf: '2024-06-30' })).data!.redesignationReminders,
    ).toEqual([]);
    const lapsed = await hub.exec(RedesignationRemindersDocument, { within: 0, asOf: '2025-01-01' });
    expect(lapsed.data!.redesignationReminders.map((r) => [r.yotCode, r.state, r.daysLeft])).toEqual([
      [FIXTURE_CODE, 'LAPSED', -122],
    ]);
    // Knowsley's 2019 award is followed by a redesignation of unknown date, and Barnet's has no date: neither is listed.
    expect(
      (await hub.exec(RedesignationRemindersDocument, { within: 36 })).data!.redesignationReminders.map(
        (r) => r.yotCode,
      ),
    ).not.toContain('E08000011');
    expectError((await hub.exec(RedesignationRemindersDocument, { within: 37 })).errors, 'BAD_USER_INPUT', [
      'redesignationReminders',
    ]);
    const stranger: Caller = { name: 'stranger', role: Role.PARTNER, yotId: null, agencyId: 999999 };
    expect(
      (await hub.exec(RedesignationRemindersDocument, { within: 6, asOf: '2024-06-30' }, stranger)).data!
        .redesignationReminders,
    ).toEqual([]);
  });

  it('exports the reminder from the command line as CSV', () => {
    const result = spawnSync(process.execPath, [CLI, 'redesignations', '--within', '6', '--as-of', '2024-06-30'], {
      env: { ...process.env, DATABASE_URL: hub.url, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const rows = parse<Record<string, string>>(result.stdout, { bom: true, columns: true });
    expect(rows).toEqual([
      {
        yotCode: FIXTURE_CODE,
        yotName: 'Fixtureshire Youth Justice Service',
        region: 'Test Region',
        state: 'LAPSING',
        level: 'QUALITY_MARK',
        decidedOn: '2021-09-01',
        validUntil: '2024-09-01',
        daysLeft: '63',
        redesignationUnderWay: 'true',
        awardingBody: '',
      },
    ]);
    expect(
      spawnSync(process.execPath, [CLI, 'redesignations', '--within', 'six'], {
        env: { ...process.env, DATABASE_URL: hub.url },
        encoding: 'utf8',
      }).status,
    ).toBe(1); // bad usage (README "Exit codes")
  });

  it('decides, then cites the published announcement once', async () => {
    const decided = await hub.exec(
      DecideAssessmentDocument,
      { input: { id: current, expectedVersion: 3, outcome: 'NOT_AWARDED', decidedOn: '2024-06-30' } },
      ASSESSOR,
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideAssessment!.assessment.status).toBe('NOT_AWARDED');
    const input = {
      assessmentId: current,
      title: 'Fixtureshire redesignation outcome',
      publisher: 'Microlink PC',
      url: 'https://example.org/fixtureshire',
      publishedOn: '2024-07-05',
    };
    expectError(
      (await hub.exec(CiteAwardDecisionDocument, { input: { ...input, url: 'not a url' } }, ASSESSOR)).errors,
      'BAD_USER_INPUT',
    );
    expectError((await hub.exec(CiteAwardDecisionDocument, { input }, manager)).errors, 'FORBIDDEN');
    const cited = await hub.exec(CiteAwardDecisionDocument, { input }, ASSESSOR);
    expect(cited.data!.citeAwardDecision!.assessment.decisionCitation).toEqual({
      title: 'Fixtureshire redesignation outcome',
      publisher: 'Microlink PC',
      url: 'https://example.org/fixtureshire',
      publishedOn: '2024-07-05',
    });
    expectError((await hub.exec(CiteAwardDecisionDocument, { input }, ASSESSOR)).errors, 'CONFLICT');
    const after = await hub.exec(RedesignationRemindersDocument, { within: 6, asOf: '2024-06-30' });
    expect(after.data!.redesignationReminders[0].redesignationUnderWay).toBe(false);
    const audited = await hub.dataSource.query(
      `SELECT action FROM audit_event WHERE action IN ('recordSubmission', 'recordModerationMeeting', 'recordInterimDecision', 'citeAwardDecision') ORDER BY id`,
    );
    expect(audited.map((a: { action: string }) => a.action)).toEqual([
      'recordSubmission',
      'recordModerationMeeting',
      'recordInterimDecision',
      'recordInterimDecision',
      'citeAwardDecision',
    ]);
  });
});
