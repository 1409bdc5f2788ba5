import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { encodeGlobalId } from '../../graphql/relay';
import { ConnectionArgs } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { DateScalar, isoDateOrToday } from '../../graphql/scalars';
import { Assessment } from '../assessment/assessment.entity';
import { Yot } from '../yot/yot.entity';
import { CoverageService } from './coverage.service';
import { CriterionCoverageService } from './criterion-coverage.service';
import { CriterionCoverage } from './criterion-coverage.types';
import { AwardStatus, CoverageFilter, RegionCoverage, YotCoverage, YotCoverageConnection } from './coverage.types';

const asOfArg = {
  nullable: true,
  description:
    'Date to judge on (default today, UTC): partnerships, placements and agreements running then, evidence countable then.',
};

/** Dashboard views of partnership coverage. */
@Resolver(() => YotCoverage)
export class CoverageResolver {
  @FieldResolver(() => ID, {
    description:
      "Stable id for client caches (Apollo Client, urql Graphcache): the YOT's global id and the date, `YotCoverage:<yot id>:<asOf>`. Not a Node id.",
  })
  id(@Root() row: YotCoverage) {
    return `YotCoverage:${encodeGlobalId('Yot', row.yotId)}:${row.asOf}`;
  }

  @Query(() => YotCoverageConnection, {
    description: 'Partnership coverage of every YOT (ordered by name), for dashboards; a cursor connection.',
  })
  coverage(
    @Ctx() ctx: HubContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => CoverageFilter, { nullable: true, description: 'Which YOTs.' }) filter?: CoverageFilter,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date,
  ) {
    return CoverageService.page(ctx, filter, isoDateOrToday(asOf), args);
  }

  @Query(() => [RegionCoverage], { description: 'Coverage totals rolled up by region, ordered by region.' })
  coverageByRegion(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => CoverageFilter, { nullable: true, description: 'Which YOTs.' }) filter?: CoverageFilter,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date,
  ) {
    return CoverageService.byRegion(ctx, filter, isoDateOrToday(asOf));
  }

  @FieldResolver(() => Yot, { description: 'The YOT.' })
  yot(@Root() coverage: YotCoverage, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Yot).load(coverage.yotId);
  }

  @FieldResolver(() => [CriterionCoverage], {
    description:
      'Every criterion of the framework on `asOf`, in order, as `criterionCoverage` gives it for this YOT: for the YOTs × criteria heatmap (batched across the page).',
  })
  criteria(@Root() coverage: YotCoverage, @Ctx() ctx: HubContext) {
    return ctx.loaders
      .custom<number, CriterionCoverage[]>(`criterionCoverage:${coverage.asOf}`, (ids) =>
        CriterionCoverageService.forYots(ctx, ids, coverage.asOf),
      )
      .load(coverage.yotId);
  }
}

/** `Yot.coverage(asOf:)`, batched across the YOTs of a page. */
@Resolver(() => Yot)
export class YotCoverageResolver {
  @FieldResolver(() => YotCoverage, {
    description: 'How completely this YOT works with the partners its framework expects, on `asOf`.',
  })
  coverage(@Root() yot: Yot, @Ctx() ctx: HubContext, @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date) {
    const date = isoDateOrToday(asOf);
    return ctx.loaders
      .custom<number, YotCoverage>(`coverage:${date}`, (ids) => CoverageService.forYots(ctx, ids, date))
      .load(yot.id);
  }
}

/** The assessment behind an award status. */
@Resolver(() => AwardStatus)
export class AwardStatusResolver {
  @FieldResolver(() => Assessment, { description: 'The awarding assessment (level, commendations, decision date).' })
  assessment(@Root() award: AwardStatus, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Assessment).load(award.assessmentId);
  }
}
