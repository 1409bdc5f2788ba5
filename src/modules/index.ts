import { actionPlanModule } from './action-plan';
import { agencyModule } from './agency';
import { aggregateModule } from './aggregate';
import { agreementModule } from './agreement';
import { assessmentModule } from './assessment';
import { auditModule } from './audit';
import { authModule } from './auth';
import { boardModule } from './board';
import { childModule } from './child';
import { comparatorModule } from './comparator';
import { coverageModule } from './coverage';
import { evidenceModule } from './evidence';
import { feedModule } from './feed';
import { frameworkModule } from './framework';
import { HubModule } from './hub-module';
import { kpiModule } from './kpi';
import { partnershipModule } from './partnership';
import { selfAssessmentModule } from './self-assessment';
import { sourceModule } from './source';
import { yotModule } from './yot';

export { HubModule };

/** Every module of the hub; the schema (graphql/schema.ts) and the database (db/entities.ts) are built from these. */
export const hubModules: readonly HubModule[] = [
  yotModule,
  agencyModule,
  partnershipModule,
  agreementModule,
  frameworkModule,
  evidenceModule,
  assessmentModule,
  childModule,
  auditModule,
  coverageModule,
  aggregateModule,
  selfAssessmentModule,
  actionPlanModule,
  boardModule,
  kpiModule,
  comparatorModule,
  feedModule,
  authModule,
  sourceModule,
];
