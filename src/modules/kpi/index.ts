import { HubModule } from '../hub-module';
import { kpiEntities } from './entities';
import { KpiBoardSeatResolver, KpiObservationResolver, YotKpiRecordsResolver } from './kpi-records.resolver';
import { ChildKpiResolver, ComparatorGroupResolver, KpiResolver, YotKpiResolver } from './kpi.resolver';

/** The kpi module: what it adds to the schema and the database. */
export const kpiModule: HubModule = {
  resolvers: [
    KpiResolver,
    YotKpiResolver,
    ComparatorGroupResolver,
    ChildKpiResolver,
    YotKpiRecordsResolver,
    KpiObservationResolver,
    KpiBoardSeatResolver,
  ],
  entities: kpiEntities,
};
