import { GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema, isObjectType } from 'graphql';
import { requireRole } from '../modules/auth/roles';
import type { HubContext } from './context';
import { inputError, refuseControlCharacters } from './validation';

/*
 * The checks type-graphql would run as global middlewares, applied only where they can matter: a root field needs a
 * caller with some role; a field with arguments refuses control characters and reports invalid arguments and
 * unique-constraint violations as BAD_USER_INPUT and CONFLICT. As global middlewares they also wrapped every nested
 * field without arguments (`Partnership.agency`, `EvidenceLink.criterion`) in two async functions: two promises a
 * row, most of the time a nested page spent once its rows were loaded (issue 16's Q2 and Q3). Resolvers that return
 * a value stay synchronous here, so graphql-js completes them without a promise. The checks run before
 * `@Authorized`'s role list (inside the resolver): a caller whose role may not use a field and who sends a control
 * character hears BAD_USER_INPUT rather than FORBIDDEN; either way nothing has run. A subscription's `subscribe`
 * gets the argument checks too, so a bad filter is refused when subscribing rather than on every event.
 */

type Resolver = GraphQLFieldResolver<unknown, HubContext, Record<string, unknown>>;

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function guarded(resolve: Resolver, needsRole: boolean): Resolver {
  return (root, args, context, info) => {
    if (needsRole) requireRole(context.caller);
    refuseControlCharacters(args);
    let result: unknown;
    try {
      result = resolve(root, args, context, info);
    } catch (error) {
      throw inputError(error, args);
    }
    if (!isPromiseLike(result)) return result;
    return Promise.resolve(result).catch((error: unknown) => {
      throw inputError(error, args);
    });
  };
}

/** Wraps, in place, the resolvers of `schema` that need the checks above (call once, on the schema just built). */
export function guardFields(schema: GraphQLSchema): void {
  const roots = new Set<GraphQLObjectType | null | undefined>([schema.getQueryType(), schema.getMutationType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const root = roots.has(type);
    for (const field of Object.values(type.getFields())) {
      if (field.subscribe && field.args.length > 0)
        field.subscribe = guarded(field.subscribe as Resolver, false) as typeof field.subscribe;
      if (!field.resolve || (!root && field.args.length === 0)) continue;
      field.resolve = guarded(field.resolve as Resolver, root) as typeof field.resolve;
    }
  }
}
