import { HubModule } from '../hub-module';
import { RegionResolver } from './region.resolver';
import { YotHostAuthority } from './yot-host-authority.entity';
import { YotTruthResolver } from './yot-truth.resolver';
import { Yot } from './yot.entity';
import { YotResolver } from './yot.resolver';

/** The yot module: what it adds to the schema and the database. */
export const yotModule: HubModule = {
  resolvers: [
    YotResolver,
    RegionResolver,
    YotTruthResolver,
  ],
  entities: [
    Yot,
    YotHostAuthority,
  ],
  sourced: [
    Yot,
  ],
};
