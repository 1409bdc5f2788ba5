import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/connections';
import { AgencyType } from '../agency/agency.enums';
import { Nation } from './yot.enums';

@InputType({ description: 'Narrows the `yots` connection; all given conditions must hold.' })
export class YotFilter {
  @Field(() => [String], { nullable: true, description: 'Only YOTs with one of these ONS codes.' })
  codes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only YOTs in one of these regions (exact names, e.g. "London").' })
  regions?: string[] | null;

  @Field(() => Nation, { nullable: true, description: 'Only YOTs in this nation.' })
  nation?: Nation | null;

  @Field(() => String, { nullable: true, description: 'Only YOTs whose name contains this text (case-insensitive).' })
  nameContains?: string | null;

  @Field(() => AgencyType, { nullable: true, description: 'Only YOTs with an active partnership with an agency of this type.' })
  hasActivePartnershipWith?: AgencyType | null;

  @Field(() => AgencyType, { nullable: true, description: 'Only YOTs with no active partnership with an agency of this type (a gap).' })
  lacksActivePartnershipWith?: AgencyType | null;
}

export enum YotOrderField {
  NAME = 'NAME',
  CODE = 'CODE',
  REGION = 'REGION',
}

registerEnumType(YotOrderField, {
  name: 'YotOrderField',
  description: 'Fields `yots` can be ordered by.',
  valuesConfig: { NAME: { description: 'Service name.' }, CODE: { description: 'ONS code.' }, REGION: { description: 'Region name.' } },
});

@InputType({ description: 'One ordering term for `yots`; later terms break ties of earlier ones.' })
export class YotOrder {
  @Field(() => YotOrderField, { description: 'Field to order by.' })
  field!: YotOrderField;

  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.ASC, description: 'Direction (default ASC).' })
  direction?: SortDirection;
}
