import { HubModule } from '../hub-module';
import { partnershipEntities } from './entities';
import { PartnerAbsence } from './partner-absence.entity';
import { PartnerAbsenceResolver } from './partner-absence.resolver';
import { PartnershipListResolver } from './partnership-list.resolver';
import { PlacementListResolver } from './placement-list.resolver';
import { PartnershipStandingResolver } from './partnership-standing.resolver';
import { Partnership } from './partnership.entity';
import { PartnershipResolver, StaffPlacementResolver } from './partnership.resolver';
import { StaffPlacement } from './staff-placement.entity';

/** The partnership module: what it adds to the schema and the database. */
export const partnershipModule: HubModule = {
  resolvers: [
    PartnershipResolver,
    StaffPlacementResolver,
    PartnershipListResolver,
    PlacementListResolver,
    PartnerAbsenceResolver,
    PartnershipStandingResolver,
  ],
  entities: partnershipEntities,
  sourced: [Partnership, StaffPlacement, PartnerAbsence],
};
