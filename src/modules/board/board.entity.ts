import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../db/record';
import { Node } from '../../graphql/relay';
import { DateScalar } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { SourcedRecord } from '../source/sourced-record';
import { Yot } from '../yot/yot.entity';
import { Seniority } from './board.enums';

/** A YOT's management board (one per YOT). */
@ObjectType({
  implements: Node,
  description: "A YOT's management board: its members by agency, role and seniority, and its meetings.",
})
@Entity('board')
export class Board extends SourcedRecord {
  @Index({ unique: true })
  @Column({ type: 'integer' })
  yotId!: number;

  @ManyToOne(() => Yot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'yotId' })
  yot?: Yot;

  @Field(() => String, { description: 'The board\'s name, e.g. "Knowsley Youth Justice Management Board".' })
  @Column({ type: 'varchar', length: 300 })
  name!: string;
}

/** A seat on a board, held for an agency. */
@ObjectType({
  implements: Node,
  description:
    'A member of a management board: the agency they represent, their role and seniority, and when they served.',
})
@Entity('board_member')
@Index(['boardId', 'agencyId'])
export class BoardMember extends VersionedRecord {
  @Column({ type: 'integer' })
  boardId!: number;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'boardId' })
  board?: Board;

  @Column({ type: 'integer' })
  yotId!: number;

  @Column({ type: 'integer' })
  agencyId!: number;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agencyId' })
  agency?: Agency;

  @Field(() => String, { description: 'Their post, e.g. "Director of Children\'s Services".' })
  @Column({ type: 'varchar', length: 200 })
  role!: string;

  @Field(() => Seniority, { description: 'How senior they are in their agency.' })
  @Column({ type: 'varchar', length: 20 })
  seniority!: Seniority;

  @Field(() => Boolean, { description: "True for the board's chair." })
  @Column({ type: 'boolean', default: false })
  chair!: boolean;

  @Field(() => DateScalar, { description: 'First day on the board.' })
  @Column({ type: 'date' })
  joinedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day on the board; null while serving.' })
  @Column({ type: 'date', nullable: true })
  leftOn!: string | null;
}

/** One meeting of a board. */
@ObjectType({ implements: Node, description: 'A meeting of a management board, with who was present.' })
@Entity('board_meeting')
@Index(['boardId', 'heldOn'], { unique: true })
export class BoardMeeting extends SourcedRecord {
  @Column({ type: 'integer' })
  boardId!: number;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'boardId' })
  board?: Board;

  @Column({ type: 'integer' })
  yotId!: number;

  @Field(() => DateScalar, { description: 'The day it met.' })
  @Column({ type: 'date' })
  heldOn!: string;
}

/** Whether one member was present at one meeting (recorded for every member serving that day). */
@ObjectType({ description: "One member's attendance at one meeting." })
@Entity('board_attendance')
@Index(['meetingId', 'memberId'], { unique: true })
export class BoardAttendance {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  meetingId!: number;

  @ManyToOne(() => BoardMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: BoardMeeting;

  @Index()
  @Column({ type: 'integer' })
  memberId!: number;

  @ManyToOne(() => BoardMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'memberId' })
  member?: BoardMember;

  @Field(() => Boolean, { description: 'True when present; false when absent (apologies or no show).' })
  @Column({ type: 'boolean' })
  present!: boolean;
}
