import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { HubContext } from '../../graphql/context';
import { DateScalar, isoDateOrToday } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { AgencyFilter } from '../agency/agency.inputs';
import { NationalGapFilter } from '../coverage/gaps-national.types';
import { EvidenceFilter } from '../evidence/evidence.inputs';
import { Yot } from '../yot/yot.entity';
import { AgreementAggregateFilter, PartnershipAggregateFilter, PlacementAggregateFilter } from './aggregate.filters';
import { AggregateService } from './aggregate.service';
import { Aggregate, AggregateDimension, AggregateKey } from './aggregate.types';

const groupByArg = {
  defaultValue: [],
  description: 'Dimensions to group by, in order (see each field for those it accepts).',
};
const asOfArg = {
  nullable: true,
  description: 'The day CURRENT, CEASED and the date rules are judged on (default today, UTC).',
};

/** Grouped counts where counting on the client was the only way: one statement each (gaps: the gap finders, batched). */
@Resolver()
export class AggregateResolver {
  @Query(() => Aggregate, {
    description:
      'Evidence counted in groups, with the `evidence` filter (so `countable: true, currentOn` counts what criterion coverage counts). Accepts YOT, REGION, NATION, AGENCY_TYPE and AGENCY (the provider), CRITERION, KIND, STATUS, REVIEW_STATE, CURRENT (countable on `asOf`) and QUARTER (of `recordedAt`).',
  })
  evidenceAggregate(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => EvidenceFilter, { nullable: true, description: 'Which evidence.' }) filter?: EvidenceFilter,
    @Arg('groupBy', () => [AggregateDimension], groupByArg) groupBy: AggregateDimension[] = [],
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date,
  ) {
    return AggregateService.evidence(ctx, filter, groupBy, isoDateOrToday(asOf));
  }

  @Query(() => Aggregate, {
    description:
      'Partnerships counted in groups. Accepts YOT, REGION, NATION, AGENCY_TYPE, AGENCY, STATUS, STATUTORY, CURRENT (active on `asOf`) and QUARTER (of `startedOn`).',
  })
  partnershipAggregate(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => PartnershipAggregateFilter, { nullable: true, description: 'Which partnerships.' })
    filter?: PartnershipAggregateFilter,
    @Arg('groupBy', () => [AggregateDimension], groupByArg) groupBy: AggregateDimension[] = [],
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date,
  ) {
    return AggregateService.partnerships(ctx, filter, groupBy, isoDateOrToday(asOf));
  }

  @Query(() => Aggregate, {
    description:
      'Agencies counted in groups, with the `agencies` filter. Accepts AGENCY_TYPE, CEASED (by `asOf`), and YOT, REGION or NATION through partnerships active on `asOf` (an agency counts once in each YOT it works with; one with none falls in the null group).',
  })
  agencyAggregate(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => AgencyFilter, { nullable: true, description: 'Which agencies.' }) filter?: AgencyFilter,
    @Arg('groupBy', () => [AggregateDimension], groupByArg) groupBy: AggregateDimension[] = [],
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date,
  ) {
    return AggregateService.agencies(ctx, filter, groupBy, isoDateOrToday(asOf));
  }

  @Query(() => Aggregate, {
    description:
      'Information-sharing agreements counted in groups. Accepts YOT, REGION, NATION, AGENCY_TYPE and AGENCY (a party: an agreement counts once per party), STATUS, CURRENT (in force on `asOf`) and QUARTER (of `signedOn`).',
  })
  agreementAggregate(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => AgreementAggregateFilter, { nullable: true, description: 'Which agreements.' })
    filter?: AgreementAggregateFilter,
    @Arg('groupBy', () => [AggregateDimension], groupByArg) groupBy: AggregateDimension[] = [],
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date,
  ) {
    return AggregateService.agreements(ctx, filter, groupBy, isoDateOrToday(asOf));
  }

  @Query(() => Aggregate, {
    description:
      'Staff placements counted in groups, with their FTE summed. Accepts YOT, REGION, NATION, AGENCY_TYPE and AGENCY (the employer, when known), ROLE, ARRANGEMENT, CURRENT (running on `asOf`) and QUARTER (of `startedOn`).',
  })
  placementAggregate(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => PlacementAggregateFilter, { nullable: true, description: 'Which placements.' })
    filter?: PlacementAggregateFilter,
    @Arg('groupBy', () => [AggregateDimension], groupByArg) groupBy: AggregateDimension[] = [],
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date,
  ) {
    return AggregateService.placements(ctx, filter, groupBy, isoDateOrToday(asOf));
  }

  @Query(() => Aggregate, {
    description:
      'The gaps of `nationalGaps` counted in groups. Accepts YOT, REGION, NATION, AGENCY_TYPE, CRITERION, KIND and SEVERITY.',
  })
  gapAggregate(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => NationalGapFilter, { nullable: true, description: 'Which gaps.' }) filter?: NationalGapFilter,
    @Arg('groupBy', () => [AggregateDimension], groupByArg) groupBy: AggregateDimension[] = [],
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date,
  ) {
    return AggregateService.gaps(ctx, filter, groupBy, isoDateOrToday(asOf));
  }
}

/** The YOT and agency of a group key, through the per-request loaders. */
@Resolver(() => AggregateKey)
export class AggregateKeyResolver {
  @FieldResolver(() => Yot, { nullable: true, description: 'The YOT (YOT).' })
  yot(@Root() key: AggregateKey, @Ctx() ctx: HubContext) {
    return key.yotId == null ? null : ctx.loaders.byId(Yot).load(key.yotId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency (AGENCY).' })
  agency(@Root() key: AggregateKey, @Ctx() ctx: HubContext) {
    return key.agencyId == null ? null : ctx.loaders.byId(Agency).load(key.agencyId);
  }
}
