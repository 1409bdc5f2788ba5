import { HubModule } from '../hub-module';
import { yotEntities } from './entities';
import { RegionResolver } from './region.resolver';
import { YotTruthResolver } from './yot-truth.resolver';
import { Yot } from './yot.entity';
import { YotResolver } from './yot.resolver';

/** The yot module: what it adds to the schema and the database. */
export const yotModule: HubModule = {
  resolvers: [YotResolver, RegionResolver, YotTruthResolver],
  entities: yotEntities,
  sourced: [Yot],
};
