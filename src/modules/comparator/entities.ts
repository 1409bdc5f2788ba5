import { ComparatorGroup, ComparatorGroupMember } from './comparator-group.entity';
import { YotPopulation } from './yot-population.entity';

/** The comparator module's TypeORM entities (each needs a migration for both databases); kept apart from its resolvers so tools that only open the database do not load the API. */
export const comparatorEntities = [YotPopulation, ComparatorGroup, ComparatorGroupMember];
