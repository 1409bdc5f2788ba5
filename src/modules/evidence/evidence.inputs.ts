import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/connections';
import { DateRange } from '../../graphql/date-range';
import { DateScalar } from '../../graphql/scalars';
import { AgencyType } from '../agency/agency.enums';
import { EvidenceKind, EvidenceReviewState, EvidenceStatus } from './evidence.enums';

@InputType({
  description:
    'Narrows an evidence connection; all given conditions must hold. Withdrawn items are included unless `statuses` says otherwise.',
})
export class EvidenceFilter {
  @Field(() => [ID], { nullable: true, description: 'Only evidence held by one of these YOTs (global ids).' })
  yotIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only evidence held by one of these YOTs (ONS codes).' })
  yotCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only evidence linked to one of these criterion codes (e.g. `S3`).',
  })
  criterionCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only evidence provided by one of these agencies (global ids).' })
  providedByIds?: string[] | null;

  @Field(() => [AgencyType], {
    nullable: true,
    description: 'Only evidence provided by, or involving, an agency of one of these types.',
  })
  agencyTypes?: AgencyType[] | null;

  @Field(() => [EvidenceKind], { nullable: true, description: 'Only evidence of one of these kinds.' })
  kinds?: EvidenceKind[] | null;

  @Field(() => [EvidenceStatus], { nullable: true, description: 'Only evidence in one of these statuses.' })
  statuses?: EvidenceStatus[] | null;

  @Field(() => [EvidenceReviewState], { nullable: true, description: 'Only evidence in one of these review states.' })
  reviewStates?: EvidenceReviewState[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    deprecationReason: 'Use `occurredOn: { from }`.',
    description: 'Only evidence that occurred on or after this date (items with no date are excluded).',
  })
  occurredFrom?: Date | null;

  @Field(() => DateScalar, {
    nullable: true,
    deprecationReason: 'Use `occurredOn: { to }`.',
    description: 'Only evidence that occurred on or before this date (items with no date are excluded).',
  })
  occurredTo?: Date | null;

  @Field(() => DateRange, {
    nullable: true,
    description: 'Only evidence produced within this range of days (inclusive; undated items are excluded).',
  })
  occurredOn?: DateRange | null;

  @Field(() => DateRange, {
    nullable: true,
    description:
      'Only evidence the hub received within this range of days (inclusive, whole UTC days). With `reviewStates: [SUBMITTED]` and `to` 90 days ago: evidence awaiting review for more than 90 days.',
  })
  recordedAt?: DateRange | null;

  @Field(() => DateRange, {
    nullable: true,
    description:
      'Only evidence an assessor reviewed within this range of days (inclusive, whole UTC days; never-reviewed items are excluded).',
  })
  reviewedAt?: DateRange | null;

  @Field(() => DateRange, {
    nullable: true,
    description: 'Only evidence expiring within this range of days (inclusive; items with no expiry are excluded).',
  })
  expiresOn?: DateRange | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only evidence that counts on `currentOn` (default today), exactly as criterion coverage counts it: current (not withdrawn), not rejected, not expired (its expiry day still counts) and already produced (or undated). false: only evidence that does not count on that day.',
  })
  countable?: boolean | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The day `countable` is judged on (default today). Given alone, it means `countable: true` on that day; with `criterionCodes` and `yotCodes` the total equals `criterionCoverage(asOf)`'s `evidenceCount`.",
  })
  currentOn?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only evidence whose title or summary contains this text (case-insensitive).',
  })
  search?: string | null;
}

export enum EvidenceOrderField {
  OCCURRED_ON = 'OCCURRED_ON',
  RECORDED_AT = 'RECORDED_AT',
  TITLE = 'TITLE',
}

registerEnumType(EvidenceOrderField, {
  name: 'EvidenceOrderField',
  description: 'Fields evidence can be ordered by.',
  valuesConfig: {
    OCCURRED_ON: { description: 'When the item was produced; undated items come last.' },
    RECORDED_AT: { description: 'When the hub received the item.' },
    TITLE: { description: 'Title.' },
  },
});

@InputType({ description: 'One ordering term for evidence; later terms break ties of earlier ones.' })
export class EvidenceOrder {
  @Field(() => EvidenceOrderField, { description: 'Field to order by.' })
  field!: EvidenceOrderField;

  @Field(() => SortDirection, {
    nullable: true,
    defaultValue: SortDirection.ASC,
    description: 'Direction (default ASC).',
  })
  direction?: SortDirection;
}
