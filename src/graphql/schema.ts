import 'reflect-metadata';
import { join } from 'node:path';
import { GraphQLSchema, specifiedDirectives, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, getMetadataStorage, NonEmptyArray } from 'type-graphql';
import { cacheControlDirective } from './cache-control';
import { hubModules } from '../modules';
import type { ClassOf } from '../modules/hub-module';
import { feedPubSub } from '../modules/feed/feed-pubsub';
import { sourceDocumentResolver } from '../modules/source/source.resolver';
import { projectRoot } from '../paths';
import { NodeResolver } from './node.resolver';
import { DateTimeScalar } from './scalars';
import { validateArguments } from './argument-validation';
import { guardFields } from './field-guards';
import { servePlannedFields } from './planned-reads';
import { authChecker } from '../modules/auth/auth-checker';

/** Every resolver class of the API: Relay's `node`, each module's own, and `sourceDocument` on each sourced type. */
export const resolvers: NonEmptyArray<ClassOf> = [
  NodeResolver,
  ...hubModules.flatMap((module) => module.resolvers),
  ...hubModules.flatMap((module) => module.sourced ?? []).map((type) => sourceDocumentResolver(type as never)),
];

/**
 * Plain property fields (names, counts, dates) are resolved by graphql-js's default resolver. Otherwise
 * type-graphql wraps every one of them in its resolver (then in the global middlewares, since moved to
 * field-guards.ts): that wrapping was most of the time of a national dashboard answered from the view cache
 * (1,300 partner rows × 11 fields; npm run bench). Fields whose GraphQL name differs from their property
 * (`Node.id`) say `simple: false` and keep their resolver.
 */
function useDefaultResolversForPlainFields(): void {
  for (const objectType of getMetadataStorage().objectTypes) objectType.simpleResolvers ??= true;
}

/** Where the committed SDL lives. */
export const SCHEMA_FILE = join(projectRoot(), 'schema', 'schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/**
 * Builds the executable schema once per process. Input validation (class-validator) is on: type-graphql 2
 * validates arguments only when `validate` or `validateFn` is passed (argument-validation.ts).
 */
export function hubSchema(): Promise<GraphQLSchema> {
  useDefaultResolversForPlainFields();
  return (built ??= buildSchema({
    resolvers,
    validateFn: validateArguments,
    directives: [...specifiedDirectives, cacheControlDirective],
    authChecker,
    pubSub: feedPubSub,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  }).then((schema) => {
    // The role and argument checks, on the fields that need them (not as global middlewares: see field-guards.ts).
    guardFields(schema);
    // Fields of objects a planned statement built read their answer off the object (planned-reads.ts).
    servePlannedFields(schema);
    // type-graphql has no option for the root type's description; analysts read it first in GraphiQL.
    schema.getQueryType()!.description =
      'Read the partnership hub: YOTs and their partners, agreements, evidence per criterion, assessments and (for permitted callers) pseudonymised child outcomes. Lists are Relay cursor connections.';
    schema.getMutationType()!.description =
      'Change the hub. Each mutation takes one `input`, runs in one transaction (all or nothing), writes an audit event, and returns a payload with the changed object.';
    schema.getSubscriptionType()!.description =
      'Live updates over graphql-ws at `/graphql` (authenticate with `connectionParams: { authorization: "Bearer <token>" }`): the change feed, scoped like queries.';
    return schema;
  }));
}

/** The SDL committed as `schema/schema.graphql`: sorted, so the file's diff is the API review. */
export function printHubSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
