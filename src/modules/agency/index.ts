import { HubModule } from '../hub-module';
import { agencyEntities } from './entities';
import { AgencyChangeResolver } from './agency-change.resolver';
import { Agency } from './agency.entity';
import { AgencyResolver } from './agency.resolver';

/** The agency module: what it adds to the schema and the database. */
export const agencyModule: HubModule = {
  resolvers: [AgencyResolver, AgencyChangeResolver],
  entities: agencyEntities,
  sourced: [Agency],
};
