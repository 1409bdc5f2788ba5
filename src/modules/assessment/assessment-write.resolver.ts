import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { inTransaction } from '../../db/transaction';
import { HubContext } from '../../graphql/context';
import { CAN } from '../auth/auth-checker';
import { loadExisting } from '../../graphql/loaders';
import { Evidence } from '../evidence/evidence.entity';
import { DecideAssessmentInput, RateCriterionInput, StartAssessmentInput } from './assessment-write.inputs';
import { DecideAssessmentPayload, RateCriterionPayload, StartAssessmentPayload } from './assessment-write.payloads';
import { AssessmentWriteService } from './assessment-write.service';
import { CriterionRatingRevision } from './criterion-rating-revision.entity';
import { CriterionRating } from './criterion-rating.entity';

/** The assessor's mutations. */
@Resolver()
export class AssessmentWriteResolver {
  @Authorized(...CAN.assess)
  @Mutation(() => StartAssessmentPayload, {
    nullable: true,
    description:
      "Starts an assessment. A REDESIGNATION with `baselineAssessmentId` starts from copies of the baseline's ratings.",
  })
  async startAssessment(
    @Ctx() ctx: HubContext,
    @Arg('input', () => StartAssessmentInput, { description: 'The assessment.' }) input: StartAssessmentInput,
  ) {
    return inTransaction(ctx, (tx) => AssessmentWriteService.start(tx, input));
  }

  @Authorized(...CAN.assess)
  @Mutation(() => RateCriterionPayload, {
    nullable: true,
    description:
      'Rates one criterion of an in-progress assessment. Every rating is kept in `history`; re-rating needs `expectedVersion`. The top band needs accepted outcome evidence.',
  })
  rateCriterion(
    @Ctx() ctx: HubContext,
    @Arg('input', () => RateCriterionInput, { description: 'The rating.' }) input: RateCriterionInput,
  ) {
    return inTransaction(ctx, (tx) => AssessmentWriteService.rate(tx, input));
  }

  @Authorized(...CAN.assess)
  @Mutation(() => DecideAssessmentPayload, {
    nullable: true,
    description:
      'Decides an assessment and locks its ratings. A Quality Lead award needs every criterion rated; no award may rest on rejected, withdrawn or expired evidence.',
  })
  async decideAssessment(
    @Ctx() ctx: HubContext,
    @Arg('input', () => DecideAssessmentInput, { description: 'The decision.' }) input: DecideAssessmentInput,
  ) {
    return inTransaction(ctx, (tx) => AssessmentWriteService.decide(tx, input));
  }
}

/** `CriterionRating.history`: every version of a rating, newest first. */
@Resolver(() => CriterionRating)
export class CriterionRatingHistoryResolver {
  @FieldResolver(() => [CriterionRatingRevision], {
    description:
      'Every version of this rating given through the hub, newest first (the first is the one in force). Empty for ratings taken from published sources.',
  })
  async history(@Root() rating: CriterionRating, @Ctx() ctx: HubContext) {
    const revisions = await ctx.loaders.manyBy(CriterionRatingRevision, 'ratingId', ['id']).load(rating.id);
    return [...revisions].reverse();
  }
}

/** The evidence a rating version cited. */
@Resolver(() => CriterionRatingRevision)
export class CriterionRatingRevisionResolver {
  @FieldResolver(() => [Evidence], { description: 'Evidence this version cited.' })
  evidence(@Root() revision: CriterionRatingRevision, @Ctx() ctx: HubContext) {
    return loadExisting(ctx.loaders.byId(Evidence), revision.evidenceIds);
  }
}
