import { HubModule } from '../hub-module';
import { FeedResolver, FeedSubscriptionResolver } from './feed.resolver';

/** The feed module: what it adds to the schema and the database. */
export const feedModule: HubModule = {
  resolvers: [FeedResolver, FeedSubscriptionResolver],
  entities: [],
};
