import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { runSql, RawInteger } from '../../db/dialect';
import { awardStateSql } from '../../domain/rules';
import { HubContext } from '../../graphql/context';
import { addMonths } from '../../graphql/scalars';
import { visibleYotsCondition } from '../auth/scope';
import { UNDECIDED_STATUSES } from './assessment.enums';

/** Whether a reminded award has lapsed. */
export enum ReminderState {
  LAPSING = 'LAPSING',
  LAPSED = 'LAPSED',
}

registerEnumType(ReminderState, {
  name: 'ReminderState',
  description: 'Whether an award in the re-designation reminder lapses soon or has lapsed.',
  valuesConfig: {
    LAPSING: { description: 'Current on `asOf` (award-state rule) and its last valid day is within the window.' },
    LAPSED: { description: 'Expired on `asOf` (award-state rule).' },
  },
});

@ObjectType({
  description:
    "An award that lapses within the window or has lapsed: the YOT's latest award, with whether a re-designation is under way.",
})
export class RedesignationReminder {
  assessmentId!: number;
  yotId!: number;

  @Field(() => String, { description: 'ONS code of the YOT.' })
  yotCode!: string;

  @Field(() => String, { description: 'Name of the YOT.' })
  yotName!: string;

  @Field(() => ReminderState, { description: 'Lapsing or lapsed.' })
  state!: ReminderState;

  @Field(() => String, {
    description: 'Last day the award is valid (`YYYY-MM-DD`; with MONTH precision the last day of the month).',
  })
  validUntil!: string;

  @Field(() => Int, { description: 'Days from `asOf` to the last valid day (negative once lapsed).' })
  daysLeft!: number;

  @Field(() => Boolean, {
    description:
      'True when a later assessment of the YOT is under way (IN_PROGRESS, ADDITIONAL_EVIDENCE_REQUESTED or DEFERRED).',
  })
  redesignationUnderWay!: boolean;
}

/**
 * Awards to re-designate on `asOf`: each YOT's latest award (by decision date) whose state under the award-state
 * rule is EXPIRED, or CURRENT with its last valid day within `withinMonths`. Awards of UNKNOWN state (no recorded
 * date), and awards followed by one of unknown date, are left out: the AWARD_DATE_UNKNOWN gap reports them. Lapsed first, then by last valid day. One statement.
 */
export async function redesignationReminders(
  ctx: HubContext,
  withinMonths: number,
  asOf: string,
): Promise<RedesignationReminder[]> {
  const scope = await visibleYotsCondition(ctx, 'a."yotId"');
  const undecided = UNDECIDED_STATUSES.map((s) => `'${s}'`).join(', ');
  const rows = await runSql<{
    id: RawInteger;
    yot_id: RawInteger;
    code: string;
    name: string;
    state: string;
    valid_until: string;
    under_way: RawInteger;
  }>(
    ctx.db,
    `SELECT a.id, a."yotId" AS yot_id, y.code, y.name, ${awardStateSql('a')} AS state, a."validUntil" AS valid_until,
       CASE WHEN EXISTS (SELECT 1 FROM assessment n WHERE n."yotId" = a."yotId" AND n.id <> a.id AND n.status IN (${undecided})) THEN 1 ELSE 0 END AS under_way
     FROM assessment a JOIN yot y ON y.id = a."yotId"
     WHERE ${awardStateSql('a')} IN ('CURRENT', 'EXPIRED')
       AND (${awardStateSql('a')} = 'EXPIRED' OR a."validUntil" <= :until)
       AND NOT EXISTS (SELECT 1 FROM assessment b WHERE b."yotId" = a."yotId" AND b.status = 'AWARDED' AND b."decidedOn" <= :asOf
                       AND (b."decidedOn" > a."decidedOn" OR (b."decidedOn" = a."decidedOn" AND b.id > a.id)))
       -- A later award of unknown date (e.g. a redesignation whose date was not read) may have renewed it: the
       -- AWARD_DATE_UNKNOWN gap asks for its date instead, as AWARD_EXPIRED does not fire either.
       AND NOT EXISTS (SELECT 1 FROM assessment u WHERE u."yotId" = a."yotId" AND u.status = 'AWARDED' AND u."decidedOn" IS NULL
                       AND (u."baselineAssessmentId" = a.id OR u.id > a.id))
       ${scope ? `AND ${scope.sql}` : ''}
     ORDER BY a."validUntil", y.code, a.id`,
    { asOf, until: addMonths(asOf, withinMonths), ...(scope?.params ?? {}) },
  );
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  return rows.map((r) => ({
    assessmentId: Number(r.id),
    yotId: Number(r.yot_id),
    yotCode: r.code,
    yotName: r.name,
    state: r.state === 'EXPIRED' ? ReminderState.LAPSED : ReminderState.LAPSING,
    validUntil: r.valid_until,
    daysLeft: day(r.valid_until) - day(asOf),
    redesignationUnderWay: Number(r.under_way) === 1,
  }));
}
