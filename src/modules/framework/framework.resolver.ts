import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { HubContext } from '../../graphql/context';
import { Criterion } from './criterion.entity';
import { ExpectedPartner } from './expected-partner.entity';
import { Framework } from './framework.entity';
import { DEFAULT_FRAMEWORK_CODE, FrameworkService } from './framework.service';
import { RATING_BANDS, RatingBandDefinition } from './rating-bands';

/** Root reads of the award framework and its criteria. */
@Resolver(() => Framework)
export class FrameworkResolver {
  @Query(() => Framework, {
    nullable: true,
    description: 'An award framework: its current edition, or the edition `version`.',
  })
  framework(
    @Ctx() ctx: HubContext,
    @Arg('code', () => String, { defaultValue: DEFAULT_FRAMEWORK_CODE, description: 'Framework code.' }) code: string,
    @Arg('version', () => String, { nullable: true, description: 'Edition; the current one when omitted.' })
    version?: string,
  ) {
    return FrameworkService.find(ctx, code, version);
  }

  @Query(() => [Criterion], { description: 'The criteria of the current edition of a framework, in order (S1…S10).' })
  async criteria(
    @Ctx() ctx: HubContext,
    @Arg('frameworkCode', () => String, { defaultValue: DEFAULT_FRAMEWORK_CODE, description: 'Framework code.' })
    frameworkCode: string,
  ) {
    const framework = await FrameworkService.find(ctx, frameworkCode);
    return ctx.loaders.manyBy(Criterion, 'frameworkId', ['position']).load(framework.id);
  }

  @FieldResolver(() => [Criterion], { name: 'criteria', description: "The framework's criteria, in order." })
  frameworkCriteria(@Root() framework: Framework, @Ctx() ctx: HubContext) {
    return ctx.loaders.manyBy(Criterion, 'frameworkId', ['position']).load(framework.id);
  }

  @FieldResolver(() => [RatingBandDefinition], {
    description:
      "The qualitative rating bands, lowest first, each saying whether it is published wording or the hub's own scale. Areas themselves self-rate 0–10 (`ratingScale`).",
  })
  ratingBands() {
    return RATING_BANDS;
  }

  @FieldResolver(() => [ExpectedPartner], {
    description: 'Agency types every YOT is expected to work with under this framework.',
  })
  expectedPartners(@Root() framework: Framework, @Ctx() ctx: HubContext) {
    return ctx.loaders.manyBy(ExpectedPartner, 'frameworkId', ['id']).load(framework.id);
  }
}

/** The framework a criterion belongs to. */
@Resolver(() => Criterion)
export class CriterionResolver {
  @FieldResolver(() => Framework, { description: 'The framework edition this criterion belongs to.' })
  framework(@Root() criterion: Criterion, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Framework).load(criterion.frameworkId);
  }
}
