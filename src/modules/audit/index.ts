import { HubModule } from '../hub-module';
import { auditEntities } from './entities';
import { AuditResolver, EvidenceHistoryResolver } from './audit.resolver';

/** The audit module: what it adds to the schema and the database. */
export const auditModule: HubModule = {
  resolvers: [AuditResolver, EvidenceHistoryResolver],
  entities: auditEntities,
};
