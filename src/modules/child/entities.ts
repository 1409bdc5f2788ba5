import { ChildOutcome } from './child-outcome.entity';
import { Child } from './child.entity';

/** The child module's TypeORM entities (each needs a migration for both databases); kept apart from its resolvers so tools that only open the database do not load the API. */
export const childEntities = [Child, ChildOutcome];
