import { SelectQueryBuilder } from 'typeorm';
import { containsPattern, Dialect, dialectOf } from '../../db/dialect';
import {
  ConnectionArgs,
  Page,
  paginate,
  paginateGroups,
  SortDirection,
  SortKey,
  sortKeys,
} from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import type { PlannedNodes } from '../../graphql/planned-reads';
import { loadExisting } from '../../graphql/loaders';
import { decodeGlobalId } from '../../graphql/relay';
import { isoDateOrToday, toIsoDate } from '../../graphql/scalars';
import { dateRangeSql, timestampRangeSql } from '../../graphql/date-range';
import { countableEvidenceSql } from '../../domain/rules';
import { EvidenceLink } from './evidence-link.entity';
import { Evidence } from './evidence.entity';
import { EvidenceFilter, EvidenceOrder, EvidenceOrderField } from './evidence.inputs';
import { scopeToVisibleYots, visibleYotsCondition } from '../auth/scope';

const NEWEST_FIRST = [{ field: EvidenceOrderField.OCCURRED_ON, direction: SortDirection.DESC }];

/** Reads of evidence: the root connection and the nested ones (per YOT, per criterion, per provider). */
export class EvidenceService {
  /** One page of evidence matching `filter` (default order: newest first, undated last). */
  static async list(
    ctx: HubContext,
    filter: EvidenceFilter | undefined,
    orderBy: EvidenceOrder[] | undefined,
    args: ConnectionArgs,
  ): Promise<Page<Evidence>> {
    const qb = ctx.db.getRepository(Evidence).createQueryBuilder('evidence');
    await scopeToVisibleYots(ctx, qb, 'evidence.yotId');
    return paginate(qb, keysFor(ctx, orderBy, filter), args, (q) => applyFilter(q, filter, dialectOf(ctx.db)));
  }

  /**
   * A statement counting the evidence the caller may see of the YOT whose id is the SQL `yotKey` (a column of an
   * enclosing statement), with its parameters: `Yot.evidence { totalCount }` inside a planned page of YOTs.
   */
  static async countOfYot(ctx: HubContext, yotKey: string): Promise<{ sql: string; params: Record<string, unknown> }> {
    const qb = ctx.db
      .getRepository(Evidence)
      .createQueryBuilder('counted_evidence')
      .select('COUNT(*)')
      .where(`counted_evidence.yotId = ${yotKey}`);
    await scopeToVisibleYots(ctx, qb, 'counted_evidence.yotId');
    return { sql: qb.getQuery(), params: qb.getParameters() };
  }

  /**
   * A page of evidence for each parent in one statement. `parent` says how evidence relates to the parent:
   * held by a YOT, provided by an agency, or linked to a criterion (optionally within one YOT).
   */
  static async pagesFor(
    ctx: HubContext,
    parent: { kind: 'yot' | 'provider' | 'criterion'; yotId?: number },
    parentIds: readonly number[],
    filter: EvidenceFilter | undefined,
    orderBy: EvidenceOrder[] | undefined,
    args: ConnectionArgs,
    rows = true,
    /** The page's items as planned objects (planned-reads.ts), selected with the ranking; else entities. */
    planned?: PlannedNodes | null,
  ): Promise<Page<Evidence>[]> {
    const dialect = dialectOf(ctx.db);
    const scope = await visibleYotsCondition(ctx, 'evidence.yotId');
    const parentExpr = { yot: 'evidence.yotId', provider: 'evidence.providedById', criterion: 'link.criterionId' }[
      parent.kind
    ];
    const build = () => {
      const qb = ctx.db.getRepository(Evidence).createQueryBuilder('evidence');
      if (parent.kind === 'criterion') qb.innerJoin(EvidenceLink, 'link', 'link.evidenceId = evidence.id');
      qb.where(dialect.inList(parentExpr, 'parents'), { parents: dialect.listParam(parentIds) });
      if (parent.yotId !== undefined) qb.andWhere('evidence.yotId = :parentYot', { parentYot: parent.yotId });
      applyFilter(qb, filter, dialect);
      if (scope) qb.andWhere(scope.sql, scope.params);
      return qb;
    };
    const load = (ids: number[]) => loadExisting(ctx.loaders.byId(Evidence), ids);
    return paginateGroups(build, parentExpr, parentIds, keysFor(ctx, orderBy, filter), args, load, rows, planned);
  }
}

function keysFor(
  ctx: HubContext,
  orderBy: EvidenceOrder[] | undefined,
  filter?: EvidenceFilter | null,
): SortKey<Evidence>[] {
  const dialect = dialectOf(ctx.db);
  // A date range in the filter excludes undated items, so the key cannot be null and late pages can seek on it.
  const dated = Boolean(
    filter?.occurredFrom || filter?.occurredTo || filter?.occurredOn?.from || filter?.occurredOn?.to,
  );
  const fields = {
    [EvidenceOrderField.OCCURRED_ON]: {
      expr: 'evidence.occurredOn',
      nullable: !dated,
      type: 'date' as const,
      read: (e: Evidence) => e.occurredOn,
    },
    [EvidenceOrderField.RECORDED_AT]: {
      expr: 'evidence.recordedAt',
      type: 'timestamp' as const,
      read: (e: Evidence) => dialect.timestampText(e.recordedAt),
    },
    [EvidenceOrderField.TITLE]: { expr: 'evidence.title', read: (e: Evidence) => e.title },
  };
  return sortKeys(orderBy, fields, 'evidence', NEWEST_FIRST);
}

/** Adds the conditions of an `EvidenceFilter` to a query over `evidence`. */
export function applyFilter(
  qb: SelectQueryBuilder<Evidence>,
  filter: EvidenceFilter | undefined | null,
  dialect: Dialect,
): void {
  if (!filter) return;
  const inList = (expr: string, name: string, values: readonly (string | number)[]) =>
    qb.andWhere(dialect.inList(expr, name), { [name]: dialect.listParam(values) });
  if (filter.yotIds)
    inList(
      'evidence.yotId',
      'fYotIds',
      filter.yotIds.map((id) => decodeGlobalId(id, 'Yot', 'filter.yotIds').key),
    );
  if (filter.yotCodes)
    qb.andWhere(`evidence.yotId IN (SELECT y.id FROM yot y WHERE ${dialect.inList('y.code', 'fYotCodes')})`, {
      fYotCodes: dialect.listParam(filter.yotCodes),
    });
  if (filter.providedByIds)
    inList(
      'evidence.providedById',
      'fProviders',
      filter.providedByIds.map((id) => decodeGlobalId(id, 'Agency', 'filter.providedByIds').key),
    );
  if (filter.kinds) inList('evidence.kind', 'fKinds', filter.kinds);
  if (filter.statuses) inList('evidence.status', 'fStatuses', filter.statuses);
  if (filter.reviewStates) inList('evidence.reviewState', 'fReview', filter.reviewStates);
  if (filter.occurredFrom)
    qb.andWhere('evidence.occurredOn >= :fFrom', { fFrom: toIsoDate(filter.occurredFrom, 'filter.occurredFrom') });
  if (filter.occurredTo)
    qb.andWhere('evidence.occurredOn <= :fTo', { fTo: toIsoDate(filter.occurredTo, 'filter.occurredTo') });
  const ranges = [
    dateRangeSql('evidence.occurredOn', filter.occurredOn ?? {}, 'fOccurred', 'filter.occurredOn'),
    dateRangeSql('evidence.expiresOn', filter.expiresOn ?? {}, 'fExpires', 'filter.expiresOn'),
    timestampRangeSql(
      'evidence.recordedAt',
      filter.recordedAt ?? {},
      'fRecorded',
      'filter.recordedAt',
      dialect.timestampText,
    ),
    timestampRangeSql(
      'evidence.reviewedAt',
      filter.reviewedAt ?? {},
      'fReviewed',
      'filter.reviewedAt',
      dialect.timestampText,
    ),
  ];
  for (const range of ranges) if (range) qb.andWhere(range.sql, range.params);
  if (filter.countable != null || filter.currentOn) {
    // The countable-evidence rule, the one criterion coverage counts with (src/domain/rules).
    const asOf = isoDateOrToday(filter.currentOn, 'filter.currentOn');
    const rule = countableEvidenceSql('evidence').replaceAll(':asOf', ':fCurrentOn');
    qb.andWhere(filter.countable === false ? `NOT ${rule}` : rule, { fCurrentOn: asOf });
  }
  if (filter.criterionCodes) {
    qb.andWhere(
      `EXISTS (SELECT 1 FROM evidence_link fl JOIN criterion fc ON fc.id = fl."criterionId" WHERE fl."evidenceId" = evidence.id AND ${dialect.inList('fc.code', 'fCriteria')})`,
      { fCriteria: dialect.listParam(filter.criterionCodes) },
    );
  }
  if (filter.agencyTypes) {
    qb.andWhere(
      `(EXISTS (SELECT 1 FROM agency pa WHERE pa.id = evidence."providedById" AND ${dialect.inList('pa.type', 'fTypes')})` +
        ` OR EXISTS (SELECT 1 FROM evidence_agency ea JOIN agency ia ON ia.id = ea."agencyId" WHERE ea."evidenceId" = evidence.id AND ${dialect.inList('ia.type', 'fTypes')}))`,
      { fTypes: dialect.listParam(filter.agencyTypes) },
    );
  }
  if (filter.search) {
    qb.andWhere(
      `(${dialect.containsInsensitive('evidence.title', 'fSearch')} OR ${dialect.containsInsensitive('evidence.summary', 'fSearch')})`,
      {
        fSearch: containsPattern(filter.search, 'filter.search'),
      },
    );
  }
}
