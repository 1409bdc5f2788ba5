import { AgencyType } from '../../modules/agency/agency.enums';
import { BulkWriter } from './bulk-writer';
import { Random } from './random';
import { ROLE_OF } from './shapes';

/** Stream number of the award-journey rows in `Random.derive`: their own stream, so the older rows stay as they were. */
const JOURNEY_STREAM = 0x6a6f75;

/** Rows per synthetic YOT (fixed, so counts can be checked): self-assessments, action items, board meetings. */
export const JOURNEY_PER_YOT = { selfAssessments: 2, actionItems: 6, boardMeetings: 8 } as const;

/** Who sits on a synthetic board, by type, with a post and seniority. */
const BOARD_SEATS: Partial<Record<AgencyType, [string, string]>> = {
  POLICE: ['Chief Superintendent', 'EXECUTIVE'],
  PROBATION: ['Head of Probation Delivery Unit', 'SENIOR_MANAGER'],
  HEALTH_COMMISSIONER: ['Director of Nursing', 'EXECUTIVE'],
  LA_CHILDRENS_SOCIAL_CARE: ["Director of Children's Services", 'EXECUTIVE'],
  LA_EDUCATION: ['Head of Education', 'SENIOR_MANAGER'],
  LA_SEND_TEAM: ['SEND Manager', 'MANAGER'],
  CAMHS: ['CAMHS Service Manager', 'MANAGER'],
};

const ACTION_TITLES = [
  'Train partner staff in SEND reforms',
  'Agree a screening protocol with CAMHS',
  'Review the information-sharing agreement with health',
  'Add SEND status to the case management system',
  'Co-locate an education officer',
  'Gather case studies of outcomes',
  'Run a parent carer forum session',
];

const DAY = 86_400_000;
const isoDay = (anchor: string, daysBefore: number) =>
  new Date(Date.parse(anchor) - daysBefore * DAY).toISOString().slice(0, 10);

interface JourneyPartner {
  agencyId: number;
  type: AgencyType;
  active: boolean;
}

/**
 * A synthetic YOT's award journey: two self-assessments (a year apart) scoring every statement, action items
 * from the low self-scores (some overdue, some done with closing evidence, some dropped), and a management board of
 * its active partners that met quarterly for two years, each agency with its own attendance habit (so some
 * statutory partners miss most meetings and raise BOARD_ATTENDANCE_LOW).
 */
export async function writeAwardJourney(
  w: BulkWriter,
  seed: number,
  index: number,
  anchor: string,
  yotId: number,
  frameworkId: number,
  criteria: { id: number; code: string }[],
  partners: JourneyPartner[],
  byCriterion: Map<number, number[]>,
): Promise<void> {
  const rnd = Random.derive(seed, index, JOURNEY_STREAM);
  const active = partners.filter((p) => p.active);
  const owners = active.length ? active : partners;
  const saIds = await w.reserveIds('self_assessment', JOURNEY_PER_YOT.selfAssessments);
  const scores: unknown[][] = [];
  const low: { saId: number; criterionId: number }[] = [];
  await w.insert(
    'self_assessment',
    ['id', 'version', 'yotId', 'frameworkId', 'assessedOn', 'participantAgencyIds', 'note', 'recordedBy'],
    saIds.map((id, i) => {
      for (const c of criteria) {
        const score = Math.max(0, Math.min(10, rnd.int(2, 8) + i));
        if (score <= 3) low.push({ saId: id, criterionId: c.id });
        scores.push([id, c.id, score, null, JSON.stringify(rnd.sample(byCriterion.get(c.id) ?? [], 2))]);
      }
      const participants = [...new Set(rnd.sample(owners, rnd.int(2, 5)).map((p) => p.agencyId))];
      return [
        id,
        1,
        yotId,
        frameworkId,
        isoDay(anchor, 400 - i * 365 + rnd.int(0, 30)),
        JSON.stringify(participants),
        'Synthetic self-assessment (npm run seed:synthetic).',
        'Synthetic manager',
      ];
    }),
  );
  await w.insert('self_assessment_score', ['selfAssessmentId', 'criterionId', 'score', 'note', 'evidenceIds'], scores);

  const items = Array.from({ length: JOURNEY_PER_YOT.actionItems }, (_, i) => {
    const owner = rnd.pick(owners);
    const from = low.length ? rnd.pick(low) : null;
    const criterionId = from?.criterionId ?? rnd.pick(criteria).id;
    const status = rnd.weighted([
      ['OPEN', 35],
      ['IN_PROGRESS', 30],
      ['DONE', 25],
      ['DROPPED', 10],
    ] as const);
    const closing = status === 'DONE' ? (byCriterion.get(criterionId) ?? []).slice(0, 1) : [];
    const done = status === 'DONE' && closing.length > 0;
    const finalStatus = status === 'DONE' && !done ? 'IN_PROGRESS' : status;
    return [
      1,
      yotId,
      ACTION_TITLES[(index + i) % ACTION_TITLES.length],
      owner.agencyId,
      ROLE_OF[owner.type] ?? 'OTHER',
      isoDay(anchor, rnd.int(-180, 240)),
      finalStatus,
      finalStatus === 'DROPPED' ? "Superseded by the partnership's new plan." : null,
      done ? isoDay(anchor, rnd.int(1, 60)) : null,
      JSON.stringify([criterionId]),
      '[]',
      JSON.stringify(done ? closing : []),
      from ? 'SELF_ASSESSMENT' : 'NONE',
      from ? 'SelfAssessment' : null,
      from?.saId ?? null,
      'Synthetic manager',
    ];
  });
  await w.insert(
    'action_plan_item',
    [
      'version',
      'yotId',
      'title',
      'ownerAgencyId',
      'ownerRole',
      'dueOn',
      'status',
      'droppedReason',
      'completedOn',
      'criterionIds',
      'gaps',
      'closingEvidenceIds',
      'source',
      'sourceTypeName',
      'sourceKey',
      'recordedBy',
    ],
    items,
  );
  await writeBoard(w, rnd, anchor, yotId, active);
}

async function writeBoard(
  w: BulkWriter,
  rnd: Random,
  anchor: string,
  yotId: number,
  active: JourneyPartner[],
): Promise<void> {
  const seated = [...new Map(active.filter((p) => BOARD_SEATS[p.type]).map((p) => [p.agencyId, p])).values()];
  if (!seated.length) return;
  const [boardId] = await w.reserveIds('board', 1);
  await w.insert('board', ['id', 'version', 'yotId', 'name'], [[boardId, 1, yotId, 'Youth Justice Management Board']]);
  const memberIds = await w.reserveIds('board_member', seated.length);
  const habit = seated.map(() =>
    rnd.weighted([
      [0.95, 50],
      [0.75, 35],
      [0.35, 15],
    ] as const),
  );
  await w.insert(
    'board_member',
    ['id', 'version', 'boardId', 'yotId', 'agencyId', 'role', 'seniority', 'chair', 'joinedOn', 'leftOn'],
    seated.map((p, i) => [
      memberIds[i],
      1,
      boardId,
      yotId,
      p.agencyId,
      BOARD_SEATS[p.type]![0],
      BOARD_SEATS[p.type]![1],
      w.bool(i === 0),
      isoDay(anchor, 900),
      null,
    ]),
  );
  const meetingIds = await w.reserveIds('board_meeting', JOURNEY_PER_YOT.boardMeetings);
  await w.insert(
    'board_meeting',
    ['id', 'version', 'boardId', 'yotId', 'heldOn'],
    meetingIds.map((id, i) => [id, 1, boardId, yotId, isoDay(anchor, 20 + i * 91)]),
  );
  await w.insert(
    'board_attendance',
    ['meetingId', 'memberId', 'present'],
    meetingIds.flatMap((meetingId) =>
      memberIds.map((memberId, i) => [meetingId, memberId, w.bool(rnd.chance(habit[i]))]),
    ),
  );
}
