import { ApiToken } from './api-token.entity';

/** The auth module's TypeORM entities (each needs a migration for both databases); kept apart from its resolvers so tools that only open the database do not load the API. */
export const authEntities = [ApiToken];
