import { ImportBatch } from '../import/import-batch.entity';
import { hubModules } from '../modules';
import { HubRevision } from './hub-revision.entity';

/**
 * Every TypeORM entity of the hub: the data revision, the import ledger and each module's own. The DataSource and
 * the migration generator both use this list.
 */
export const entities: Function[] = [HubRevision, ImportBatch, ...hubModules.flatMap((module) => module.entities)];
