import { HubModule } from '../hub-module';
import { comparatorEntities } from './entities';

/** The comparator module: what it adds to the schema and the database. */
export const comparatorModule: HubModule = {
  resolvers: [],
  entities: comparatorEntities,
};
