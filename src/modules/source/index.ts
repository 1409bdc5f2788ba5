import { HubModule } from '../hub-module';
import { sourceEntities } from './entities';

/** The source module: what it adds to the schema and the database. */
export const sourceModule: HubModule = {
  resolvers: [],
  entities: sourceEntities,
};
