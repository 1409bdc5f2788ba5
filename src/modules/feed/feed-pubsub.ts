import { createPubSub } from '@graphql-yoga/subscription';

/**
 * type-graphql builds no Subscription type without a PubSub, even when each subscription brings its own
 * `subscribe` (as `changes` does: it reads the audit trail, which every hub process shares, not an in-memory
 * topic). This in-process PubSub satisfies it; nothing publishes to it.
 */
export const feedPubSub = createPubSub();
