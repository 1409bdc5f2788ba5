import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { loadExisting } from '../../graphql/loaders';
import { Evidence } from '../evidence/evidence.entity';
import { Criterion } from '../framework/criterion.entity';
import { Framework } from '../framework/framework.entity';
import { Yot } from '../yot/yot.entity';
import { Assessment } from './assessment.entity';
import { AssessmentFilter, AssessmentOrder } from './assessment.inputs';
import { AssessmentService } from './assessment.service';
import { CriterionRating } from './criterion-rating.entity';
import { RatingEvidence } from './rating-evidence.entity';

@ObjectType({ description: 'A page of assessments.' })
export class AssessmentConnection extends Connection(Assessment, 'Assessment') {}

/** Root `assessments` connection and an assessment's relations. */
@Resolver(() => Assessment)
export class AssessmentResolver {
  @Query(() => AssessmentConnection, { description: 'Award assessments, filtered and ordered; a cursor connection.' })
  assessments(
    @Ctx() ctx: HubContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => AssessmentFilter, { nullable: true, description: 'Conditions the assessments must meet.' })
    filter?: AssessmentFilter,
    @Arg('orderBy', () => [AssessmentOrder], {
      nullable: true,
      description: 'Ordering terms (default: most recently decided first).',
    })
    orderBy?: AssessmentOrder[],
  ) {
    return AssessmentService.list(ctx, filter, orderBy, args);
  }

  @FieldResolver(() => Yot, { description: 'The YOT assessed.' })
  yot(@Root() assessment: Assessment, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Yot).load(assessment.yotId);
  }

  @FieldResolver(() => Framework, { description: 'The framework edition assessed against.' })
  framework(@Root() assessment: Assessment, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Framework).load(assessment.frameworkId);
  }

  @FieldResolver(() => [CriterionRating], {
    description: 'Ratings given to the criteria (only those the sources or assessors state).',
  })
  ratings(@Root() assessment: Assessment, @Ctx() ctx: HubContext) {
    return ctx.loaders.manyBy(CriterionRating, 'assessmentId').load(assessment.id);
  }

  @FieldResolver(() => Assessment, {
    nullable: true,
    description: 'For a re-verification, the earlier assessment it started from.',
  })
  baselineAssessment(@Root() assessment: Assessment, @Ctx() ctx: HubContext) {
    return assessment.baselineAssessmentId == null
      ? null
      : ctx.loaders.byId(Assessment).load(assessment.baselineAssessmentId);
  }
}

/** Relations of a criterion rating. */
@Resolver(() => CriterionRating)
export class CriterionRatingResolver {
  @FieldResolver(() => Assessment, { description: 'The assessment that gave the rating.' })
  assessment(@Root() rating: CriterionRating, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Assessment).load(rating.assessmentId);
  }

  @FieldResolver(() => Criterion, { description: 'The criterion rated.' })
  criterion(@Root() rating: CriterionRating, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Criterion).load(rating.criterionId);
  }

  @FieldResolver(() => [Evidence], { description: 'Evidence the rating cites.' })
  async evidence(@Root() rating: CriterionRating, @Ctx() ctx: HubContext) {
    const rows = await ctx.loaders.manyBy(RatingEvidence, 'ratingId', ['evidenceId']).load(rating.id);
    return loadExisting(
      ctx.loaders.byId(Evidence),
      rows.map((r) => r.evidenceId),
    );
  }
}
