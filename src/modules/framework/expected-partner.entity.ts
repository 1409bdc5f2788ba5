import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { REFERENCE_DATA_MAX_AGE } from '../../graphql/cache-control';
import { Node } from '../../graphql/relay';
import { SourcedRecord } from '../source/sourced-record';
import { AgencyType } from '../agency/agency.enums';
import { Framework } from './framework.entity';

/** An agency type a framework expects every YOT to work with; coverage compares partnerships against these. */
// Reference data: the same for every caller, so responses made only of it may be cached (graphql/cache-control.ts).
@Directive(`@cacheControl(maxAge: ${REFERENCE_DATA_MAX_AGE})`)
@ObjectType({
  implements: Node,
  description: 'An agency type the framework expects a YOT to work with. Changing this list is a data change.',
})
@Entity('expected_partner')
@Index(['frameworkId', 'agencyType'], { unique: true })
export class ExpectedPartner extends SourcedRecord {
  @Column({ type: 'integer' })
  frameworkId!: number;

  @ManyToOne(() => Framework, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'frameworkId' })
  framework?: Framework;

  @Field(() => AgencyType, { description: 'The expected agency type.' })
  @Column({ type: 'varchar', length: 40 })
  agencyType!: AgencyType;

  @Field(() => Boolean, {
    description:
      'True for the statutory partners (Crime and Disorder Act 1998 s.39); false for SEND-relevant partners.',
  })
  @Column({ type: 'boolean' })
  statutory!: boolean;

  @Field(() => Boolean, {
    description:
      "True when the YOT's host local authority provides this service itself (children's social care, education): it counts as the YOT's own side, in place unless an absence is recorded, and is never reported as a missing partner.",
  })
  @Column({ type: 'boolean', default: false })
  hostProvided!: boolean;

  @Field(() => String, { description: 'Why this partner is expected.' })
  @Column({ type: 'text' })
  reason!: string;
}
