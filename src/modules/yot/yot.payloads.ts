import { Field, ObjectType } from 'type-graphql';
import { Yot } from './yot.entity';

@ObjectType({ description: 'Result of `createYot`.' })
export class CreateYotPayload {
  @Field(() => Yot, { description: 'The new YOT.' })
  yot!: Yot;
}

@ObjectType({ description: 'Result of `updateYot`.' })
export class UpdateYotPayload {
  @Field(() => Yot, { description: 'The YOT as changed, with its new `version`.' })
  yot!: Yot;
}
