import { Field, ObjectType } from 'type-graphql';
import { Agency } from './agency.entity';

@ObjectType({ description: 'Result of `createAgency`.' })
export class CreateAgencyPayload {
  @Field(() => Agency, { description: 'The new agency.' })
  agency!: Agency;
}

@ObjectType({ description: 'Result of `updateAgency`.' })
export class UpdateAgencyPayload {
  @Field(() => Agency, { description: 'The agency as changed, with its new `version`.' })
  agency!: Agency;
}
