import type { RawInteger } from '../../src/db/dialect';
import { encodeGlobalId } from '../../src/graphql/relay';
import {
  AddBoardMemberDocument,
  CreateActionPlanItemDocument,
  CreateBoardDocument,
  CreateSelfAssessmentDocument,
  RecordBoardMeetingDocument,
  RecordEvidenceDocument,
  ReviewEvidenceDocument,
  SetComparatorGroupDocument,
  UpdateActionPlanItemDocument,
} from '../generated/graphql';
import { addCoverageFixture, FIXTURE_CODE } from './coverage-fixture';
import type { Result, TestHub } from './hub';
import { globalId } from './ids';
import { addKpiChildren, BARNET, KNOWSLEY } from './kpi-fixture';

/** The day `n` days from today (UTC; negative: ago), as the hub judges "today". */
export const dayFromToday = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** The last quarter that ended before today (the quarter a KPI comparison reads), with its first day. */
export function lastFullQuarter(): { quarter: string; firstDay: string } {
  const now = new Date();
  const q = Math.floor(now.getUTCMonth() / 3); // the current quarter, 0-based, is the last full one's number
  const year = q === 0 ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  const number = q === 0 ? 4 : q;
  return {
    quarter: `${year}-Q${number}`,
    firstDay: new Date(Date.UTC(year, (number - 1) * 3, 1)).toISOString().slice(0, 10),
  };
}

const ok = <T>(r: Result<T>): T => {
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
};

/**
 * Fixtureshire (test/support/coverage-fixture.ts) with its award journey recorded through the real mutations, dated
 * from today so that a page reading "today" sees it (test/management-board.test.ts works the same parts by hand on
 * fixed dates). Self-assessment 30 days ago: S1 8, S2 2 with three accepted items (low, with plenty of evidence),
 * S3 7 with none accepted (high, without evidence; so is S1's 8 now that E1 has expired), S9 3. Actions: two
 * overdue (one in progress), one open not yet due, one done, one dropped. Board: police and probation from two
 * years ago, four meetings in the year, one of them in the last full quarter. KPIs of that quarter: Fixtureshire 6
 * children (accommodation, mental health funnel) and 2 (ETE, so withheld for a protected caller), Barnet 4 in its
 * family, Knowsley 30 (nation only).
 */
export async function addJourneyFixture(hub: TestHub): Promise<{ ids: Record<string, number>; quarter: string }> {
  const ids = await addCoverageFixture(hub.dataSource);
  const yotId = encodeGlobalId('Yot', ids.yot);
  const agency = (name: string) => encodeGlobalId('Agency', ids[name]);
  const criterion: Record<string, string> = {};
  const rows: { id: RawInteger; code: string }[] = await hub.dataSource.query(`SELECT id, code FROM criterion`);
  for (const row of rows) criterion[row.code] = encodeGlobalId('Criterion', Number(row.id));

  // S2: E3 and two more accepted items from probation, so a self-score of 2 undersells three accepted items.
  for (const title of ['E8 outcome data', 'E9 outcome data']) {
    const recorded = ok(
      await hub.exec(RecordEvidenceDocument, {
        input: {
          yotId,
          title,
          kind: 'OUTCOME_DATA',
          occurredOn: dayFromToday(-60),
          providedById: agency('Fixture Probation'),
          criteria: [{ criterionId: criterion.S2 }],
        },
      }),
    ).recordEvidence!.evidence;
    ok(
      await hub.exec(ReviewEvidenceDocument, {
        input: { id: recorded.id, expectedVersion: recorded.version, state: 'ACCEPTED' },
      }),
    );
  }
  ok(
    await hub.exec(CreateSelfAssessmentDocument, {
      input: {
        yotId,
        assessedOn: dayFromToday(-30),
        participantAgencyIds: [agency('Fixture Police'), agency('Fixture SEND Team')],
        scores: [
          { criterionId: criterion.S1, score: 8, note: 'Protocol agreed with police' },
          { criterionId: criterion.S2, score: 2, note: 'We undersell our outcome data' },
          { criterionId: criterion.S3, score: 7, note: 'Training for all staff' },
          { criterionId: criterion.S9, score: 3 },
        ],
      },
    }),
  );

  const raise = async (title: string, owner: string, ownerRole: string, dueOn: string, codes: string[] = []) =>
    ok(
      await hub.exec(CreateActionPlanItemDocument, {
        input: {
          yotId,
          title,
          ownerAgencyId: agency(owner),
          ownerRole: ownerRole as never,
          dueOn,
          criterionIds: codes.map((c) => criterion[c]),
        },
      }),
    ).createActionPlanItem!.actionPlanItem;
  const update = async (item: { id: string; version: number }, change: Record<string, unknown>) =>
    ok(
      await hub.exec(UpdateActionPlanItemDocument, {
        input: { id: item.id, expectedVersion: item.version, ...change },
      }),
    );
  await update(
    await raise('Train partner staff in SEND reforms', 'Fixture Police', 'POLICE_OFFICER', dayFromToday(-40), ['S3']),
    {
      status: 'IN_PROGRESS',
    },
  );
  await raise(
    'Agree an evidence protocol with probation',
    'Fixture Probation',
    'PROBATION_OFFICER',
    dayFromToday(-10),
    ['S2'],
  );
  await raise('Plan outcomes data for S9', 'Fixture SEND Team', 'SEND_OFFICER', dayFromToday(60), ['S9']);
  await update(
    await raise('Publish the S4 case study', 'Fixture SEND Team', 'SEND_OFFICER', dayFromToday(-20), ['S4']),
    {
      status: 'DONE',
      closingEvidenceIds: [encodeGlobalId('Evidence', ids.E7)],
    },
  );
  await update(
    await raise('Joint training with the academy', 'Fixture Academy', 'EDUCATION_OFFICER', dayFromToday(-5)),
    {
      status: 'DROPPED',
      droppedReason: 'The academy left the partnership plan',
    },
  );

  const boardId = ok(
    await hub.exec(CreateBoardDocument, { input: { yotId, name: 'Fixtureshire YJ Management Board' } }),
  ).createBoard!.board.id;
  const member: Record<string, string> = {};
  for (const [key, name, role] of [
    ['police', 'Fixture Police', 'Chief Superintendent'],
    ['probation', 'Fixture Probation', 'Head of Probation Delivery Unit'],
  ] as const)
    member[key] = ok(
      await hub.exec(AddBoardMemberDocument, {
        input: { boardId, agencyId: agency(name), role, seniority: 'EXECUTIVE', joinedOn: dayFromToday(-730) },
      }),
    ).addBoardMember!.boardMember.id;
  const { quarter, firstDay } = lastFullQuarter();
  // The quarter's meeting falls 45–137 days ago: never on the day of another.
  const inQuarter = new Date(Date.parse(firstDay) + 45 * 86_400_000).toISOString().slice(0, 10);
  for (const [heldOn, present] of [
    [dayFromToday(-300), ['probation']],
    [dayFromToday(-200), ['police']],
    [inQuarter, ['police', 'probation']],
    [dayFromToday(-20), ['police']],
  ] as const)
    ok(
      await hub.exec(RecordBoardMeetingDocument, {
        input: { boardId, heldOn, presentMemberIds: present.map((k) => member[k]) },
      }),
    );

  await addKpiChildren(
    hub,
    FIXTURE_CODE,
    'JF',
    6,
    (i) =>
      [
        { period: quarter, kpi: 'ACCOMMODATION', cohort: 'COMMUNITY', stage: 'END', met: i < 4 },
        {
          period: quarter,
          kpi: 'MENTAL_HEALTH',
          cohort: 'COMMUNITY',
          stage: 'START',
          needIdentified: i < 4,
          ...(i < 4 ? { supportOffered: i < 3, attending: i < 2 } : {}),
        },
        ...(i < 2
          ? [{ period: quarter, kpi: 'ETE' as const, cohort: 'COMMUNITY' as const, stage: 'END' as const, met: true }]
          : []),
      ] as never[],
  );
  await addKpiChildren(
    hub,
    BARNET,
    'JB',
    4,
    (i) => [{ period: quarter, kpi: 'ACCOMMODATION', cohort: 'COMMUNITY', stage: 'END', met: i < 1 }] as never[],
  );
  await addKpiChildren(
    hub,
    KNOWSLEY,
    'JK',
    30,
    (i) => [{ period: quarter, kpi: 'ACCOMMODATION', cohort: 'COMMUNITY', stage: 'END', met: i < 20 }] as never[],
  );
  ok(
    await hub.exec(SetComparatorGroupDocument, {
      input: {
        code: 'FAMILY-J',
        name: 'Journey family',
        yotIds: [yotId, await globalId(hub.dataSource, 'Yot', 'yot', `code = '${BARNET}'`)],
      },
    }),
  );
  return { ids, quarter };
}
