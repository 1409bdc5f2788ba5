import { Board, BoardAttendance, BoardMeeting, BoardMember } from './board.entity';

/** The board module's TypeORM entities (each needs a migration for both databases); kept apart from its resolvers so tools that only open the database do not load the API. */
export const boardEntities = [Board, BoardMember, BoardMeeting, BoardAttendance];
