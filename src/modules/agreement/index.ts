import { HubModule } from '../hub-module';
import { agreementEntities } from './entities';
import { InformationSharingAgreement } from './agreement.entity';
import { AgreementListResolver } from './agreement-list.resolver';
import { AgreementResolver } from './agreement.resolver';

/** The agreement module: what it adds to the schema and the database. */
export const agreementModule: HubModule = {
  resolvers: [AgreementResolver, AgreementListResolver],
  entities: agreementEntities,
  sourced: [InformationSharingAgreement],
};
