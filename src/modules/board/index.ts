import { HubModule } from '../hub-module';
import { Board, BoardAttendance, BoardMeeting, BoardMember } from './board.entity';
import { BoardAttendanceResolver, BoardAttendanceRowResolver, BoardMeetingResolver, BoardMemberResolver, BoardResolver, YotBoardResolver } from './board.resolver';

/** The board module: what it adds to the schema and the database. */
export const boardModule: HubModule = {
  resolvers: [
    BoardResolver,
    BoardMemberResolver,
    BoardMeetingResolver,
    BoardAttendanceResolver,
    BoardAttendanceRowResolver,
    YotBoardResolver,
  ],
  entities: [
    Board,
    BoardMember,
    BoardMeeting,
    BoardAttendance,
  ],
  sourced: [
    Board,
    BoardMeeting,
  ],
};
