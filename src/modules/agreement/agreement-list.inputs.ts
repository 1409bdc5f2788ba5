import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/connections';

export enum AgreementOrderField {
  SIGNED_ON = 'SIGNED_ON',
  REVIEW_DUE = 'REVIEW_DUE',
  TITLE = 'TITLE',
}

registerEnumType(AgreementOrderField, {
  name: 'AgreementOrderField',
  description: 'Fields `agreements` can be ordered by (agreements without the date come last).',
  valuesConfig: {
    SIGNED_ON: { description: 'When the last party signed.' },
    REVIEW_DUE: { description: 'When the agreement must next be reviewed.' },
    TITLE: { description: 'Title of the agreement.' },
  },
});

@InputType({ description: 'One ordering term for `agreements`; later terms break ties of earlier ones.' })
export class AgreementOrder {
  @Field(() => AgreementOrderField, { description: 'Field to order by.' })
  field!: AgreementOrderField;

  @Field(() => SortDirection, {
    nullable: true,
    defaultValue: SortDirection.ASC,
    description: 'Direction (default ASC).',
  })
  direction?: SortDirection;
}
