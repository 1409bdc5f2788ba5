import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Float, ObjectType } from 'type-graphql';
import { NOW, TIMESTAMP } from '../../db/column-types';
import { KeyedRecord } from '../../db/record';
import { Node } from '../../graphql/relay';
import { DateTimeScalar } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { Child } from '../child/child.entity';
import { Kpi, KpiCohort, KpiStage } from './kpi.enums';

/**
 * One child's observation for one YJB KPI in one quarter, cohort and stage. Which flags a KPI uses is fixed in
 * kpi.rules.ts; the others stay null. Never overwritten, like outcomes.
 */
@ObjectType({
  implements: Node,
  description:
    "One child's observation for one YJB key performance indicator, in one quarter, cohort and stage of the intervention. Only the flags the KPI uses are set (see `Kpi`); the others are null.",
})
@Entity('kpi_observation')
@Index(['childId', 'kpi', 'period', 'cohort', 'stage'], { unique: true })
@Index(['period', 'kpi'])
export class KpiObservation extends KeyedRecord {
  @Column({ type: 'integer' })
  childId!: number;

  @ManyToOne(() => Child, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'childId' })
  child?: Child;

  @Field(() => Kpi, { description: 'The KPI observed.' })
  @Column({ type: 'varchar', length: 40 })
  kpi!: Kpi;

  @Field(() => String, { description: 'Quarter, `YYYY-Qn`.' })
  @Column({ type: 'varchar', length: 7 })
  period!: string;

  @Field(() => KpiCohort, {
    description: 'Community or released from custody (KPIs 1–5); ALL_CHILDREN for KPIs 6, 8, 9, 10.',
  })
  @Column({ type: 'varchar', length: 30 })
  cohort!: KpiCohort;

  @Field(() => KpiStage, {
    description: 'Start or end of the intervention (KPIs 1–5); IN_QUARTER for KPIs 6, 8, 9, 10.',
  })
  @Column({ type: 'varchar', length: 20 })
  stage!: KpiStage;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'KPI 1: in suitable accommodation. KPI 2: in suitable ETE. KPI 3: in suitable ETE (when SEND/ALN identified). KPIs 6, 8, 9, 10: the KPI is met. Null for KPIs 4 and 5.',
  })
  @Column({ type: 'boolean', nullable: true })
  met!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'KPI 3: SEND/ALN identified. KPIs 4, 5: need identified. Null for other KPIs.',
  })
  @Column({ type: 'boolean', nullable: true })
  needIdentified!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'KPIs 4, 5: support planned or offered (when the need is identified); null otherwise.',
  })
  @Column({ type: 'boolean', nullable: true })
  supportOffered!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'KPIs 4, 5: attending the support (when the need is identified); null otherwise.',
  })
  @Column({ type: 'boolean', nullable: true })
  attending!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'KPI 3: a formal learning plan for the current academic year (when SEND/ALN identified); null otherwise.',
  })
  @Column({ type: 'boolean', nullable: true })
  formalPlan!: boolean | null;

  @Field(() => Float, {
    nullable: true,
    description: 'KPI 2: ETE hours a week offered at the observation; null when not reported.',
  })
  @Column({ type: 'real', nullable: true })
  hoursOffered!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'KPI 2: ETE hours a week attended at the observation (never above those offered); null when not reported.',
  })
  @Column({ type: 'real', nullable: true })
  hoursAttended!: number | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  recordedById!: number | null;

  @ManyToOne(() => Agency, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recordedById' })
  recordedBy?: Agency;

  @Field(() => DateTimeScalar, { description: 'When the hub recorded the observation.' })
  @Column({ ...TIMESTAMP, default: NOW })
  recordedAt!: Date;
}
