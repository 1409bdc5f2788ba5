import { ArrayMaxSize, ArrayNotEmpty, IsOptional, IsUrl, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/connections';
import { AgencyType } from '../agency/agency.enums';
import { Nation } from './yot.enums';
import { DateScalar } from '../../graphql/scalars';

@InputType({ description: 'Narrows the `yots` connection; all given conditions must hold.' })
export class YotFilter {
  @Field(() => [String], { nullable: true, description: 'Only YOTs with one of these ONS codes.' })
  codes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Only YOTs in one of these regions: names from `regions` (the nine English ONS regions and Wales), matched in any case; an unknown name answers BAD_USER_INPUT.',
  })
  regions?: string[] | null;

  @Field(() => Nation, { nullable: true, description: 'Only YOTs in this nation.' })
  nation?: Nation | null;

  @Field(() => [Nation], { nullable: true, description: 'Only YOTs in one of these nations.' })
  nations?: Nation[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the partnership and agreement conditions are judged on (default today).',
  })
  asOf?: Date | null;

  @Field(() => [AgencyType], {
    nullable: true,
    description:
      'Only YOTs with an information-sharing agreement in force on `asOf` (ACTIVE or UNDER_REVIEW, signed, not past review) to which an agency of one of these types is party.',
  })
  hasAgreementInForceWith?: AgencyType[] | null;

  @Field(() => [AgencyType], {
    nullable: true,
    description:
      'Only YOTs with no information-sharing agreement in force on `asOf` to which an agency of one of these types is party. For "no agreement with a health body" pass HEALTH_COMMISSIONER, NHS_TRUST, CAMHS and LIAISON_AND_DIVERSION.',
  })
  lacksAgreementInForceWith?: AgencyType[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only YOTs with a partnership (active or ended) with one of these agencies (global ids).',
  })
  partnerIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Only YOTs whose name contains this text (case-insensitive).' })
  nameContains?: string | null;

  @Field(() => AgencyType, {
    nullable: true,
    description:
      'Only YOTs with an active partnership today with an agency of this type (running, not ended, and the body not ceased).',
  })
  hasActivePartnershipWith?: AgencyType | null;

  @Field(() => AgencyType, {
    nullable: true,
    description:
      'Only YOTs with no active partnership today with an agency of this type. This includes YOTs about which nothing is recorded: `coverage.partners.state` tells not recorded from recorded absent.',
  })
  lacksActivePartnershipWith?: AgencyType | null;
}

export enum YotOrderField {
  NAME = 'NAME',
  CODE = 'CODE',
  REGION = 'REGION',
  PARTNER_COVERAGE = 'PARTNER_COVERAGE',
  KNOWN_PARTNER_COVERAGE = 'KNOWN_PARTNER_COVERAGE',
  STATUTORY_PARTNER_COVERAGE = 'STATUTORY_PARTNER_COVERAGE',
  CO_LOCATION = 'CO_LOCATION',
  AGREEMENT_COVERAGE = 'AGREEMENT_COVERAGE',
  CRITERIA_WITH_EVIDENCE = 'CRITERIA_WITH_EVIDENCE',
  CRITERIA_EVIDENCED_BY_TWO_OR_MORE_AGENCY_TYPES = 'CRITERIA_EVIDENCED_BY_TWO_OR_MORE_AGENCY_TYPES',
}

/** The orderings that compute every YOT's coverage first (priced as the coverage view by the cost limit). */
export const COVERAGE_ORDER_FIELDS: ReadonlySet<string> = new Set<string>([
  YotOrderField.PARTNER_COVERAGE,
  YotOrderField.KNOWN_PARTNER_COVERAGE,
  YotOrderField.STATUTORY_PARTNER_COVERAGE,
  YotOrderField.CO_LOCATION,
  YotOrderField.AGREEMENT_COVERAGE,
  YotOrderField.CRITERIA_WITH_EVIDENCE,
  YotOrderField.CRITERIA_EVIDENCED_BY_TWO_OR_MORE_AGENCY_TYPES,
]);

registerEnumType(YotOrderField, {
  name: 'YotOrderField',
  description: 'Fields `yots` can be ordered by.',
  valuesConfig: {
    NAME: { description: 'Service name.' },
    CODE: { description: 'ONS code.' },
    REGION: { description: 'Region name.' },
    PARTNER_COVERAGE: {
      description:
        'The PARTNER coverage ratio on `filter.asOf` (default today): expected agency types in place out of all expected types, as in `coverage.ratios` (compared to 1/10000).',
    },
    KNOWN_PARTNER_COVERAGE: {
      description:
        'The KNOWN_PARTNER ratio on `filter.asOf`: types in place out of those whose state is known (`coverage.knownPartnerCoverage`, compared to 1/10000); YOTs with nothing known come last.',
    },
    STATUTORY_PARTNER_COVERAGE: {
      description:
        'The STATUTORY_PARTNER ratio on `filter.asOf`: statutory partner types present out of the statutory types (`coverage.statutoryPartnerCoverage`, compared to 1/10000).',
    },
    CO_LOCATION: {
      description:
        'The CO_LOCATION ratio on `filter.asOf`: types in place with seconded or co-located partner staff out of the types in place (`coverage.coLocationRatio`, compared to 1/10000); YOTs with none in place come last.',
    },
    AGREEMENT_COVERAGE: {
      description:
        'The AGREEMENT ratio on `filter.asOf`: actively partnered types covered by an agreement in force out of those actively partnered (`coverage.agreementCoverage`, compared to 1/10000); YOTs with no active partnership come last.',
    },
    CRITERIA_WITH_EVIDENCE: {
      description:
        'Criteria with countable evidence on `filter.asOf` (`coverage.criteriaWithEvidence`; every YOT has the same `criteriaTotal`, so this orders by the criteria-evidenced ratio too).',
    },
    CRITERIA_EVIDENCED_BY_TWO_OR_MORE_AGENCY_TYPES: {
      description:
        'Criteria whose countable evidence on `filter.asOf` comes from two or more agency types (`coverage.criteriaEvidencedByTwoOrMoreAgencyTypes`).',
    },
  },
});

@InputType({ description: 'One ordering term for `yots`; later terms break ties of earlier ones.' })
export class YotOrder {
  @Field(() => YotOrderField, { description: 'Field to order by.' })
  field!: YotOrderField;

  @Field(() => SortDirection, {
    nullable: true,
    defaultValue: SortDirection.ASC,
    description: 'Direction (default ASC).',
  })
  direction?: SortDirection;
}

@InputType({ description: 'A new YOT.' })
export class CreateYotInput {
  @Field(() => String, { description: 'ONS local-authority code: E or W and eight digits, e.g. `E08000011`. Unique.' })
  @Matches(/^[EW]\d{8}$/, { message: 'must be an ONS code: E or W followed by eight digits, e.g. E08000011' })
  code!: string;

  @Field(() => String, { description: 'Name the service uses.' })
  @Length(3, 200)
  name!: string;

  @Field(() => [String], { description: 'Local authorities the service covers (at least one).' })
  @ArrayNotEmpty()
  @ArrayMaxSize(10)
  @Length(2, 100, { each: true })
  localAuthorities!: string[];

  @Field(() => String, { description: 'ONS region (England) or "Wales".' })
  @Length(2, 60)
  region!: string;

  @Field(() => Nation, { description: "Nation; must agree with the code's first letter." })
  nation!: Nation;

  @Field(() => String, { nullable: true, description: 'What the service does, in its own words.' })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Youngest age worked with (8–25).' })
  @IsOptional()
  @Min(8)
  @Max(25)
  minAge?: number | null;

  @Field(() => Int, { nullable: true, description: 'Oldest age worked with (8–25), not below `minAge`.' })
  @IsOptional()
  @Min(8)
  @Max(25)
  maxAge?: number | null;

  @Field(() => String, { nullable: true, description: 'Public web page (https).' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  website?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "The local authorities (LOCAL_AUTHORITY agencies) that establish the YOT: its owners, whose children's services and education are its own side. Several for a joint service.",
  })
  @IsOptional()
  @ArrayMaxSize(10)
  hostAuthorityIds?: string[];
}

@InputType({ description: 'Changes to a YOT; only the fields given change.' })
export class UpdateYotInput {
  @Field(() => ID, { description: 'The YOT to change.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you last read; a stale version answers CONFLICT.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @Length(3, 200)
  name?: string;

  @Field(() => [String], { nullable: true, description: 'New list of local authorities.' })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(10)
  @Length(2, 100, { each: true })
  localAuthorities?: string[];

  @Field(() => String, { nullable: true, description: 'New region.' })
  @IsOptional()
  @Length(2, 60)
  region?: string;

  @Field(() => String, { nullable: true, description: 'New description (empty text clears it).' })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field(() => Int, { nullable: true, description: 'New youngest age (8–25).' })
  @IsOptional()
  @Min(8)
  @Max(25)
  minAge?: number;

  @Field(() => Int, { nullable: true, description: 'New oldest age (8–25).' })
  @IsOptional()
  @Min(8)
  @Max(25)
  maxAge?: number;

  @Field(() => String, { nullable: true, description: 'New web page.' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  website?: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Replaces the host authorities (LOCAL_AUTHORITY agencies); an empty list records none.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  hostAuthorityIds?: string[];
}
