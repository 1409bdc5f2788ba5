import { Criterion } from './criterion.entity';
import { ExpectedPartner } from './expected-partner.entity';
import { Framework } from './framework.entity';

/** The framework module's TypeORM entities (each needs a migration for both databases); kept apart from its resolvers so tools that only open the database do not load the API. */
export const frameworkEntities = [Framework, Criterion, ExpectedPartner];
