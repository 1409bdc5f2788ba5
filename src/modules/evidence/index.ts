import { HubModule } from '../hub-module';
import { evidenceEntities } from './entities';
import { EvidenceLink } from './evidence-link.entity';
import { EvidenceTrailResolver } from './evidence-trail.resolver';
import { EvidenceWriteResolver } from './evidence-write.resolver';
import { Evidence } from './evidence.entity';
import {
  AgencyEvidenceResolver,
  CriterionEvidenceResolver,
  EvidenceLinkResolver,
  EvidenceResolver,
  YotEvidenceResolver,
} from './evidence.resolver';

/** The evidence module: what it adds to the schema and the database. */
export const evidenceModule: HubModule = {
  resolvers: [
    EvidenceResolver,
    EvidenceLinkResolver,
    YotEvidenceResolver,
    AgencyEvidenceResolver,
    CriterionEvidenceResolver,
    EvidenceWriteResolver,
    EvidenceTrailResolver,
  ],
  entities: evidenceEntities,
  sourced: [EvidenceLink, Evidence],
};
