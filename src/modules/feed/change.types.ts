import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connections';
import { DateTimeScalar } from '../../graphql/scalars';
import { ChangeKind } from './change-kind';

/** One entry of the change feed: what changed, in which YOT, when; the change's details are read from `subjectId`. */
@ObjectType({
  description:
    'One committed change that concerns a YOT: a dashboard refetches what it shows of `yot` or of `subjectId` (via `node(id:)`). Entries come in commit order and never change.',
})
export class Change {
  /** The audit event's key: the feed's position. */
  eventKey!: number;

  @Field(() => ID, { description: 'Stable id of this entry (the same in the `changes` query and the subscription).' })
  id!: string;

  @Field(() => String, {
    description:
      'Opaque position of this entry: pass it as `after` to `changes` (query or subscription) to resume after it.',
  })
  cursor!: string;

  @Field(() => ChangeKind, { description: 'What sort of change this is.' })
  kind!: ChangeKind;

  @Field(() => String, { description: 'The mutation that made the change, e.g. `recordEvidence`.' })
  action!: string;

  @Field(() => DateTimeScalar, { description: 'When the change was committed (UTC).' })
  at!: Date;

  /** Key of the YOT the change concerns. */
  yotKey!: number;

  @Field(() => String, { description: 'ONS code of the YOT the change concerns.' })
  yotCode!: string;

  @Field(() => String, {
    description: 'GraphQL type of the changed object, e.g. `Evidence`, `CriterionRating`, `Partnership`.',
  })
  subjectType!: string;

  @Field(() => ID, { description: 'Global id of the changed object; read its current state with `node(id:)`.' })
  subjectId!: string;

  @Field(() => Boolean, {
    description:
      "True when the change can alter the YOT's coverage view (`coverage`, `gaps`, criterion coverage): evidence, agreements, partnerships, placements, absences and the YOT itself.",
  })
  affectsCoverage!: boolean;
}

@ObjectType({ description: 'A page of the change feed, oldest first.' })
export class ChangeConnection extends Connection(Change, 'Change') {}

@InputType({ description: 'Narrows the change feed; all given conditions must hold.' })
export class ChangeFilter {
  @Field(() => [ChangeKind], { nullable: true, description: 'Only changes of these kinds.' })
  kinds?: ChangeKind[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Only changes concerning these YOTs (ONS codes). An unknown code is NOT_FOUND; a YOT the caller may not see is FORBIDDEN.',
  })
  yotCodes?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True: only changes that can alter a YOT's coverage view; false: only those that cannot.",
  })
  affectsCoverage?: boolean | null;
}
