import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { awardStateOn } from '../../domain/rules';
import { HubContext } from '../../graphql/context';
import { DateScalar, isoDateOrToday } from '../../graphql/scalars';
import { AwardState } from '../coverage/coverage.types';
import { SourceDocument } from '../source/source-document.entity';
import { Assessment } from './assessment.entity';

/** An assessment's award state on a date, and where its decision date comes from. */
@Resolver(() => Assessment)
export class AwardStateResolver {
  @FieldResolver(() => AwardState, {
    nullable: true,
    description:
      'CURRENT, EXPIRED or UNKNOWN on `asOf` (default today). UNKNOWN when no decision date is recorded (never assumed current), or when the dates are known to the month only and `asOf` is in the decision month or the expiry month. Null when this assessment is not an award on that date (not awarded, decided later, or an undated redesignation before the decision of the award it redesignates).',
  })
  async awardState(
    @Root() assessment: Assessment,
    @Ctx() ctx: HubContext,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date to judge on (default today, UTC).' })
    asOf?: Date,
  ) {
    // An undated redesignation is judged against the decision of the award it redesignates.
    const baseline =
      assessment.decidedOn == null && assessment.baselineAssessmentId != null
        ? await ctx.loaders.byId(Assessment).load(assessment.baselineAssessmentId)
        : null;
    return awardStateOn({ ...assessment, baselineDecidedOn: baseline?.decidedOn ?? null }, isoDateOrToday(asOf));
  }

  @FieldResolver(() => SourceDocument, {
    nullable: true,
    description:
      "The public source of `decidedOn` when it differs from the assessment's own source (e.g. a news page dating the award); null otherwise.",
  })
  dateSource(@Root() assessment: Assessment, @Ctx() ctx: HubContext) {
    return assessment.dateSourceDocumentId == null
      ? null
      : ctx.loaders.byId(SourceDocument).load(assessment.dateSourceDocumentId);
  }
}
