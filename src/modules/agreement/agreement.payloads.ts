import { Field, ObjectType } from 'type-graphql';
import { Yot } from '../yot/yot.entity';
import { InformationSharingAgreement } from './agreement.entity';

@ObjectType({ description: 'Result of `recordAgreement`.' })
export class RecordAgreementPayload {
  @Field(() => InformationSharingAgreement, { description: 'The new agreement.' })
  agreement!: InformationSharingAgreement;

  @Field(() => Yot, { description: 'The YOT, whose `agreements` now include it.' })
  yot!: Yot;
}

@ObjectType({ description: 'Result of `updateAgreement`.' })
export class UpdateAgreementPayload {
  @Field(() => InformationSharingAgreement, { description: 'The agreement as changed.' })
  agreement!: InformationSharingAgreement;
}
