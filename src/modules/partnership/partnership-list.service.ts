import { Brackets, SelectQueryBuilder } from 'typeorm';
import { dialectOf } from '../../db/dialect';
import { activePartnershipSql } from '../../domain/rules';
import { ConnectionArgs, Page, paginate, SortDirection, sortKeys } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { dateRangeSql } from '../../graphql/date-range';
import { visibleYotsCondition } from '../auth/scope';
import { PartnershipAggregateFilter } from '../aggregate/aggregate.filters';
import { canonicalRegions } from '../yot/regions';
import { Partnership } from './partnership.entity';
import { PartnershipOrder, PartnershipOrderField } from './partnership-list.inputs';
import { normaliseYotCode } from '../yot/yot-code';

/** The root `partnerships` list: every partnership of the YOTs the caller may see, filtered and ordered. */
export class PartnershipListService {
  static async list(
    ctx: HubContext,
    filter: PartnershipAggregateFilter | undefined,
    orderBy: PartnershipOrder[] | undefined,
    asOf: string,
    args: ConnectionArgs,
  ): Promise<Page<Partnership>> {
    const qb = ctx.db
      .getRepository(Partnership)
      .createQueryBuilder('p')
      .innerJoin('yot', 'y', 'y.id = p."yotId"')
      .innerJoin('agency', 'a', 'a.id = p."agencyId"')
      .setParameters({ asOf });
    await applyPartnershipFilter(ctx, qb, filter);
    const fields = {
      [PartnershipOrderField.STARTED_ON]: {
        expr: 'p.startedOn',
        nullable: true,
        type: 'date' as const,
        read: (p: Partnership) => p.startedOn,
      },
      [PartnershipOrderField.ENDED_ON]: {
        expr: 'p.endedOn',
        nullable: true,
        type: 'date' as const,
        read: (p: Partnership) => p.endedOn,
      },
    };
    return paginate(
      qb,
      sortKeys(orderBy, fields, 'p', [{ field: PartnershipOrderField.STARTED_ON, direction: SortDirection.DESC }]),
      args,
    );
  }
}

/**
 * The caller's scope and a partnership filter on a query over partnership `p` joined to its YOT `y` and agency
 * `a` (`:asOf` bound); the list and the aggregate share it.
 */
export async function applyPartnershipFilter(
  ctx: HubContext,
  qb: SelectQueryBuilder<Partnership>,
  filter: PartnershipAggregateFilter | undefined | null,
): Promise<void> {
  const dialect = dialectOf(ctx.db);
  const scope = await visibleYotsCondition(ctx, 'y.id', 'pScope');
  if (scope) qb.andWhere(scope.sql, scope.params);
  const inList = (expr: string, param: string, values: readonly string[] | null | undefined) => {
    if (values)
      qb.andWhere(new Brackets((w) => w.where(dialect.inList(expr, param), { [param]: dialect.listParam(values) })));
  };
  inList('y.code', 'pCodes', filter?.yotCodes?.map(normaliseYotCode));
  inList('y.region', 'pRegions', await canonicalRegions(ctx, filter?.regions, 'filter.regions'));
  inList('y.nation', 'pNations', filter?.nations);
  inList('a.type', 'pTypes', filter?.agencyTypes);
  inList('p.status', 'pStatuses', filter?.statuses);
  if (filter?.statutory != null) qb.andWhere('p.statutory = :pStatutory', { pStatutory: filter.statutory });
  if (filter?.active != null)
    qb.andWhere(filter.active ? activePartnershipSql('p', 'a') : `NOT ${activePartnershipSql('p', 'a')}`);
  for (const range of [
    filter?.startedOn ? dateRangeSql('p."startedOn"', filter.startedOn, 'pStarted', 'filter.startedOn') : null,
    filter?.endedOn ? dateRangeSql('p."endedOn"', filter.endedOn, 'pEnded', 'filter.endedOn') : null,
  ]) {
    if (range) qb.andWhere(range.sql, range.params);
  }
}
