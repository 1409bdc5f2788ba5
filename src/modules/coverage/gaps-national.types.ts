import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connections';
import { Nation } from '../yot/yot.enums';
import { Gap, GapKind, GapSeverity } from './gaps.types';

@InputType({ description: 'Narrows the national gaps list; all given conditions must hold.' })
export class NationalGapFilter {
  @Field(() => [GapKind], {
    nullable: true,
    description:
      'Only gaps of one of these kinds (e.g. CRITERION_SINGLE_AGENCY: criteria evidenced by one agency type only).',
  })
  kinds?: GapKind[] | null;

  @Field(() => [GapSeverity], { nullable: true, description: 'Only gaps of one of these severities.' })
  severities?: GapSeverity[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Only gaps of YOTs in one of these regions (names from `regions`, any case; an unknown one is BAD_USER_INPUT).',
  })
  regions?: string[] | null;

  @Field(() => [Nation], { nullable: true, description: 'Only gaps of YOTs in one of these nations.' })
  nations?: Nation[] | null;

  @Field(() => [String], { nullable: true, description: 'Only gaps of these YOTs (ONS codes).' })
  yotCodes?: string[] | null;
}

@ObjectType({ description: 'How many gaps of one kind the list holds (across all pages).' })
export class GapKindCount {
  @Field(() => String, {
    description:
      'Stable id for client caches: `GapKindCount:` and the kind (counts belong to the list that returned them).',
  })
  id!: string;

  @Field(() => GapKind, { description: 'The kind.' })
  kind!: GapKind;

  @Field(() => GapSeverity, { description: 'Its severity.' })
  severity!: GapSeverity;

  @Field(() => Int, { description: 'Gaps of this kind matching the filter.' })
  count!: number;

  @Field(() => Int, { description: 'YOTs with at least one gap of this kind.' })
  yotCount!: number;
}

@ObjectType({
  description: 'A page of gaps across every YOT the caller may see, most severe first, then by YOT code and kind.',
})
export class NationalGapConnection extends Connection(Gap, 'NationalGap') {
  @Field(() => [GapKindCount], {
    description:
      'Counts per kind of everything matching the filter (all pages), in the order of GapKind; kinds with no gap are left out.',
  })
  countsByKind!: GapKindCount[];
}
