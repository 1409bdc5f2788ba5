import { HubModule } from '../hub-module';
import { AggregateKeyResolver, AggregateResolver } from './aggregate.resolver';

/** The aggregate module: what it adds to the schema and the database. */
export const aggregateModule: HubModule = {
  resolvers: [AggregateResolver, AggregateKeyResolver],
  entities: [],
};
