import { HubContext } from '../../graphql/context';
import { BadUserInputError, ConflictError } from '../../graphql/errors';
import { findAllById, findById, given, updateVersioned } from '../../graphql/records';
import { todayIso, toIsoDate } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { AuditService } from '../audit/audit.service';
import { requireYotWriter } from '../auth/scope';
import { Yot } from '../yot/yot.entity';
import { Board, BoardAttendance, BoardMeeting, BoardMember } from './board.entity';
import { AddBoardMemberInput, CreateBoardInput, RecordBoardMeetingInput, UpdateBoardMemberInput } from './board.inputs';

/** True when a member serves on `day`. */
export function serves(member: Pick<BoardMember, 'joinedOn' | 'leftOn'>, day: string): boolean {
  return member.joinedOn <= day && (member.leftOn == null || member.leftOn >= day);
}

/** Writes to management boards (the YOT's manager or an administrator), audited, in the caller's transaction. */
export class BoardService {
  /** Sets up a YOT's board; CONFLICT when it has one. */
  static async create(tx: HubContext, input: CreateBoardInput): Promise<{ board: Board }> {
    const yot = await findById(tx, Yot, input.yotId, 'input.yotId');
    requireYotWriter(tx, yot.id);
    const repo = tx.db.getRepository(Board);
    if (await repo.existsBy({ yotId: yot.id }))
      throw new ConflictError(`${yot.name} already has a management board; change that one.`, { field: 'input.yotId' });
    const board = await repo.save(repo.create({ yotId: yot.id, name: input.name.trim(), sourceDocumentId: null }));
    await AuditService.changed(tx, 'createBoard', 'Board', board.id, null, board);
    return { board };
  }

  /** Adds a member for an agency. */
  static async addMember(tx: HubContext, input: AddBoardMemberInput): Promise<{ boardMember: BoardMember }> {
    const board = await findById(tx, Board, input.boardId, 'input.boardId');
    requireYotWriter(tx, board.yotId);
    const agency = await findById(tx, Agency, input.agencyId, 'input.agencyId');
    const repo = tx.db.getRepository(BoardMember);
    const boardMember = await repo.save(
      repo.create({
        boardId: board.id,
        yotId: board.yotId,
        agencyId: agency.id,
        role: input.role.trim(),
        seniority: input.seniority,
        chair: input.chair ?? false,
        joinedOn: toIsoDate(input.joinedOn, 'input.joinedOn'),
        leftOn: null,
      }),
    );
    await AuditService.changed(tx, 'addBoardMember', 'BoardMember', boardMember.id, null, boardMember);
    return { boardMember };
  }

  /** Changes a member (or records that they left); CONFLICT when `expectedVersion` is stale. */
  static async updateMember(tx: HubContext, input: UpdateBoardMemberInput): Promise<{ boardMember: BoardMember }> {
    const before = await findById(tx, BoardMember, input.id, 'input.id');
    requireYotWriter(tx, before.yotId);
    const changes: Partial<BoardMember> = given({
      role: input.role?.trim(),
      seniority: input.seniority ?? undefined,
      chair: input.chair ?? undefined,
    });
    if (input.leftOn != null) {
      const leftOn = toIsoDate(input.leftOn, 'input.leftOn');
      if (leftOn < before.joinedOn)
        throw new BadUserInputError(
          `input.leftOn ${leftOn} is before they joined (${before.joinedOn}).`,
          'input.leftOn',
        );
      const later = await tx.db
        .getRepository(BoardAttendance)
        .createQueryBuilder('ba')
        .innerJoin(BoardMeeting, 'm', 'm.id = ba."meetingId"')
        .where('ba."memberId" = :id AND m."heldOn" > :leftOn', { id: before.id, leftOn })
        .getCount();
      if (later)
        throw new BadUserInputError(
          `input.leftOn ${leftOn} is before ${later} meeting(s) they are recorded at.`,
          'input.leftOn',
        );
      changes.leftOn = leftOn;
    }
    const boardMember = await updateVersioned(tx, BoardMember, before, input.expectedVersion, changes);
    await AuditService.changed(tx, 'updateBoardMember', 'BoardMember', boardMember.id, before, boardMember);
    return { boardMember };
  }

  /** Records a meeting: members named present, every other member serving that day absent. */
  static async recordMeeting(tx: HubContext, input: RecordBoardMeetingInput): Promise<{ boardMeeting: BoardMeeting }> {
    const board = await findById(tx, Board, input.boardId, 'input.boardId');
    requireYotWriter(tx, board.yotId);
    const heldOn = toIsoDate(input.heldOn, 'input.heldOn');
    if (heldOn > todayIso())
      throw new BadUserInputError(
        `input.heldOn ${heldOn} is in the future; record a meeting once it has met.`,
        'input.heldOn',
      );
    const present = await findAllById(tx, BoardMember, [...new Set(input.presentMemberIds)], 'input.presentMemberIds');
    const stranger = present.find((m) => m.boardId !== board.id || !serves(m, heldOn));
    if (stranger)
      throw new BadUserInputError(
        `input.presentMemberIds names ${stranger.role}, who was not a member of this board on ${heldOn}.`,
        'input.presentMemberIds',
      );
    const meetings = tx.db.getRepository(BoardMeeting);
    if (await meetings.existsBy({ boardId: board.id, heldOn }))
      throw new ConflictError(`The board already has a meeting on ${heldOn}.`, { field: 'input.heldOn' });
    const boardMeeting = await meetings.save(
      meetings.create({ boardId: board.id, yotId: board.yotId, heldOn, sourceDocumentId: null }),
    );
    const serving = (await tx.db.getRepository(BoardMember).findBy({ boardId: board.id })).filter((m) =>
      serves(m, heldOn),
    );
    const attendance = serving.map((m) => ({
      meetingId: boardMeeting.id,
      memberId: m.id,
      present: present.some((p) => p.id === m.id),
    }));
    await tx.db.getRepository(BoardAttendance).save(attendance);
    await AuditService.changed(tx, 'recordBoardMeeting', 'BoardMeeting', boardMeeting.id, null, {
      ...boardMeeting,
      attendance,
    });
    return { boardMeeting };
  }
}
