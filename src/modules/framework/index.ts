import { HubModule } from '../hub-module';
import { frameworkEntities } from './entities';
import { Criterion } from './criterion.entity';
import { ExpectedPartner } from './expected-partner.entity';
import { Framework } from './framework.entity';
import { CriterionResolver, FrameworkResolver } from './framework.resolver';

/** The framework module: what it adds to the schema and the database. */
export const frameworkModule: HubModule = {
  resolvers: [FrameworkResolver, CriterionResolver],
  entities: frameworkEntities,
  sourced: [ExpectedPartner, Framework, Criterion],
};
