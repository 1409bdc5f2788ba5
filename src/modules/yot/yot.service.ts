import { Brackets } from 'typeorm';
import { Page, ConnectionArgs, paginate, SortDirection, sortKeys } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { containsPattern, dialectOf } from '../../db/dialect';
import { ConflictError, BadUserInputError, NotFoundError } from '../../graphql/errors';
import { findById, given, updateVersioned } from '../../graphql/records';
import { AuditService } from '../audit/audit.service';
import { activePartnershipSql } from '../../domain/rules';
import { todayIso } from '../../graphql/scalars';
import { Nation } from './yot.enums';
import { Yot } from './yot.entity';
import { setHostAuthorities } from './yot-host.service';
import { CreateYotInput, UpdateYotInput, YotFilter, YotOrder, YotOrderField } from './yot.inputs';
import { requireYotVisible, requireYotWriter, scopeToVisibleYots } from '../auth/scope';

const SORT_FIELDS = {
  [YotOrderField.NAME]: { expr: 'yot.name', read: (y: Yot) => y.name },
  [YotOrderField.CODE]: { expr: 'yot.code', read: (y: Yot) => y.code },
  [YotOrderField.REGION]: { expr: 'yot.region', read: (y: Yot) => y.region },
};

/** Reads of YOTs: the filtered, ordered `yots` connection and lookups by ONS code. */
export class YotService {
  /** One page of YOTs matching `filter`, ordered by `orderBy` (default: name). */
  static async list(ctx: HubContext, filter: YotFilter | undefined, orderBy: YotOrder[] | undefined, args: ConnectionArgs): Promise<Page<Yot>> {
    const dialect = dialectOf(ctx.db);
    const qb = ctx.db.getRepository(Yot).createQueryBuilder('yot');
    if (filter?.codes) qb.andWhere(dialect.inList('yot.code', 'codes'), { codes: dialect.listParam(filter.codes) });
    if (filter?.regions) qb.andWhere(dialect.inList('yot.region', 'regions'), { regions: dialect.listParam(filter.regions) });
    if (filter?.nation) qb.andWhere('yot.nation = :nation', { nation: filter.nation });
    if (filter?.nameContains) qb.andWhere(dialect.containsInsensitive('yot.name', 'nameContains'), { nameContains: containsPattern(filter.nameContains, 'filter.nameContains') });
    // The active-partnership rule of every view, judged today: running, not ended, and the partner body not ceased.
    const activeWith = (type: string) =>
      `SELECT 1 FROM partnership p JOIN agency a ON a.id = p."agencyId" WHERE p."yotId" = yot.id AND a.type = :${type} AND ${activePartnershipSql('p', 'a')}`;
    if (filter?.hasActivePartnershipWith) {
      qb.andWhere(new Brackets((w) => w.where(`EXISTS (${activeWith('hasType')})`)), { hasType: filter.hasActivePartnershipWith, asOf: todayIso() });
    }
    if (filter?.lacksActivePartnershipWith) {
      qb.andWhere(new Brackets((w) => w.where(`NOT EXISTS (${activeWith('lacksType')})`)), { lacksType: filter.lacksActivePartnershipWith, asOf: todayIso() });
    }
    const keys = sortKeys(orderBy, SORT_FIELDS, 'yot', [{ field: YotOrderField.NAME, direction: SortDirection.ASC }]);
    await scopeToVisibleYots(ctx, qb, 'yot.id');
    return paginate(qb, keys, args);
  }

  /** The YOT with ONS code `code`, or NOT_FOUND. */
  static async byCode(ctx: HubContext, code: string): Promise<Yot> {
    const yot = await ctx.db.getRepository(Yot).findOne({ where: { code } });
    if (!yot) throw new NotFoundError('YOT', code);
    await requireYotVisible(ctx, yot.id);
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
    await requireYotVisible(ctx, yot.id);
    return yot.id;
  }

  /** Creates a YOT (in the caller's transaction `tx`); the code must be new and agree with the nation. */
  static async create(tx: HubContext, input: CreateYotInput): Promise<Yot> {
    checkNation(input.code, input.nation);
    checkAges(input.minAge, input.maxAge);
    const repo = tx.db.getRepository(Yot);
    if (await repo.existsBy({ code: input.code })) throw new ConflictError(`A YOT with code ${input.code} already exists.`, { field: 'input.code' });
    const { hostAuthorityIds, ...fields } = input;
    const yot = await repo.save(repo.create({ ...fields, description: input.description ?? null, minAge: input.minAge ?? null, maxAge: input.maxAge ?? null, website: input.website ?? null }));
    await AuditService.changed(tx, 'createYot', 'Yot', yot.id, null, yot);
    if (hostAuthorityIds) await setHostAuthorities(tx, yot, hostAuthorityIds, 'input.hostAuthorityIds', 'createYot');
    return yot;
  }

  /** Changes a YOT's details if the caller's `expectedVersion` is current. */
  static async update(tx: HubContext, input: UpdateYotInput): Promise<Yot> {
    const before = await findById(tx, Yot, input.id, 'input.id');
    requireYotWriter(tx, before.id);
    const { id: _id, expectedVersion, hostAuthorityIds, ...fields } = input;
    const changes = given(fields);
    checkAges(changes.minAge ?? before.minAge, changes.maxAge ?? before.maxAge);
    const after = await updateVersioned(tx, Yot, before, expectedVersion, changes);
    await AuditService.changed(tx, 'updateYot', 'Yot', after.id, before, after);
    if (hostAuthorityIds) await setHostAuthorities(tx, after, hostAuthorityIds, 'input.hostAuthorityIds', 'updateYot');
    return after;
  }
}

function checkNation(code: string, nation: Nation): void {
  const expected = code.startsWith('W') ? Nation.WALES : Nation.ENGLAND;
  if (nation !== expected) throw new BadUserInputError(`A code starting ${code[0]} belongs to ${expected}, not ${nation}.`, 'input.nation');
}

function checkAges(min: number | null | undefined, max: number | null | undefined): void {
  if (min != null && max != null && max < min) throw new BadUserInputError(`maxAge (${max}) must not be below minAge (${min}).`, 'input.maxAge');
}
