import { HubModule } from '../hub-module';
import { boardEntities } from './entities';
import { Board, BoardMeeting } from './board.entity';
import {
  BoardAttendanceResolver,
  BoardAttendanceRowResolver,
  BoardMeetingResolver,
  BoardMemberResolver,
  BoardResolver,
  YotBoardResolver,
} from './board.resolver';

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
  entities: boardEntities,
  sourced: [Board, BoardMeeting],
};
