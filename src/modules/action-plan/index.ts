import { HubModule } from '../hub-module';
import { actionPlanEntities } from './entities';
import { ActionPlanResolver, AnsweredGapResolver, YotActionPlanResolver } from './action-plan.resolver';

/** The action plan module: what it adds to the schema and the database. */
export const actionPlanModule: HubModule = {
  resolvers: [ActionPlanResolver, AnsweredGapResolver, YotActionPlanResolver],
  entities: actionPlanEntities,
};
