import { dialectOf } from '../../db/dialect';
import { ConnectionArgs, Page, paginate, SortDirection, sortKeys } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { decodeGlobalId } from '../../graphql/relay';
import { dateRangeSql } from '../../graphql/date-range';
import { canonicalRegions } from '../yot/regions';
import { Assessment } from './assessment.entity';
import { AssessmentFilter, AssessmentOrder, AssessmentOrderField } from './assessment.inputs';
import { scopeToVisibleYots } from '../auth/scope';

const SORT_FIELDS = {
  [AssessmentOrderField.DECIDED_ON]: {
    expr: 'assessment.decidedOn',
    nullable: true,
    type: 'date' as const,
    read: (a: Assessment) => a.decidedOn,
  },
  [AssessmentOrderField.VALID_UNTIL]: {
    expr: 'assessment.validUntil',
    nullable: true,
    type: 'date' as const,
    read: (a: Assessment) => a.validUntil,
  },
};

/** Reads of award assessments. */
export class AssessmentService {
  /** One page of assessments matching `filter` (default: most recently decided first). */
  static async list(
    ctx: HubContext,
    filter: AssessmentFilter | undefined,
    orderBy: AssessmentOrder[] | undefined,
    args: ConnectionArgs,
  ): Promise<Page<Assessment>> {
    const dialect = dialectOf(ctx.db);
    const qb = ctx.db.getRepository(Assessment).createQueryBuilder('assessment');
    if (filter?.yotIds) {
      const ids = filter.yotIds.map((id) => decodeGlobalId(id, 'Yot', 'filter.yotIds').key);
      qb.andWhere(dialect.inList('assessment.yotId', 'yotIds'), { yotIds: dialect.listParam(ids) });
    }
    if (filter?.yotCodes) {
      qb.andWhere(`assessment.yotId IN (SELECT y.id FROM yot y WHERE ${dialect.inList('y.code', 'yotCodes')})`, {
        yotCodes: dialect.listParam(filter.yotCodes),
      });
    }
    if (filter?.levels)
      qb.andWhere(dialect.inList('assessment.level', 'levels'), { levels: dialect.listParam(filter.levels) });
    if (filter?.statuses)
      qb.andWhere(dialect.inList('assessment.status', 'statuses'), { statuses: dialect.listParam(filter.statuses) });
    if (filter?.kinds)
      qb.andWhere(dialect.inList('assessment.kind', 'kinds'), { kinds: dialect.listParam(filter.kinds) });
    const regions = await canonicalRegions(ctx, filter?.regions, 'filter.regions');
    if (regions)
      qb.andWhere(`assessment.yotId IN (SELECT y.id FROM yot y WHERE ${dialect.inList('y.region', 'regions')})`, {
        regions: dialect.listParam(regions),
      });
    for (const range of [
      filter?.decidedOn ? dateRangeSql('assessment.decidedOn', filter.decidedOn, 'fDecided', 'filter.decidedOn') : null,
      filter?.validUntil
        ? dateRangeSql('assessment.validUntil', filter.validUntil, 'fValid', 'filter.validUntil')
        : null,
    ]) {
      if (range) qb.andWhere(range.sql, range.params);
    }
    await scopeToVisibleYots(ctx, qb, 'assessment.yotId');
    const keys = sortKeys(orderBy, SORT_FIELDS, 'assessment', [
      { field: AssessmentOrderField.DECIDED_ON, direction: SortDirection.DESC },
    ]);
    return paginate(qb, keys, args);
  }
}
