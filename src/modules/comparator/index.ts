import { HubModule } from '../hub-module';
import { ComparatorGroup, ComparatorGroupMember } from './comparator-group.entity';
import { YotPopulation } from './yot-population.entity';

/** The comparator module: what it adds to the schema and the database. */
export const comparatorModule: HubModule = {
  resolvers: [],
  entities: [
    YotPopulation,
    ComparatorGroup,
    ComparatorGroupMember,
  ],
};
