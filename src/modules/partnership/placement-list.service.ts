import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { dialectOf } from '../../db/dialect';
import { runningOnSql } from '../../domain/rules';
import { ConnectionArgs, Page, paginate, SortDirection, sortKeys } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { dateRangeSql } from '../../graphql/date-range';
import { decodeGlobalId } from '../../graphql/relay';
import { PlacementAggregateFilter } from '../aggregate/aggregate.filters';
import { visibleYotsCondition } from '../auth/scope';
import { canonicalRegions } from '../yot/regions';
import { normaliseYotCode } from '../yot/yot-code';
import { PlacementOrder, PlacementOrderField } from './placement-list.inputs';
import { StaffPlacement } from './staff-placement.entity';

/** The root `placements` list: every staff placement in the YOTs the caller may see, filtered and ordered. */
export class PlacementListService {
  static async list(
    ctx: HubContext,
    filter: PlacementAggregateFilter | undefined,
    orderBy: PlacementOrder[] | undefined,
    asOf: string,
    args: ConnectionArgs,
  ): Promise<Page<StaffPlacement>> {
    const qb = placementQuery(ctx, asOf);
    await applyPlacementFilter(ctx, qb, filter);
    const fields = {
      [PlacementOrderField.STARTED_ON]: {
        expr: 's.startedOn',
        nullable: true,
        type: 'date' as const,
        read: (s: StaffPlacement) => s.startedOn,
      },
      [PlacementOrderField.ENDED_ON]: {
        expr: 's.endedOn',
        nullable: true,
        type: 'date' as const,
        read: (s: StaffPlacement) => s.endedOn,
      },
      [PlacementOrderField.FTE]: {
        expr: 's.fte',
        nullable: true,
        type: 'number' as const,
        read: (s: StaffPlacement) => s.fte,
      },
    };
    return paginate(
      qb,
      sortKeys(orderBy, fields, 's', [{ field: PlacementOrderField.STARTED_ON, direction: SortDirection.DESC }]),
      args,
    );
  }
}

/** Placements `s` joined to their YOT `y` and, when the employer is named, partnership `p` and agency `a`. */
export function placementQuery(ctx: HubContext, asOf: string): SelectQueryBuilder<StaffPlacement> {
  return ctx.db
    .getRepository(StaffPlacement)
    .createQueryBuilder('s')
    .innerJoin('yot', 'y', 'y.id = s."yotId"')
    .leftJoin('partnership', 'p', 'p.id = s."partnershipId"')
    .leftJoin('agency', 'a', 'a.id = p."agencyId"')
    .setParameters({ asOf });
}

/**
 * The caller's scope and a placement filter on `placementQuery` (`:asOf` bound); the list and
 * `placementAggregate` share it, so their counts agree.
 */
export async function applyPlacementFilter<T extends ObjectLiteral>(
  ctx: HubContext,
  qb: SelectQueryBuilder<T>,
  filter: PlacementAggregateFilter | undefined | null,
): Promise<void> {
  const dialect = dialectOf(ctx.db);
  const scope = await visibleYotsCondition(ctx, 'y.id', 'sScope');
  if (scope) qb.andWhere(scope.sql, scope.params);
  const inList = (expr: string, param: string, values: readonly (string | number)[] | null | undefined) => {
    if (values)
      qb.andWhere(new Brackets((w) => w.where(dialect.inList(expr, param), { [param]: dialect.listParam(values) })));
  };
  inList('y.code', 'sCodes', filter?.yotCodes?.map(normaliseYotCode));
  inList('y.region', 'sRegions', await canonicalRegions(ctx, filter?.regions, 'filter.regions'));
  inList('y.nation', 'sNations', filter?.nations);
  inList('s.role', 'sRoles', filter?.roles);
  inList('s.arrangement', 'sArrangements', filter?.arrangements);
  inList('a.type', 'sAgencyTypes', filter?.agencyTypes);
  inList(
    'a.id',
    'sAgencyIds',
    filter?.agencyIds?.map((id) => decodeGlobalId(id, 'Agency', 'filter.agencyIds').key),
  );
  if (filter?.running != null) qb.andWhere(filter.running ? runningOnSql('s') : `NOT ${runningOnSql('s')}`);
  for (const range of [
    filter?.startedOn ? dateRangeSql('s."startedOn"', filter.startedOn, 'sStarted', 'filter.startedOn') : null,
    filter?.endedOn ? dateRangeSql('s."endedOn"', filter.endedOn, 'sEnded', 'filter.endedOn') : null,
  ]) {
    if (range) qb.andWhere(range.sql, range.params);
  }
}
