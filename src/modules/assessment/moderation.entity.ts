import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/relay';
import { DateScalar } from '../../graphql/scalars';
import { SourcedRecord } from '../source/sourced-record';
import { Assessment } from './assessment.entity';

/** How a moderation meeting was held. */
export enum ModerationMode {
  IN_PERSON = 'IN_PERSON',
  VIDEO = 'VIDEO',
}

registerEnumType(ModerationMode, {
  name: 'ModerationMode',
  description: 'How a moderation meeting was held.',
  valuesConfig: {
    IN_PERSON: { description: 'In person.' },
    VIDEO: { description: 'By video call (as some redesignations are run).' },
  },
});

/** One person at a moderation meeting: the agency they came from (null for the moderator) and their role. */
export interface ModerationAttendee {
  agencyId: number | null;
  role: string;
}

/**
 * The assessment as it runs (one row per assessment): its awarding body, the submission of evidence and case
 * studies, the note of an interim decision, and the published citation of the decision.
 */
@Entity('assessment_process')
export class AssessmentProcess {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index({ unique: true })
  @Column({ type: 'integer' })
  assessmentId!: number;

  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessmentId' })
  assessment?: Assessment;

  @Column({ type: 'integer', nullable: true })
  awardingBodyId!: number | null;

  @Column({ type: 'date', nullable: true })
  submittedOn!: string | null;

  @Column({ type: 'simple-json' })
  submittedEvidenceIds!: number[];

  @Column({ type: 'text', nullable: true })
  interimNote!: string | null;

  @Column({ type: 'integer', nullable: true })
  decisionSourceDocumentId!: number | null;

  /** Which source says who awarded (seeded facts); null when recorded in the hub. */
  @Column({ type: 'integer', nullable: true })
  awardingBodySourceDocumentId!: number | null;
}

/** The moderation meeting of an assessment: date, mode and who attended. */
@ObjectType({
  implements: Node,
  description:
    'A moderation meeting of an assessment: when, how (in person or video), and who attended by agency and role.',
})
@Entity('moderation_meeting')
@Index(['assessmentId', 'heldOn'])
export class ModerationMeeting extends SourcedRecord {
  @Column({ type: 'integer' })
  assessmentId!: number;

  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessmentId' })
  assessment?: Assessment;

  @Column({ type: 'integer' })
  yotId!: number;

  @Field(() => DateScalar, { description: 'The day it met.' })
  @Column({ type: 'date' })
  heldOn!: string;

  @Field(() => ModerationMode, { description: 'In person or by video.' })
  @Column({ type: 'varchar', length: 20 })
  mode!: ModerationMode;

  /** Attendees in the order recorded. */
  @Column({ type: 'simple-json' })
  attendees!: ModerationAttendee[];
}
