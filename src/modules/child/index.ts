import { HubModule } from '../hub-module';
import { ChildOutcome } from './child-outcome.entity';
import { ChildWriteResolver } from './child-write.resolver';
import { Child } from './child.entity';
import { ChildOutcomeResolver, ChildResolver, YotChildrenResolver } from './child.resolver';

/** The child module: what it adds to the schema and the database. */
export const childModule: HubModule = {
  resolvers: [
    ChildResolver,
    ChildOutcomeResolver,
    YotChildrenResolver,
    ChildWriteResolver,
  ],
  entities: [
    Child,
    ChildOutcome,
  ],
};
