import { EvidenceAgency } from './evidence-agency.entity';
import { EvidenceLink } from './evidence-link.entity';
import { Evidence } from './evidence.entity';

/** The evidence module's TypeORM entities (each needs a migration for both databases); kept apart from its resolvers so tools that only open the database do not load the API. */
export const evidenceEntities = [Evidence, EvidenceLink, EvidenceAgency];
