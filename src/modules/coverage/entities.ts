import { CoverageRollup, CriterionRollup, YotGeneration } from './coverage-rollup.entity';
import { OutcomeRollup } from './outcome-rollup.entity';

/** The coverage module's TypeORM entities: the rollups its national views read (kept exact by database triggers); kept apart from its resolvers so tools that only open the database do not load the API. */
export const coverageEntities = [OutcomeRollup, CoverageRollup, CriterionRollup, YotGeneration];
