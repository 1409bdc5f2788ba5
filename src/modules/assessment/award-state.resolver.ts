import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { awardStateOn } from '../../domain/rules';
import { HubContext } from '../../graphql/context';
import { DateScalar, todayIso, toIsoDate } from '../../graphql/scalars';
import { AwardState } from '../coverage/coverage.types';
import { SourceDocument } from '../source/source-document.entity';
import { Assessment } from './assessment.entity';

/** An assessment's award state on a date, and where its decision date comes from. */
@Resolver(() => Assessment)
export class AwardStateResolver {
  @FieldResolver(() => AwardState, {
    nullable: true,
    description: 'CURRENT, EXPIRED or UNKNOWN (no decision date recorded: never assumed current) on `asOf` (default today); null when this assessment is not an award on that date (not awarded, or decided later).',
  })
  awardState(@Root() assessment: Assessment, @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date to judge on (default today, UTC).' }) asOf?: Date) {
    return awardStateOn(assessment, asOf ? toIsoDate(asOf, 'asOf') : todayIso());
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'The public source of `decidedOn` when it differs from the assessment\'s own source (e.g. a news page dating the award); null otherwise.' })
  dateSource(@Root() assessment: Assessment, @Ctx() ctx: HubContext) {
    return assessment.dateSourceDocumentId == null ? null : ctx.loaders.byId(SourceDocument).load(assessment.dateSourceDocumentId);
  }
}
