import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { agencyExistsOn } from '../../domain/rules';
import { HubContext } from '../../graphql/context';
import { DateScalar, isoDateOrToday } from '../../graphql/scalars';
import { SourceDocument } from '../source/source-document.entity';
import { Agency } from './agency.entity';

/** How an organisation changed: whether it still exists, what succeeded it, and the source saying so. */
@Resolver(() => Agency)
export class AgencyChangeResolver {
  @FieldResolver(() => Agency, {
    nullable: true,
    description:
      "The body that took over the organisation's functions on `ceasedOn`; null while it exists or when not recorded.",
  })
  successor(@Root() agency: Agency, @Ctx() ctx: HubContext) {
    return agency.successorId == null ? null : ctx.loaders.byId(Agency).load(agency.successorId);
  }

  @FieldResolver(() => [Agency], { description: 'Bodies this organisation succeeded (e.g. the CCG an ICB replaced).' })
  predecessors(@Root() agency: Agency, @Ctx() ctx: HubContext) {
    return ctx.loaders.manyBy(Agency, 'successorId').load(agency.id);
  }

  @FieldResolver(() => SourceDocument, {
    nullable: true,
    description: 'The public source for `ceasedOn` and `successor`; null when not recorded.',
  })
  ceasedSource(@Root() agency: Agency, @Ctx() ctx: HubContext) {
    return agency.ceasedSourceDocumentId == null
      ? null
      : ctx.loaders.byId(SourceDocument).load(agency.ceasedSourceDocumentId);
  }

  @FieldResolver(() => Boolean, { description: 'True when the organisation had ceased by `asOf` (default today).' })
  ceased(
    @Root() agency: Agency,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date to judge on (default today, UTC).' })
    asOf?: Date,
  ) {
    return !agencyExistsOn(agency, isoDateOrToday(asOf));
  }
}
