import { Field, Int, ObjectType } from 'type-graphql';
import { ComparatorGroup } from '../comparator/comparator-group.entity';
import { YotPopulation } from '../comparator/yot-population.entity';

@ObjectType({ description: 'Result of `recordKpiObservations`.' })
export class RecordKpiObservationsPayload {
  @Field(() => Int, { description: 'Number of observations recorded (the whole batch).' })
  count!: number;
}

@ObjectType({ description: 'Result of `setYotPopulation`.' })
export class SetYotPopulationPayload {
  @Field(() => YotPopulation, { description: 'The population as stored.' })
  yotPopulation!: YotPopulation;
}

@ObjectType({ description: 'Result of `setComparatorGroup`.' })
export class SetComparatorGroupPayload {
  @Field(() => ComparatorGroup, { description: 'The group as stored.' })
  comparatorGroup!: ComparatorGroup;
}
