import { Field, Int, ObjectType } from 'type-graphql';
import { Child } from './child.entity';

@ObjectType({ description: 'Result of `registerChild`.' })
export class RegisterChildPayload {
  @Field(() => Child, { description: 'The registered child.' })
  child!: Child;
}

@ObjectType({ description: 'Result of `recordOutcomes`.' })
export class RecordOutcomesPayload {
  @Field(() => Int, { description: 'Number of outcomes recorded (the whole batch).' })
  count!: number;
}
