import { HubModule } from '../hub-module';
import { selfAssessmentEntities } from './entities';
import {
  SelfAssessmentResolver,
  SelfAssessmentScoreResolver,
  StatementComparisonResolver,
  YotSelfAssessmentResolver,
} from './self-assessment.resolver';

/** The self assessment module: what it adds to the schema and the database. */
export const selfAssessmentModule: HubModule = {
  resolvers: [
    SelfAssessmentResolver,
    SelfAssessmentScoreResolver,
    StatementComparisonResolver,
    YotSelfAssessmentResolver,
  ],
  entities: selfAssessmentEntities,
};
