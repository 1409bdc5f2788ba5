import { HubModule } from '../hub-module';
import { authEntities } from './entities';

/** The auth module: what it adds to the schema and the database. */
export const authModule: HubModule = {
  resolvers: [],
  entities: authEntities,
};
