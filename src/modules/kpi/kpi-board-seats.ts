import { Field, ObjectType } from 'type-graphql';
import { runSql, RawInteger } from '../../db/dialect';
import { HubContext } from '../../graphql/context';
import { DateScalar } from '../../graphql/scalars';
import { boardSeats } from './kpi-board';
import { KpiFigurePart } from './kpi-records.types';

/** One seat KPI 7 counts: a statutory partner agency at one meeting of the YOT's board in the quarter. */
@ObjectType({
  description:
    "A seat KPI 7 counts: one statutory partner agency with a member serving on the YOT's board at one meeting held in the quarter, and whether a member of it was present (the numerator).",
})
export class KpiBoardSeat {
  meetingId!: number;
  agencyId!: number;

  @Field(() => DateScalar, { description: 'The day the board met.' })
  heldOn!: string;

  @Field(() => Boolean, { description: 'Whether a member of the agency was present (counted in the numerator).' })
  present!: boolean;
}

/**
 * The seats behind a YOT's KPI 7 figure for a quarter, from the CTEs the figure counts (boardSeats): every seat for
 * the denominator, the attended ones for the numerator. By meeting day and agency id. A quarter holds a few
 * meetings × the statutory partners, so the list is not paged.
 */
export async function boardKpiSeats(
  ctx: HubContext,
  yotCode: string,
  quarter: string,
  part: KpiFigurePart,
): Promise<KpiBoardSeat[]> {
  const { ctes, params } = await boardSeats(ctx, {
    quarter,
    yotCodes: [yotCode],
    regions: null,
    nations: null,
    kpis: null,
  });
  const rows = await runSql<{ meetingId: RawInteger; agencyId: RawInteger; heldOn: string; attended: RawInteger }>(
    ctx.db,
    `${ctes}
     SELECT st.meeting_id AS "meetingId", st.agency_id AS "agencyId", mt."heldOn" AS "heldOn",
       CASE WHEN p.meeting_id IS NULL THEN 0 ELSE 1 END AS attended
     FROM seats st JOIN board_meeting mt ON mt.id = st.meeting_id
       LEFT JOIN present p ON p.meeting_id = st.meeting_id AND p.agency_id = st.agency_id
     ${part === KpiFigurePart.NUMERATOR ? 'WHERE p.meeting_id IS NOT NULL' : ''}
     ORDER BY mt."heldOn", st.agency_id`,
    params,
  );
  return rows.map((r) =>
    Object.assign(new KpiBoardSeat(), {
      meetingId: Number(r.meetingId),
      agencyId: Number(r.agencyId),
      heldOn: r.heldOn.slice(0, 10),
      present: Number(r.attended) === 1,
    }),
  );
}
