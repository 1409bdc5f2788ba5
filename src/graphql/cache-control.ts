import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import {
  BREAK,
  ConstDirectiveNode,
  DirectiveLocation,
  DocumentNode,
  getNamedType,
  GraphQLBoolean,
  GraphQLDirective,
  GraphQLEnumType,
  GraphQLInt,
  GraphQLObjectType,
  GraphQLSchema,
  isCompositeType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Maybe } from 'graphql/jsutils/Maybe';
import { getOrInsert } from '../collections';

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

/** The `maxAge` of a `@cacheControl` hint on a field or type, if it has one. */
function hintedMaxAge(node: { astNode?: Maybe<{ directives?: readonly ConstDirectiveNode[] }> }): number | undefined {
  const hint = node.astNode?.directives?.find((d) => d.name.value === 'cacheControl');
  const maxAge = hint?.arguments?.find((a) => a.name.value === 'maxAge')?.value;
  return maxAge?.kind === Kind.INT ? Number(maxAge.value) : undefined;
}

/**
 * How long a response to `document` may be cached, decided from the document alone (as Apollo's cache-control
 * plugin decides it with no dynamic hints, which the hub never sets): the least `maxAge` over the root fields and
 * every field returning an object, each taking its own hint or its type's, 0 when it has neither. Null when 0.
 */
function documentMaxAge(schema: GraphQLSchema, document: DocumentNode): number | null {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  const typeInfo = new TypeInfo(schema);
  let least = Infinity;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (!field) return;
        const type = getNamedType(field.type);
        if (!isCompositeType(type) && !roots.has(parent as GraphQLObjectType)) return;
        const maxAge = hintedMaxAge(field) ?? (isCompositeType(type) ? hintedMaxAge(type) : undefined) ?? 0;
        least = Math.min(least, maxAge);
        if (least === 0) return BREAK;
      },
    }),
  );
  return least > 0 && least !== Infinity ? least : null;
}

/**
 * HTTP caching of GraphQL responses. A response made only of reference data (types hinted with
 * `@cacheControl`) is `max-age=3600, public`; anything else depends on who asks, so it is `private, no-store`:
 * no cache may keep it. Decided once per parsed document rather than by Apollo's cache-control plugin, which wraps
 * every field resolver of every request to collect hints (issue 16).
 */
export class CachePolicy {
  private readonly decided = new WeakMap<DocumentNode, number | null>();

  constructor(private readonly schema: GraphQLSchema) {}

  /** The caching headers of a response to `document` (none known: not cacheable), with or without errors. */
  headers(document: DocumentNode | undefined, hasErrors: boolean): [string, string][] {
    const maxAge = document ? getOrInsert(this.decided, document, () => documentMaxAge(this.schema, document)) : null;
    if (maxAge === null || hasErrors) return [['cache-control', 'private, no-store']];
    // A shared cache keeps a copy per credential (outside development the hub answers only callers with a role) and
    // per origin: this header replaces the `Vary: Origin` CORS set beside its echoed Access-Control-Allow-Origin.
    return [
      ['cache-control', `max-age=${maxAge}, public`],
      ['vary', 'Origin, Authorization'],
    ];
  }
}

/** Apollo's own cache-control plugin switched off, and `policy` deciding each response's headers instead. */
export function cacheControlPlugins(policy: CachePolicy): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      requestDidStart: async () => ({
        willSendResponse: async ({ response, document }) => {
          const hasErrors = response.body.kind !== 'single' || Boolean(response.body.singleResult.errors);
          for (const [name, value] of policy.headers(document, hasErrors)) response.http.headers.set(name, value);
        },
      }),
    },
  ];
}
