import { AuditEvent } from './audit-event.entity';

/** The audit module's TypeORM entities (each needs a migration for both databases); kept apart from its resolvers so tools that only open the database do not load the API. */
export const auditEntities = [AuditEvent];
