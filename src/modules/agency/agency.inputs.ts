import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/connections';
import { AgencyType } from './agency.enums';

@InputType({ description: 'Narrows the `agencies` connection; all given conditions must hold.' })
export class AgencyFilter {
  @Field(() => [AgencyType], { nullable: true, description: 'Only agencies of one of these types.' })
  types?: AgencyType[] | null;

  @Field(() => String, { nullable: true, description: 'Only agencies whose name contains this text (case-insensitive).' })
  nameContains?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only agencies with a partnership (active or ended) with one of these YOTs, by ONS code.' })
  partnerOfYotCodes?: string[] | null;
}

export enum AgencyOrderField {
  NAME = 'NAME',
  TYPE = 'TYPE',
}

registerEnumType(AgencyOrderField, {
  name: 'AgencyOrderField',
  description: 'Fields `agencies` can be ordered by.',
  valuesConfig: { NAME: { description: 'Agency name.' }, TYPE: { description: 'Agency type (enum name, alphabetical).' } },
});

@InputType({ description: 'One ordering term for `agencies`; later terms break ties of earlier ones.' })
export class AgencyOrder {
  @Field(() => AgencyOrderField, { description: 'Field to order by.' })
  field!: AgencyOrderField;

  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.ASC, description: 'Direction (default ASC).' })
  direction?: SortDirection;
}
