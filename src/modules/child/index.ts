import { HubModule } from '../hub-module';
import { childEntities } from './entities';
import { ChildWriteResolver } from './child-write.resolver';
import { ChildOutcomeResolver, ChildResolver, YotChildrenResolver } from './child.resolver';

/** The child module: what it adds to the schema and the database. */
export const childModule: HubModule = {
  resolvers: [ChildResolver, ChildOutcomeResolver, YotChildrenResolver, ChildWriteResolver],
  entities: childEntities,
};
