import { HubModule } from '../hub-module';
import { AgreementParty } from './agreement-party.entity';
import { InformationSharingAgreement } from './agreement.entity';
import { AgreementResolver } from './agreement.resolver';

/** The agreement module: what it adds to the schema and the database. */
export const agreementModule: HubModule = {
  resolvers: [
    AgreementResolver,
  ],
  entities: [
    InformationSharingAgreement,
    AgreementParty,
  ],
  sourced: [
    InformationSharingAgreement,
  ],
};
