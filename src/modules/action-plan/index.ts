import { HubModule } from '../hub-module';
import { ActionPlanItem } from './action-plan.entity';
import { ActionPlanResolver, AnsweredGapResolver, YotActionPlanResolver } from './action-plan.resolver';

/** The action plan module: what it adds to the schema and the database. */
export const actionPlanModule: HubModule = {
  resolvers: [
    ActionPlanResolver,
    AnsweredGapResolver,
    YotActionPlanResolver,
  ],
  entities: [
    ActionPlanItem,
  ],
};
