/**
 * What a module under src/modules/ adds to the hub, declared in its own `index.ts`: adding a resolver or an
 * entity is one line there, and removing a module is one line in src/modules/index.ts.
 */
/** A class: type-graphql and TypeORM take resolvers and entities as their constructors. */
export type ClassOf = abstract new (...args: never[]) => object;

export interface HubModule {
  /** type-graphql resolver classes (root fields and field resolvers). */
  resolvers: ClassOf[];
  /** TypeORM entities: the module's `entities.ts` list, which src/db/entities.ts also reads without loading resolvers. */
  entities: ClassOf[];
  /** Entities whose GraphQL type gains `sourceDocument` (src/modules/source/source.resolver.ts). */
  sourced?: ClassOf[];
}
