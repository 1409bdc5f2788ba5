import { HubModule } from '../hub-module';
import { ApiToken } from './api-token.entity';

/** The auth module: what it adds to the schema and the database. */
export const authModule: HubModule = {
  resolvers: [],
  entities: [
    ApiToken,
  ],
};
