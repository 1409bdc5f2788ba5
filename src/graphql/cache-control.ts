import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { DirectiveLocation, GraphQLBoolean, GraphQLDirective, GraphQLEnumType, GraphQLInt } from 'graphql';

/** Seconds reference data may be cached for (the framework and its criteria change with a new framework version). */
export const REFERENCE_DATA_MAX_AGE = 3600;

/** Apollo's `@cacheControl` directive, declared in the schema so types can carry cache hints. */
export const cacheControlDirective = new GraphQLDirective({
  name: 'cacheControl',
  description: 'How long a response holding this type or field may be cached, and by whom (Apollo cache hints).',
  locations: [
    DirectiveLocation.FIELD_DEFINITION,
    DirectiveLocation.OBJECT,
    DirectiveLocation.INTERFACE,
    DirectiveLocation.UNION,
  ],
  args: {
    maxAge: { type: GraphQLInt, description: 'Seconds the response may be cached.' },
    scope: {
      type: new GraphQLEnumType({
        name: 'CacheControlScope',
        description: "Who may cache a response: any cache (`PUBLIC`) or only the caller's own (`PRIVATE`).",
        values: {
          PUBLIC: { description: 'Shared caches may keep it.' },
          PRIVATE: { description: "Only the caller's own cache may keep it." },
        },
      }),
      description: 'Who may cache the response.',
    },
    inheritMaxAge: { type: GraphQLBoolean, description: "Take the parent field's maxAge." },
  },
});

/**
 * HTTP caching of GraphQL responses. A response made only of reference data (types hinted with
 * `@cacheControl`) is `max-age=3600, public`; anything else depends on who asks, so it is `private, no-store`:
 * no cache may keep it.
 */
export function cacheControlPlugins(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: 0 }),
    {
      requestDidStart: async () => ({
        willSendResponse: async ({ response }) => {
          if (response.http.headers.get('cache-control') === 'no-store')
            response.http.headers.set('cache-control', 'private, no-store');
        },
      }),
    },
  ];
}
