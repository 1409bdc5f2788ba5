import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/connections';

export enum PlacementOrderField {
  STARTED_ON = 'STARTED_ON',
  ENDED_ON = 'ENDED_ON',
  FTE = 'FTE',
}

registerEnumType(PlacementOrderField, {
  name: 'PlacementOrderField',
  description: 'Fields `placements` can be ordered by (placements without the value come last).',
  valuesConfig: {
    STARTED_ON: { description: 'When the placement began.' },
    ENDED_ON: { description: 'When the placement ended.' },
    FTE: { description: 'Full-time equivalents placed.' },
  },
});

@InputType({ description: 'One ordering term for `placements`; later terms break ties of earlier ones.' })
export class PlacementOrder {
  @Field(() => PlacementOrderField, { description: 'Field to order by.' })
  field!: PlacementOrderField;

  @Field(() => SortDirection, {
    nullable: true,
    defaultValue: SortDirection.ASC,
    description: 'Direction (default ASC).',
  })
  direction?: SortDirection;
}
