import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay';
import { RecordBasis } from '../../domain/record-basis';
import { DateScalar } from '../../graphql/scalars';
import { SourcedRecord } from '../source/sourced-record';
import { Yot } from '../yot/yot.entity';
import { Partnership } from './partnership.entity';
import { PlacementArrangement, StaffRole } from './partnership.enums';

/**
 * Staff working with a YOT. Normally placed by a partner agency (through a partnership); the partnership is
 * null when a source names the role but not the employing agency, so no partner has to be invented.
 */
@ObjectType({
  implements: Node,
  description: 'Staff of a given role working in or with a YOT, normally placed there by a partner agency.',
})
@Entity('staff_placement')
export class StaffPlacement extends SourcedRecord {
  @Index()
  @Column({ type: 'integer' })
  yotId!: number;

  @ManyToOne(() => Yot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'yotId' })
  yot?: Yot;

  @Index()
  @Column({ type: 'integer', nullable: true })
  partnershipId!: number | null;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnershipId' })
  partnership?: Partnership;

  @Field(() => StaffRole, { description: 'Professional role.' })
  @Column({ type: 'varchar', length: 40 })
  role!: StaffRole;

  @Field(() => PlacementArrangement, { description: 'How the staff work with the YOT.' })
  @Index()
  @Column({ type: 'varchar', length: 20 })
  arrangement!: PlacementArrangement;

  @Field(() => Float, {
    nullable: true,
    description: 'Full-time equivalents placed (1.0 = one full-time post); null when unknown.',
  })
  @Column({ type: 'real', nullable: true })
  fte!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the placement began; null when unknown.' })
  @Column({ type: 'date', nullable: true })
  startedOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the placement ended; null while it runs or when unknown.',
  })
  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Context from the sources, e.g. that the employing agency is not named.',
  })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Field(() => RecordBasis, {
    description:
      'Whether the sources state the role and arrangement (STATED) or the hub inferred them (INFERRED; `notes` say from what).',
  })
  @Column({ type: 'varchar', length: 10, default: RecordBasis.STATED })
  basis!: RecordBasis;
}
