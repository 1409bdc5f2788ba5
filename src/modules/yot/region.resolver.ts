import { Ctx, Query, Resolver } from 'type-graphql';
import { HubContext } from '../../graphql/context';
import { knownRegions, Region } from './regions';

/** Reference data: the regions filters accept. */
@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], {
    description:
      'The regions `regions` filters accept: the nine English ONS regions and Wales, then any other region the hub holds YOTs in. Filters match names in any case.',
  })
  regions(@Ctx() ctx: HubContext) {
    return knownRegions(ctx);
  }
}
