import { ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connections';
import { KpiObservation } from './kpi-observation.entity';

/** Which side of a KPI figure's fraction a list of observations makes. */
export enum KpiFigurePart {
  NUMERATOR = 'NUMERATOR',
  DENOMINATOR = 'DENOMINATOR',
}

registerEnumType(KpiFigurePart, {
  name: 'KpiFigurePart',
  description: "A side of a KPI figure's fraction.",
  valuesConfig: {
    NUMERATOR: { description: 'The observations counted in the numerator.' },
    DENOMINATOR: { description: 'The observations counted in the denominator.' },
  },
});

@ObjectType({ description: 'A page of KPI observations.' })
export class KpiObservationConnection extends Connection(KpiObservation, 'KpiObservation') {}
