import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs, Page, wantsCountOnly } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { loadExisting } from '../../graphql/loaders';
import { loadPlanned, plannedCount, plannedPageNodes, plannedRelation } from '../../graphql/planned-reads';
import { Agency } from '../agency/agency.entity';
import { CriterionRating } from '../assessment/criterion-rating.entity';
import { RatingEvidence } from '../assessment/rating-evidence.entity';
import { Criterion } from '../framework/criterion.entity';
import { YotService } from '../yot/yot.service';
import { Yot } from '../yot/yot.entity';
import { EvidenceAgency } from './evidence-agency.entity';
import { EvidenceLink } from './evidence-link.entity';
import { Evidence } from './evidence.entity';
import { EvidenceFilter, EvidenceOrder } from './evidence.inputs';
import { EvidenceService } from './evidence.service';
import { normaliseYotCode } from '../yot/yot-code';

/*
 * The relations of an evidence item that a planned statement can answer (planned-reads.ts), ordered as the
 * loaders below order them.
 */
// `yots { nodes { evidence { totalCount } } }`: counted inside the page's statement, with the same scope.
plannedCount({ field: 'Yot.evidence', sql: (ctx, yotKey) => EvidenceService.countOfYot(ctx, yotKey) });

const AGENCIES_INVOLVED = plannedRelation({
  field: 'Evidence.agenciesInvolved',
  target: Agency,
  many: true,
  from: (c, l) => `evidence_agency ${l} JOIN agency ${c} ON ${c}.id = ${l}."agencyId"`,
  key: (_c, l) => `${l}."evidenceId"`,
  parentColumn: 'id',
  orderBy: (_c, l) => [`${l}."agencyId"`],
});
const CRITERIA = plannedRelation({
  field: 'Evidence.criteria',
  target: EvidenceLink,
  many: true,
  from: (c) => `evidence_link ${c}`,
  key: (c) => `${c}."evidenceId"`,
  parentColumn: 'id',
  orderBy: (c) => [`${c}.id`],
});
plannedRelation({
  field: 'EvidenceLink.criterion',
  target: Criterion,
  many: false,
  from: (c) => `criterion ${c}`,
  key: (c) => `${c}.id`,
  parentColumn: 'criterionId',
  orderBy: (c) => [`${c}.id`],
});

@ObjectType({ description: 'A page of evidence items.' })
export class EvidenceConnection extends Connection(Evidence, 'Evidence') {}

type Parent = Parameters<typeof EvidenceService.pagesFor>[1];

/** Loads one page per parent through a loader keyed by the arguments, so sibling parents share one statement. */
function pageFor(
  ctx: HubContext,
  info: GraphQLResolveInfo,
  parent: Parent,
  parentId: number,
  filter?: EvidenceFilter,
  orderBy?: EvidenceOrder[],
  args: ConnectionArgs = {},
): Promise<Page<Evidence>> {
  // A selection of `totalCount` alone counts, and ranks and loads no item.
  const rows = !wantsCountOnly(info);
  // Items whose selection plans come as planned objects, each with what it involves (planned-reads.ts).
  const planned = rows ? plannedPageNodes(ctx, info, Evidence) : null;
  const key = `evidence:${JSON.stringify([parent, filter ?? null, orderBy ?? null, args, rows, planned?.signature])}`;
  return ctx.loaders
    .custom<number, Page<Evidence>>(key, (ids) =>
      EvidenceService.pagesFor(ctx, parent, ids, filter, orderBy, args, rows, planned),
    )
    .load(parentId);
}

/** Root `evidence` connection and the relations of an evidence item. */
@Resolver(() => Evidence)
export class EvidenceResolver {
  @Query(() => EvidenceConnection, {
    description: 'Evidence items across YOTs, filtered and ordered; a cursor connection.',
  })
  evidence(
    @Ctx() ctx: HubContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => EvidenceFilter, { nullable: true, description: 'Conditions the items must meet.' })
    filter?: EvidenceFilter,
    @Arg('orderBy', () => [EvidenceOrder], {
      nullable: true,
      description: 'Ordering terms (default: newest first by `occurredOn`).',
    })
    orderBy?: EvidenceOrder[],
  ) {
    return EvidenceService.list(ctx, filter, orderBy, args);
  }

  @FieldResolver(() => Yot, { description: 'The YOT that holds the item.' })
  yot(@Root() evidence: Evidence, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Yot).load(evidence.yotId);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: 'The agency that provided the item; null when the YOT produced it itself.',
  })
  providedBy(@Root() evidence: Evidence, @Ctx() ctx: HubContext) {
    return evidence.providedById == null ? null : ctx.loaders.byId(Agency).load(evidence.providedById);
  }

  @FieldResolver(() => [Agency], {
    description: 'Other agencies involved in the practice or document the item records.',
  })
  async agenciesInvolved(@Root() evidence: Evidence, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    const planned = loadPlanned(ctx, info, AGENCIES_INVOLVED, evidence.id);
    if (planned) return planned;
    const rows = await ctx.loaders.manyBy(EvidenceAgency, 'evidenceId', ['agencyId']).load(evidence.id);
    return loadExisting(
      ctx.loaders.byId(Agency),
      rows.map((r) => r.agencyId),
    );
  }

  @FieldResolver(() => [EvidenceLink], { description: 'The criteria the item supports, each with why.' })
  criteria(@Root() evidence: Evidence, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return (
      loadPlanned(ctx, info, CRITERIA, evidence.id) ?? ctx.loaders.manyBy(EvidenceLink, 'evidenceId').load(evidence.id)
    );
  }

  @FieldResolver(() => [CriterionRating], { description: 'Criterion ratings that cite the item.' })
  async citedIn(@Root() evidence: Evidence, @Ctx() ctx: HubContext) {
    const rows = await ctx.loaders.manyBy(RatingEvidence, 'evidenceId', ['ratingId']).load(evidence.id);
    return loadExisting(
      ctx.loaders.byId(CriterionRating),
      rows.map((r) => r.ratingId),
    );
  }
}

/** The two ends of an evidence ↔ criterion link. */
@Resolver(() => EvidenceLink)
export class EvidenceLinkResolver {
  @FieldResolver(() => Criterion, { description: 'The criterion supported.' })
  criterion(@Root() link: EvidenceLink, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Criterion).load(link.criterionId);
  }

  @FieldResolver(() => Evidence, { description: 'The supporting evidence item.' })
  evidence(@Root() link: EvidenceLink, @Ctx() ctx: HubContext) {
    return ctx.loaders.byId(Evidence).load(link.evidenceId);
  }
}

/** `Yot.evidence`: the evidence a YOT holds. */
@Resolver(() => Yot)
export class YotEvidenceResolver {
  @FieldResolver(() => EvidenceConnection, {
    description: 'Evidence the YOT holds, filtered and ordered; a cursor connection.',
  })
  evidence(
    @Root() yot: Yot,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => EvidenceFilter, { nullable: true, description: 'Conditions the items must meet.' })
    filter?: EvidenceFilter,
    @Arg('orderBy', () => [EvidenceOrder], {
      nullable: true,
      description: 'Ordering terms (default: newest first by `occurredOn`).',
    })
    orderBy?: EvidenceOrder[],
  ) {
    return pageFor(ctx, info, { kind: 'yot' }, yot.id, filter, orderBy, args);
  }
}

/** `Agency.evidenceProvided`: the evidence an agency provided, across YOTs. */
@Resolver(() => Agency)
export class AgencyEvidenceResolver {
  @FieldResolver(() => EvidenceConnection, {
    description: 'Evidence the agency provided, across YOTs; a cursor connection.',
  })
  evidenceProvided(
    @Root() agency: Agency,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => EvidenceFilter, { nullable: true, description: 'Conditions the items must meet.' })
    filter?: EvidenceFilter,
    @Arg('orderBy', () => [EvidenceOrder], {
      nullable: true,
      description: 'Ordering terms (default: newest first by `occurredOn`).',
    })
    orderBy?: EvidenceOrder[],
  ) {
    return pageFor(ctx, info, { kind: 'provider' }, agency.id, filter, orderBy, args);
  }
}

/** `Criterion.evidence(yotCode:)`: the assessor's trail from a criterion to its evidence. */
@Resolver(() => Criterion)
export class CriterionEvidenceResolver {
  @FieldResolver(() => EvidenceConnection, {
    description: 'Evidence linked to this criterion, in one YOT when `yotCode` is given; a cursor connection.',
  })
  async evidence(
    @Root() criterion: Criterion,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('yotCode', () => String, {
      nullable: true,
      description: 'ONS code of the YOT whose evidence to list; all YOTs when omitted.',
    })
    yotCode?: string,
    @Arg('filter', () => EvidenceFilter, { nullable: true, description: 'Conditions the items must meet.' })
    filter?: EvidenceFilter,
    @Arg('orderBy', () => [EvidenceOrder], {
      nullable: true,
      description: 'Ordering terms (default: newest first by `occurredOn`).',
    })
    orderBy?: EvidenceOrder[],
  ) {
    const yotId = yotCode ? await YotService.idForCode(ctx, normaliseYotCode(yotCode)) : undefined;
    return pageFor(ctx, info, { kind: 'criterion', yotId }, criterion.id, filter, orderBy, args);
  }
}
