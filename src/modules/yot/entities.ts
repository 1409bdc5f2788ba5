import { YotHostAuthority } from './yot-host-authority.entity';
import { Yot } from './yot.entity';

/** The yot module's TypeORM entities (each needs a migration for both databases); kept apart from its resolvers so tools that only open the database do not load the API. */
export const yotEntities = [Yot, YotHostAuthority];
