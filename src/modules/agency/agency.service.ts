import { containsPattern, dialectOf } from '../../db/dialect';
import { ConnectionArgs, Page, paginate, SortDirection, sortKeys } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { Agency } from './agency.entity';
import { AgencyFilter, AgencyOrder, AgencyOrderField } from './agency.inputs';

const SORT_FIELDS = {
  [AgencyOrderField.NAME]: { expr: 'agency.name', read: (a: Agency) => a.name },
  [AgencyOrderField.TYPE]: { expr: 'agency.type', read: (a: Agency) => a.type },
};

/** Reads of partner agencies. */
export class AgencyService {
  /** One page of agencies matching `filter`, ordered by `orderBy` (default: name). */
  static list(ctx: HubContext, filter: AgencyFilter | undefined, orderBy: AgencyOrder[] | undefined, args: ConnectionArgs): Promise<Page<Agency>> {
    const dialect = dialectOf(ctx.db);
    const qb = ctx.db.getRepository(Agency).createQueryBuilder('agency');
    if (filter?.types) qb.andWhere(dialect.inList('agency.type', 'types'), { types: dialect.listParam(filter.types) });
    if (filter?.nameContains) qb.andWhere(dialect.containsInsensitive('agency.name', 'nameContains'), { nameContains: containsPattern(filter.nameContains) });
    if (filter?.partnerOfYotCodes) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM partnership p JOIN yot y ON y.id = p."yotId" WHERE p."agencyId" = agency.id AND ${dialect.inList('y.code', 'partnerOf')})`,
        { partnerOf: dialect.listParam(filter.partnerOfYotCodes) },
      );
    }
    const keys = sortKeys(orderBy, SORT_FIELDS, 'agency', [{ field: AgencyOrderField.NAME, direction: SortDirection.ASC }]);
    return paginate(qb, keys, args);
  }
}
