import { PartnerAbsence } from './partner-absence.entity';
import { Partnership } from './partnership.entity';
import { StaffPlacement } from './staff-placement.entity';

/** The partnership module's TypeORM entities (each needs a migration for both databases); kept apart from its resolvers so tools that only open the database do not load the API. */
export const partnershipEntities = [PartnerAbsence, Partnership, StaffPlacement];
