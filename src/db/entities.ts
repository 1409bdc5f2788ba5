import type { ClassOf } from '../modules/hub-module';
import { ImportBatch } from '../import/import-batch.entity';
import { actionPlanEntities } from '../modules/action-plan/entities';
import { agencyEntities } from '../modules/agency/entities';
import { agreementEntities } from '../modules/agreement/entities';
import { assessmentEntities } from '../modules/assessment/entities';
import { auditEntities } from '../modules/audit/entities';
import { authEntities } from '../modules/auth/entities';
import { boardEntities } from '../modules/board/entities';
import { childEntities } from '../modules/child/entities';
import { coverageEntities } from '../modules/coverage/entities';
import { comparatorEntities } from '../modules/comparator/entities';
import { evidenceEntities } from '../modules/evidence/entities';
import { frameworkEntities } from '../modules/framework/entities';
import { kpiEntities } from '../modules/kpi/entities';
import { partnershipEntities } from '../modules/partnership/entities';
import { selfAssessmentEntities } from '../modules/self-assessment/entities';
import { sourceEntities } from '../modules/source/entities';
import { yotEntities } from '../modules/yot/entities';
import { HubRevision } from './hub-revision.entity';

/**
 * Every TypeORM entity of the hub: the data revision, the import ledger and each module's own (its `entities.ts`, which
 * its `index.ts` also registers; this file does not load the resolvers, so CLIs that only open the database start
 * fast). The DataSource and the migration generator both use this list.
 */
export const entities: ClassOf[] = [
  HubRevision,
  ImportBatch,
  ...yotEntities,
  ...agencyEntities,
  ...partnershipEntities,
  ...agreementEntities,
  ...frameworkEntities,
  ...evidenceEntities,
  ...assessmentEntities,
  ...childEntities,
  ...coverageEntities,
  ...auditEntities,
  ...selfAssessmentEntities,
  ...actionPlanEntities,
  ...boardEntities,
  ...kpiEntities,
  ...comparatorEntities,
  ...authEntities,
  ...sourceEntities,
];
