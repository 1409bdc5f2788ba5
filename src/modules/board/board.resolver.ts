import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { inTransaction } from '../../db/transaction';
import { HubContext } from '../../graphql/context';
import { requireDateOrder } from '../../graphql/validation';
import { DateScalar, toIsoDate } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { CAN } from '../auth/auth-checker';
import { Yot } from '../yot/yot.entity';
import { boardAttendance, BoardAttendanceRow } from './board-attendance.service';
import { Board, BoardAttendance, BoardMeeting, BoardMember } from './board.entity';
import {
  AddBoardMemberInput,
  AddBoardMemberPayload,
  CreateBoardInput,
  CreateBoardPayload,
  RecordBoardMeetingInput,
  RecordBoardMeetingPayload,
  UpdateBoardMemberInput,
  UpdateBoardMemberPayload,
} from './board.inputs';
import { BoardService } from './board.service';

/** Setting up a board and recording its meetings. */
@Resolver(() => Board)
export class BoardResolver {
  @Authorized(...CAN.editYotData)
  @Mutation(() => CreateBoardPayload, {
    nullable: true,
    description:
      "Sets up a YOT's management board (one per YOT; CONFLICT when it has one). Its manager or an administrator.",
  })
  createBoard(
    @Ctx() ctx: HubContext,
    @Arg('input', () => CreateBoardInput, { description: 'The board.' }) input: CreateBoardInput,
  ) {
    return inTransaction(ctx, (tx) => BoardService.create(tx, input));
  }

  @Authorized(...CAN.editYotData)
  @Mutation(() => AddBoardMemberPayload, { nullable: true, description: 'Adds a member to a board, for an agency.' })
  addBoardMember(
    @Ctx() ctx: HubContext,
    @Arg('input', () => AddBoardMemberInput, { description: 'The member.' }) input: AddBoardMemberInput,
  ) {
    return inTransaction(ctx, (tx) => BoardService.addMember(tx, input));
  }

  @Authorized(...CAN.editYotData)
  @Mutation(() => UpdateBoardMemberPayload, {
    nullable: true,
    description: 'Changes a board member or records that they left. CONFLICT when `expectedVersion` is stale.',
  })
  updateBoardMember(
    @Ctx() ctx: HubContext,
    @Arg('input', () => UpdateBoardMemberInput, { description: 'What to change.' }) input: UpdateBoardMemberInput,
  ) {
    return inTransaction(ctx, (tx) => BoardService.updateMember(tx, input));
  }

  @Authorized(...CAN.editYotData)
  @Mutation(() => RecordBoardMeetingPayload, {
    nullable: true,
    description:
      'Records a board meeting and who was present; every other member serving that day is recorded absent. CONFLICT when the board already met that day.',
  })
  recordBoardMeeting(
    @Ctx() ctx: HubContext,
    @Arg('input', () => RecordBoardMeetingInput, { description: 'The meeting.' }) input: RecordBoardMeetingInput,
  ) {
    return inTransaction(ctx, (tx) => BoardService.recordMeeting(tx, input));
  }

  @FieldResolver(() => Yot, { description: 'The YOT.' })
  yot(@Root() board: Board, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Yot).load(board.yotId);
  }

  @FieldResolver(() => [BoardMember], { description: 'Members past and present, by the day they joined.' })
  members(@Root() board: Board, @Ctx() ctx: HubContext) {
    return ctx.loaders.manyBy(BoardMember, 'boardId', ['joinedOn', 'id']).load(board.id);
  }

  @FieldResolver(() => [BoardMeeting], { description: 'Meetings, oldest first.' })
  meetings(@Root() board: Board, @Ctx() ctx: HubContext) {
    return ctx.loaders.manyBy(BoardMeeting, 'boardId', ['heldOn', 'id']).load(board.id);
  }
}

/** A member's agency. */
@Resolver(() => BoardMember)
export class BoardMemberResolver {
  @FieldResolver(() => Agency, { description: 'The agency they represent.' })
  agency(@Root() member: BoardMember, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Agency).load(member.agencyId);
  }
}

/** A meeting's attendance. */
@Resolver(() => BoardMeeting)
export class BoardMeetingResolver {
  @FieldResolver(() => [BoardAttendance], { description: 'Each member serving that day, present or not.' })
  attendance(@Root() meeting: BoardMeeting, @Ctx() ctx: HubContext) {
    return ctx.loaders.manyBy(BoardAttendance, 'meetingId').load(meeting.id);
  }
}

/** An attendance row's member. */
@Resolver(() => BoardAttendance)
export class BoardAttendanceResolver {
  @FieldResolver(() => BoardMember, { description: 'The member.' })
  member(@Root() row: BoardAttendance, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(BoardMember).load(row.memberId);
  }
}

/** A KPI 7 row's agency. */
@Resolver(() => BoardAttendanceRow)
export class BoardAttendanceRowResolver {
  @FieldResolver(() => Agency, { description: 'The statutory partner agency.' })
  agency(@Root() row: BoardAttendanceRow, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Agency).load(row.agencyId);
  }
}

/** `Yot.board` and `Yot.boardAttendance(from, to)` (KPI 7). */
@Resolver(() => Yot)
export class YotBoardResolver {
  @FieldResolver(() => Board, {
    nullable: true,
    description: "The YOT's management board; null when none is recorded.",
  })
  async board(@Root() yot: Yot, @Ctx() ctx: HubContext) {
    return (await ctx.loaders.manyBy(Board, 'yotId').load(yot.id))[0] ?? null;
  }

  @FieldResolver(() => [BoardAttendanceRow], {
    description:
      'KPI 7: board attendance of each statutory partner agency between `from` and `to` (inclusive), computed in SQL; one statement for all YOTs of a request. Empty when no meetings are recorded.',
  })
  boardAttendance(
    @Root() yot: Yot,
    @Ctx() ctx: HubContext,
    @Arg('from', () => DateScalar, { description: "First day of the period, e.g. a quarter's first day." }) from: Date,
    @Arg('to', () => DateScalar, { description: 'Last day of the period.' }) to: Date,
  ) {
    const start = toIsoDate(from, 'from');
    const end = toIsoDate(to, 'to');
    requireDateOrder(start, end, 'to', 'from');
    return ctx.loaders
      .custom<number, BoardAttendanceRow[]>(`board-attendance:${start}:${end}`, async (ids) => {
        const rows = await boardAttendance(ctx, ids, start, end);
        return ids.map((id) => rows.get(id)!);
      })
      .load(yot.id);
  }
}
