import { ArrayMaxSize, IsOptional, Length, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { Board, BoardMeeting, BoardMember } from './board.entity';
import { Seniority } from './board.enums';

@InputType({ description: "A YOT's management board." })
export class CreateBoardInput {
  @Field(() => ID, { description: 'The YOT (one board each).' })
  yotId!: string;

  @Field(() => String, { description: 'Its name (3 to 300 characters).' })
  @Length(3, 300)
  name!: string;
}

@InputType({ description: 'A new member of a board.' })
export class AddBoardMemberInput {
  @Field(() => ID, { description: 'The board.' })
  boardId!: string;

  @Field(() => ID, { description: 'The agency they represent.' })
  agencyId!: string;

  @Field(() => String, { description: 'Their post (2 to 200 characters).' })
  @Length(2, 200)
  role!: string;

  @Field(() => Seniority, { description: 'How senior they are in their agency.' })
  seniority!: Seniority;

  @Field(() => Boolean, { nullable: true, description: 'True for the chair (default false).' })
  chair?: boolean | null;

  @Field(() => DateScalar, { description: 'First day on the board.' })
  joinedOn!: Date;
}

@InputType({ description: 'Changes to a board member; omitted fields stay as they are.' })
export class UpdateBoardMemberInput {
  @Field(() => ID, { description: 'The member.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you last read.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Their post.' })
  @IsOptional()
  @Length(2, 200)
  role?: string | null;

  @Field(() => Seniority, { nullable: true, description: 'Their seniority.' })
  seniority?: Seniority | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether they chair.' })
  chair?: boolean | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day on the board; not before they joined nor before a meeting they are recorded at.',
  })
  leftOn?: Date | null;
}

@InputType({
  description: 'A board meeting and who was present; every other member serving that day is recorded absent.',
})
export class RecordBoardMeetingInput {
  @Field(() => ID, { description: 'The board.' })
  boardId!: string;

  @Field(() => DateScalar, { description: 'The day it met; not in the future, one meeting a day.' })
  heldOn!: Date;

  @Field(() => [ID], { description: 'Members present (each serving on that day; at most 100).' })
  @ArrayMaxSize(100)
  presentMemberIds!: string[];
}

@ObjectType({ description: 'Result of `createBoard`.' })
export class CreateBoardPayload {
  @Field(() => Board, { description: 'The new board.' })
  board!: Board;
}

@ObjectType({ description: 'Result of `addBoardMember`.' })
export class AddBoardMemberPayload {
  @Field(() => BoardMember, { description: 'The new member.' })
  boardMember!: BoardMember;
}

@ObjectType({ description: 'Result of `updateBoardMember`.' })
export class UpdateBoardMemberPayload {
  @Field(() => BoardMember, { description: 'The member as changed.' })
  boardMember!: BoardMember;
}

@ObjectType({ description: 'Result of `recordBoardMeeting`.' })
export class RecordBoardMeetingPayload {
  @Field(() => BoardMeeting, { description: 'The meeting with its attendance.' })
  boardMeeting!: BoardMeeting;
}
