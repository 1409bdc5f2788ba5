import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/connections';

export enum PartnershipOrderField {
  STARTED_ON = 'STARTED_ON',
  ENDED_ON = 'ENDED_ON',
}

registerEnumType(PartnershipOrderField, {
  name: 'PartnershipOrderField',
  description: 'Fields `partnerships` can be ordered by (undated partnerships come last).',
  valuesConfig: { STARTED_ON: { description: 'First day.' }, ENDED_ON: { description: 'Last day.' } },
});

@InputType({ description: 'One ordering term for `partnerships`; later terms break ties of earlier ones.' })
export class PartnershipOrder {
  @Field(() => PartnershipOrderField, { description: 'Field to order by.' })
  field!: PartnershipOrderField;

  @Field(() => SortDirection, {
    nullable: true,
    defaultValue: SortDirection.ASC,
    description: 'Direction (default ASC).',
  })
  direction?: SortDirection;
}
