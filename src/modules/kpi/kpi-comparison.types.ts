import { Field, Int, ObjectType } from 'type-graphql';
import { ComparatorGroup } from '../comparator/comparator-group.entity';
import { KpiFigures } from './kpi-figures.types';

@ObjectType({
  description:
    "One YOT's KPI figures for a quarter beside those of its comparator group, its region and its nation, each over all the YOTs of that area and each protected by the disclosure control.",
})
export class KpiComparison {
  @Field(() => String, { description: 'The quarter.' })
  quarter!: string;

  @Field(() => KpiFigures, {
    description: "The YOT's own figures (exact for administrators and the YOT's own manager).",
  })
  yot!: KpiFigures;

  @Field(() => ComparatorGroup, { nullable: true, description: "The YOT's comparator group; null when it has none." })
  comparatorGroup!: ComparatorGroup | null;

  @Field(() => Int, {
    nullable: true,
    description: 'YOTs in the comparator group (the YOT included); null when it has none.',
  })
  familySize!: number | null;

  @Field(() => KpiFigures, {
    nullable: true,
    description: 'Figures over all YOTs of the comparator group, the YOT included; null when it has none.',
  })
  family!: KpiFigures | null;

  @Field(() => String, { description: "The YOT's region." })
  region!: string;

  @Field(() => KpiFigures, { description: 'Figures over all YOTs of the region.' })
  regionFigures!: KpiFigures;

  @Field(() => String, { description: "The YOT's nation (ENGLAND or WALES)." })
  nation!: string;

  @Field(() => KpiFigures, { description: 'Figures over all YOTs of the nation.' })
  nationFigures!: KpiFigures;
}
