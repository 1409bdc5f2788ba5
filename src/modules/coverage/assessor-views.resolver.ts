import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connections';
import { encodeGlobalId } from '../../graphql/relay';
import { Yot } from '../yot/yot.entity';
import { gapId, nationalGaps } from './gaps-national.service';
import { NationalGapConnection, NationalGapFilter } from './gaps-national.types';
import { HubContext } from '../../graphql/context';
import { loadNode } from '../../graphql/node.resolver';
import { Node } from '../../graphql/relay';
import { DateScalar, isoDateOrToday } from '../../graphql/scalars';
import { Criterion } from '../framework/criterion.entity';
import { ContributionCell, CriterionCoverage } from './criterion-coverage.types';
import { CriterionCoverageService } from './criterion-coverage.service';
import { findGaps } from './gaps.service';
import { Gap, GAP_SEVERITY, GapSeverity } from './gaps.types';
import { summariseOutcomes } from './outcome-summary.service';
import { OutcomeDimension, OutcomeSummary, OutcomeSummaryFilter } from './outcome-summary.types';
import { CAN } from '../auth/auth-checker';

const yotCodeArg = { description: 'ONS code of the YOT, e.g. `E08000011`.' };
const asOfArg = { nullable: true, description: 'Date to judge on (default today, UTC).' };

/** The assessor's views of one YOT: criterion coverage, the contribution matrix and the gaps list. */
@Resolver()
export class AssessorViewsResolver {
  @Query(() => [CriterionCoverage], {
    nullable: true,
    description:
      'Every criterion of the framework for one YOT: evidence counts, contributing agency types, triangulation, latest rating, and whether it is a gap.',
  })
  criterionCoverage(
    @Ctx() ctx: HubContext,
    @Arg('yotCode', () => String, yotCodeArg) yotCode: string,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date,
  ) {
    return CriterionCoverageService.forYot(ctx, yotCode, isoDateOrToday(asOf));
  }

  @Query(() => [ContributionCell], {
    nullable: true,
    description:
      'Which partner agency types evidence which criteria for one YOT: the non-empty cells of the agency-type × criterion matrix.',
  })
  contributionMatrix(
    @Ctx() ctx: HubContext,
    @Arg('yotCode', () => String, yotCodeArg) yotCode: string,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date,
  ) {
    return CriterionCoverageService.matrix(ctx, yotCode, isoDateOrToday(asOf));
  }

  @Query(() => [Gap], {
    nullable: true,
    description: 'Typed findings an assessor acts on for one YOT, each with a message and the object it concerns.',
  })
  gaps(
    @Ctx() ctx: HubContext,
    @Arg('yotCode', () => String, yotCodeArg) yotCode: string,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date,
  ) {
    return findGaps(ctx, yotCode, isoDateOrToday(asOf));
  }

  @Query(() => NationalGapConnection, {
    description:
      "Gaps across every YOT the caller may see (a PARTNER: the YOTs its agency works with), filtered by kind, severity, region, nation and YOT, most severe first, then by YOT code and kind; a cursor connection with `countsByKind` over all pages. Each YOT's findings are the same as `gaps(yotCode)` gives.",
  })
  nationalGaps(
    @Ctx() ctx: HubContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => NationalGapFilter, { nullable: true, description: 'Which gaps.' }) filter?: NationalGapFilter,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date,
  ) {
    return nationalGaps(ctx, filter, isoDateOrToday(asOf), args);
  }
}

/** Child outcomes for analysts, always with disclosure control. */
@Resolver()
export class OutcomeSummaryResolver {
  @Authorized(...CAN.summariseOutcomes)
  @Query(() => OutcomeSummary, {
    nullable: true,
    description:
      'Child outcomes counted by the chosen dimensions. Unless the caller may see the child rows, every count is perturbed by a small noise fixed by the records it counts (cell-key perturbation, so differences between overlapping questions reveal no child), then published counts from 1 to the threshold (5) are withheld (null, `suppressed: true`), and so is the next-smallest cell of a group when one cell alone is. An unknown YOT code or region in the filter answers BAD_USER_INPUT.',
  })
  outcomeSummary(
    @Ctx() ctx: HubContext,
    @Arg('groupBy', () => [OutcomeDimension], { description: 'Dimensions to group by (e.g. [REGION, MEASURE]).' })
    groupBy: OutcomeDimension[],
    @Arg('filter', () => OutcomeSummaryFilter, { nullable: true, description: 'Which outcomes.' })
    filter?: OutcomeSummaryFilter,
  ) {
    return summariseOutcomes(ctx, filter, groupBy);
  }
}

/** The criterion of a coverage row. */
@Resolver(() => CriterionCoverage)
export class CriterionCoverageResolver {
  @FieldResolver(() => ID, {
    description:
      "Stable id for client caches: the YOT's and the criterion's global ids and the date, `CriterionCoverage:<yot id>:<criterion id>:<asOf>`. Not a Node id.",
  })
  id(@Root() row: CriterionCoverage) {
    return `CriterionCoverage:${encodeGlobalId('Yot', row.yotId)}:${encodeGlobalId('Criterion', row.criterionId)}:${row.asOf}`;
  }

  @FieldResolver(() => Criterion, { description: 'The criterion.' })
  criterion(@Root() row: CriterionCoverage, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Criterion).load(row.criterionId);
  }
}

/** The criterion of a matrix cell. */
@Resolver(() => ContributionCell)
export class ContributionCellResolver {
  @FieldResolver(() => Criterion, { description: 'The criterion.' })
  criterion(@Root() cell: ContributionCell, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Criterion).load(cell.criterionId);
  }
}

/** The object a gap concerns. */
@Resolver(() => Gap)
export class GapResolver {
  @FieldResolver(() => ID, {
    description: 'Stable id of the finding (its YOT, kind, node and wording), for client caches; not a Node id.',
  })
  id(@Root() gap: Gap) {
    return gapId(gap);
  }

  @FieldResolver(() => GapSeverity, { description: 'How urgently it needs acting on (fixed by its kind).' })
  severity(@Root() gap: Gap) {
    return GAP_SEVERITY[gap.kind];
  }

  @FieldResolver(() => Yot, { description: 'The YOT the gap is about.' })
  yot(@Root() gap: Gap, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Yot).load(gap.yotId);
  }

  @FieldResolver(() => Node, {
    description:
      'The object the gap concerns (ExpectedPartner, Partnership, InformationSharingAgreement, Criterion, Evidence, CriterionRating or Assessment).',
  })
  node(@Root() gap: Gap, @Ctx() ctx: HubContext) {
    return loadNode(ctx, gap.typeName, gap.key);
  }
}
