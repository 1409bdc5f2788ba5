import { SelectQueryBuilder } from 'typeorm';
import { dialectOf } from '../../db/dialect';
import {
  buildPage,
  ConnectionArgs,
  Page,
  pageWindow,
  paginate,
  SortDirection,
  SortKey,
} from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { BadUserInputError } from '../../graphql/errors';
import { encodeGlobalId } from '../../graphql/relay';
import { AuditEvent } from '../audit/audit-event.entity';
import { visibleYotsCondition } from '../auth/scope';
import { YotService } from '../yot/yot.service';
import { actionsFor, ChangeKind, FEED_ACTIONS, feedAction, kindOf, START_ASSESSMENT_KINDS } from './change-kind';
import { Change, ChangeFilter } from './change.types';

/**
 * The YOT an audit event concerns, as SQL on the events aliased `event`: looked up through the changed object
 * (a rating through its assessment). Null for events that concern no YOT.
 */
const YOT_OF_EVENT = `(CASE event."entityType"
  WHEN 'Evidence' THEN (SELECT s."yotId" FROM evidence s WHERE s.id = event."entityKey")
  WHEN 'Assessment' THEN (SELECT s."yotId" FROM assessment s WHERE s.id = event."entityKey")
  WHEN 'CriterionRating' THEN (SELECT a."yotId" FROM criterion_rating s JOIN assessment a ON a.id = s."assessmentId" WHERE s.id = event."entityKey")
  WHEN 'InformationSharingAgreement' THEN (SELECT s."yotId" FROM information_sharing_agreement s WHERE s.id = event."entityKey")
  WHEN 'Partnership' THEN (SELECT s."yotId" FROM partnership s WHERE s.id = event."entityKey")
  WHEN 'StaffPlacement' THEN (SELECT s."yotId" FROM staff_placement s WHERE s.id = event."entityKey")
  WHEN 'PartnerAbsence' THEN (SELECT s."yotId" FROM partner_absence s WHERE s.id = event."entityKey")
  WHEN 'SelfAssessment' THEN (SELECT s."yotId" FROM self_assessment s WHERE s.id = event."entityKey")
  WHEN 'ActionPlanItem' THEN (SELECT s."yotId" FROM action_plan_item s WHERE s.id = event."entityKey")
  WHEN 'Board' THEN (SELECT s."yotId" FROM board s WHERE s.id = event."entityKey")
  WHEN 'BoardMember' THEN (SELECT s."yotId" FROM board_member s WHERE s.id = event."entityKey")
  WHEN 'BoardMeeting' THEN (SELECT s."yotId" FROM board_meeting s WHERE s.id = event."entityKey")
  WHEN 'Yot' THEN event."entityKey"
END)`;

/** Feed order: commit order, which the audit event's id is. */
const FEED_ORDER: SortKey<AuditEvent>[] = [
  { expr: 'event.id', direction: SortDirection.ASC, type: 'int', read: (e) => e.id },
];

/** Longest list a feed filter takes (kinds are few; YOT codes are at most the YOTs of England and Wales). */
const MAX_FILTER_CODES = 200;

/** Reads the change feed: audit events that concern a YOT, scoped exactly like the YOT's own rows. */
export class FeedService {
  /** One page of the feed, oldest first, resumable from any entry's cursor. */
  static async changes(
    ctx: HubContext,
    args: ConnectionArgs,
    filter: ChangeFilter | null | undefined,
  ): Promise<Page<Change>> {
    const qb = await FeedService.query(ctx, filter);
    return FeedService.toChanges(ctx, await paginate(qb, FEED_ORDER, args));
  }

  /**
   * Up to `limit` entries after the event with key `afterKey`, for subscriptions. Each call scopes afresh, so a
   * partnership ended since the last call hides that YOT's later changes from a PARTNER at once.
   */
  static async since(
    ctx: HubContext,
    afterKey: number,
    limit: number,
    filter: ChangeFilter | null | undefined,
  ): Promise<Change[]> {
    const qb = await FeedService.query(ctx, filter);
    const rows = await qb
      .andWhere('event.id > :afterKey', { afterKey })
      .orderBy('event.id', 'ASC')
      .limit(limit)
      .getMany();
    const page = buildPage(
      rows,
      FEED_ORDER,
      pageWindow({ first: limit }, FEED_ORDER as SortKey<never>[]),
      async () => rows.length,
    );
    return (await FeedService.toChanges(ctx, page)).nodes;
  }

  /** The key of the newest audit event (0 when there is none): where a subscription without `after` starts. */
  static async latestKey(ctx: HubContext): Promise<number> {
    const row = await ctx.db
      .getRepository(AuditEvent)
      .createQueryBuilder('event')
      .select('MAX(event.id)', 'max')
      .getRawOne<{ max: number | string | null }>();
    return Number(row?.max ?? 0);
  }

  /** Refuses a filter now (an unknown or hidden YOT code), as `changes` would, without reading the feed. */
  static async checkFilter(ctx: HubContext, filter: ChangeFilter | null | undefined): Promise<void> {
    await FeedService.query(ctx, filter);
  }

  /** The event key a feed cursor points at (BAD_USER_INPUT naming `field` when it is not a feed cursor). */
  static keyOfCursor(cursor: string): number {
    const window = pageWindow({ after: cursor }, FEED_ORDER);
    return window.after![0] as number;
  }

  /** The feed's events, filtered and limited to the YOTs the caller may see; child-level events never appear. */
  private static async query(
    ctx: HubContext,
    filter: ChangeFilter | null | undefined,
  ): Promise<SelectQueryBuilder<AuditEvent>> {
    const dialect = dialectOf(ctx.db);
    const qb = ctx.db.getRepository(AuditEvent).createQueryBuilder('event');
    const kinds = filter?.kinds?.length ? filter.kinds : Object.values(ChangeKind);
    const actions = actionsFor(kinds).filter((a) => a !== 'startAssessment');
    const startTypes = Object.entries(START_ASSESSMENT_KINDS)
      .filter(([, kind]) => kinds.includes(kind))
      .map(([type]) => type);
    const byKind = [dialect.inList('event.action', 'feedActions')];
    if (startTypes.length)
      byKind.push(`(event.action = 'startAssessment' AND ${dialect.inList('event.entityType', 'feedStartTypes')})`);
    qb.where(`(${byKind.join(' OR ')})`, {
      feedActions: dialect.listParam(actions),
      feedStartTypes: dialect.listParam(startTypes),
    });
    if (filter?.affectsCoverage != null) {
      const matching = Object.entries(FEED_ACTIONS)
        .filter(([, v]) => v.affectsCoverage === filter.affectsCoverage)
        .map(([a]) => a);
      // Starting an assessment changes no coverage view.
      if (!filter.affectsCoverage) matching.push('startAssessment');
      qb.andWhere(dialect.inList('event.action', 'feedCoverageActions'), {
        feedCoverageActions: dialect.listParam(matching),
      });
    }
    qb.andWhere(`${YOT_OF_EVENT} IS NOT NULL`);
    if (filter?.yotCodes) {
      if (filter.yotCodes.length > MAX_FILTER_CODES)
        throw new BadUserInputError(`filter.yotCodes takes at most ${MAX_FILTER_CODES} codes.`, 'filter.yotCodes');
      const ids = await Promise.all(filter.yotCodes.map((code) => YotService.idForCode(ctx, code)));
      qb.andWhere(dialect.inList(YOT_OF_EVENT, 'feedYots'), { feedYots: dialect.listParam(ids) });
    }
    const scope = await visibleYotsCondition(ctx, YOT_OF_EVENT, 'feedVisibleYots');
    if (scope) qb.andWhere(scope.sql, scope.params);
    return qb;
  }

  /** Turns a page of audit events into feed entries: one statement for their YOTs, whatever the page size. */
  private static async toChanges(ctx: HubContext, page: Page<AuditEvent>): Promise<Page<Change>> {
    const keys = page.nodes.map((e) => e.id);
    const yots = new Map<number, { yot: number; code: string }>();
    if (keys.length) {
      const dialect = dialectOf(ctx.db);
      const rows = await ctx.db
        .getRepository(AuditEvent)
        .createQueryBuilder('event')
        .select('event.id', 'id')
        .addSelect('yot.id', 'yot')
        .addSelect('yot.code', 'code')
        .innerJoin('yot', 'yot', `yot.id = ${YOT_OF_EVENT}`)
        .where(dialect.inList('event.id', 'feedKeys'), { feedKeys: dialect.listParam(keys) })
        .getRawMany<{ id: number | string; yot: number | string; code: string }>();
      for (const r of rows) yots.set(Number(r.id), { yot: Number(r.yot), code: r.code });
    }
    const cursors = new Map(page.edges.map((e) => [e.node.id, e.cursor]));
    return page.map((event) => {
      const yot = yots.get(event.id);
      return Object.assign(new Change(), {
        eventKey: event.id,
        id: encodeGlobalId('Change', event.id),
        cursor: cursors.get(event.id)!,
        kind: kindOf(event.action, event.entityType)!,
        action: event.action,
        at: event.at,
        yotKey: yot?.yot ?? 0,
        yotCode: yot?.code ?? '',
        subjectType: event.entityType,
        subjectId: encodeGlobalId(event.entityType, event.entityKey),
        affectsCoverage: feedAction(event.action)?.affectsCoverage ?? false,
      });
    });
  }
}
