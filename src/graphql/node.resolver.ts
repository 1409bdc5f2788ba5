import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { entities } from '../db/entities';
import { HubContext } from './context';
import { BadUserInputError, NotFoundError } from './errors';
import { decodeGlobalId, Node } from './relay';
import { nodeVisible } from '../modules/auth/node-access';

/** Entity classes by GraphQL type name, for every entity that is a Relay node. */
const NODE_TYPES = new Map(
  entities.filter((e) => e.prototype instanceof Node).map((e) => [e.name, e as unknown as new () => Node]),
);

/** Relay's refetch entry points: `node(id:)` and `nodes(ids:)`. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Fetches any object by its global id; null with a NOT_FOUND error when it does not exist or the caller may not read it (the two are answered alike).',
  })
  async node(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID, { description: "A global id from any object's `id` field." }) id: string,
  ) {
    const [found] = await Promise.all(loadNodes(ctx, [id], 'id'));
    if (!found) throw new NotFoundError('object', id);
    return found;
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      'Fetches objects by global id, in the order given; null for ids that name nothing or nothing the caller may read (at most 100 ids).',
  })
  nodes(@Ctx() ctx: HubContext, @Arg('ids', () => [ID], { description: 'Global ids, at most 100.' }) ids: string[]) {
    if (ids.length > 100) throw new BadUserInputError('Pass at most 100 ids to `nodes`.', 'ids');
    return loadNodes(ctx, ids, 'ids');
  }
}

/** Loads one node by type name and database key (null when it does not exist). */
export function loadNode(ctx: HubContext, typeName: string, key: number): Promise<Node | null> {
  const entity = NODE_TYPES.get(typeName);
  if (!entity) throw new Error(`${typeName} is not a node type`);
  return ctx.loaders.byId(entity).load(key);
}

/** One promise per id, so one malformed id fails alone (null, with its error at its index). */
function loadNodes(ctx: HubContext, ids: string[], field: string): Promise<Node | null>[] {
  return ids.map((id) => {
    const { typeName, key } = decodeGlobalId(id, undefined, field);
    const entity = NODE_TYPES.get(typeName);
    if (!entity) throw new BadUserInputError(`"${id}" is not an id of this API.`, field);
    // One answer for "not there" and "not yours": null, so `node` says NOT_FOUND and `nodes` null for both.
    return (ctx.loaders.byId(entity as never).load(key) as Promise<Node | null>).then(async (node) =>
      node && (await nodeVisible(ctx, node)) ? node : null,
    );
  });
}
