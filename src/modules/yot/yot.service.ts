import { Brackets } from 'typeorm';
import { Page, ConnectionArgs, paginate, SortDirection, sortKeys } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { containsPattern, dialectOf } from '../../db/dialect';
import { NotFoundError } from '../../graphql/errors';
import { Yot } from './yot.entity';
import { YotFilter, YotOrder, YotOrderField } from './yot.inputs';

const SORT_FIELDS = {
  [YotOrderField.NAME]: { expr: 'yot.name', read: (y: Yot) => y.name },
  [YotOrderField.CODE]: { expr: 'yot.code', read: (y: Yot) => y.code },
  [YotOrderField.REGION]: { expr: 'yot.region', read: (y: Yot) => y.region },
};

/** Reads of YOTs: the filtered, ordered `yots` connection and lookups by ONS code. */
export class YotService {
  /** One page of YOTs matching `filter`, ordered by `orderBy` (default: name). */
  static list(ctx: HubContext, filter: YotFilter | undefined, orderBy: YotOrder[] | undefined, args: ConnectionArgs): Promise<Page<Yot>> {
    const dialect = dialectOf(ctx.db);
    const qb = ctx.db.getRepository(Yot).createQueryBuilder('yot');
    if (filter?.codes) qb.andWhere(dialect.inList('yot.code', 'codes'), { codes: dialect.listParam(filter.codes) });
    if (filter?.regions) qb.andWhere(dialect.inList('yot.region', 'regions'), { regions: dialect.listParam(filter.regions) });
    if (filter?.nation) qb.andWhere('yot.nation = :nation', { nation: filter.nation });
    if (filter?.nameContains) qb.andWhere(dialect.containsInsensitive('yot.name', 'nameContains'), { nameContains: containsPattern(filter.nameContains) });
    const activeWith = (type: string) =>
      `SELECT 1 FROM partnership p JOIN agency a ON a.id = p."agencyId" WHERE p."yotId" = yot.id AND p.status = 'ACTIVE' AND a.type = :${type}`;
    if (filter?.hasActivePartnershipWith) {
      qb.andWhere(new Brackets((w) => w.where(`EXISTS (${activeWith('hasType')})`)), { hasType: filter.hasActivePartnershipWith });
    }
    if (filter?.lacksActivePartnershipWith) {
      qb.andWhere(new Brackets((w) => w.where(`NOT EXISTS (${activeWith('lacksType')})`)), { lacksType: filter.lacksActivePartnershipWith });
    }
    const keys = sortKeys(orderBy, SORT_FIELDS, 'yot', [{ field: YotOrderField.NAME, direction: SortDirection.ASC }]);
    return paginate(qb, keys, args);
  }

  /** The YOT with ONS code `code`, or NOT_FOUND. */
  static async byCode(ctx: HubContext, code: string): Promise<Yot> {
    const yot = await ctx.db.getRepository(Yot).findOne({ where: { code } });
    if (!yot) throw new NotFoundError('YOT', code);
    return yot;
  }

  /**
   * The id of the YOT with ONS code `code`, or NOT_FOUND; used by other areas' `yotCode` arguments.
   * Batched per request, so a `yotCode` argument repeated on many nested fields costs one statement.
   */
  static async idForCode(ctx: HubContext, code: string): Promise<number> {
    const dialect = dialectOf(ctx.db);
    const yot = await ctx.loaders
      .custom<string, Yot | undefined>('yotByCode', async (codes) => {
        const rows = await ctx.db
          .getRepository(Yot)
          .createQueryBuilder('yot')
          .where(dialect.inList('yot.code', 'codes'), { codes: dialect.listParam(codes) })
          .getMany();
        return codes.map((c) => rows.find((r) => r.code === c));
      })
      .load(code);
    if (!yot) throw new NotFoundError('YOT', code);
    return yot.id;
  }
}
