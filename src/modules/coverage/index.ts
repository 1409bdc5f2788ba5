import { HubModule } from '../hub-module';
import {
  AssessorViewsResolver,
  ContributionCellResolver,
  CriterionCoverageResolver,
  GapResolver,
  OutcomeSummaryResolver,
} from './assessor-views.resolver';
import { coverageEntities } from './entities';
import { AwardStatusResolver, CoverageResolver, YotCoverageResolver } from './coverage.resolver';

/** The coverage module: what it adds to the schema and the database. */
export const coverageModule: HubModule = {
  resolvers: [
    CoverageResolver,
    YotCoverageResolver,
    AwardStatusResolver,
    AssessorViewsResolver,
    CriterionCoverageResolver,
    ContributionCellResolver,
    GapResolver,
    OutcomeSummaryResolver,
  ],
  entities: coverageEntities,
};
