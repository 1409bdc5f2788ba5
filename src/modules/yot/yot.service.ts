import { Brackets } from 'typeorm';
import { computedValue, Page, ConnectionArgs, paginate, SortDirection, sortKeys } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { containsPattern, dialectOf } from '../../db/dialect';
import { ConflictError, BadUserInputError, NotFoundError } from '../../graphql/errors';
import { findById, given, updateVersioned } from '../../graphql/records';
import { AuditService } from '../audit/audit.service';
import { activePartnershipSql, agreementInForceSql } from '../../domain/rules';
import { decodeGlobalId } from '../../graphql/relay';
import { DEFAULT_FRAMEWORK_CODE, FrameworkService } from '../framework/framework.service';
import { FACTS } from '../coverage/coverage.sql';
import { canonicalRegions } from './regions';
import { isoDateOrToday } from '../../graphql/scalars';
import { Nation } from './yot.enums';
import { Yot } from './yot.entity';
import { setHostAuthorities } from './yot-host.service';
import { CreateYotInput, UpdateYotInput, YotFilter, YotOrder, YotOrderField } from './yot.inputs';
import { requireYotVisible, requireYotWriter, scopeToVisibleYots } from '../auth/scope';
import { normaliseYotCode } from './yot-code';

/**
 * Each YOT's PARTNER coverage on `:asOf` in 1/10000 (expected types in place out of all expected types, as
 * `coverage.ratios` computes it from the same facts), for ordering; null when the framework expects no type.
 */
const PARTNER_COVERAGE_SQL = `WITH scope AS (SELECT id FROM yot), ${FACTS}
  SELECT yot_id, CASE WHEN expected > 0 THEN (10000 * in_place) / expected END AS per_10000 FROM totals`;

/** Reads of YOTs: the filtered, ordered `yots` connection and lookups by ONS code. */
export class YotService {
  /** One page of YOTs matching `filter`, ordered by `orderBy` (default: name). */
  static async list(ctx: HubContext, filter: YotFilter | undefined, orderBy: YotOrder[] | undefined, args: ConnectionArgs): Promise<Page<Yot>> {
    const dialect = dialectOf(ctx.db);
    const qb = ctx.db.getRepository(Yot).createQueryBuilder('yot');
    const asOf = isoDateOrToday(filter?.asOf, 'filter.asOf');
    qb.setParameters({ asOf });
    const regions = await canonicalRegions(ctx, filter?.regions, 'filter.regions');
    if (filter?.codes) qb.andWhere(dialect.inList('yot.code', 'codes'), { codes: dialect.listParam(filter.codes.map(normaliseYotCode)) });
    if (regions) qb.andWhere(dialect.inList('yot.region', 'regions'), { regions: dialect.listParam(regions) });
    if (filter?.nation) qb.andWhere('yot.nation = :nation', { nation: filter.nation });
    if (filter?.nations) qb.andWhere(dialect.inList('yot.nation', 'nations'), { nations: dialect.listParam(filter.nations) });
    if (filter?.nameContains) qb.andWhere(dialect.containsInsensitive('yot.name', 'nameContains'), { nameContains: containsPattern(filter.nameContains, 'filter.nameContains') });
    // The active-partnership rule of every view, judged on `asOf`: running, not ended, and the partner body not ceased.
    const activeWith = (type: string) =>
      `SELECT 1 FROM partnership p JOIN agency a ON a.id = p."agencyId" WHERE p."yotId" = yot.id AND a.type = :${type} AND ${activePartnershipSql('p', 'a')}`;
    if (filter?.hasActivePartnershipWith) {
      qb.andWhere(new Brackets((w) => w.where(`EXISTS (${activeWith('hasType')})`)), { hasType: filter.hasActivePartnershipWith });
    }
    if (filter?.lacksActivePartnershipWith) {
      qb.andWhere(new Brackets((w) => w.where(`NOT EXISTS (${activeWith('lacksType')})`)), { lacksType: filter.lacksActivePartnershipWith });
    }
    // The agreement-in-force rule, with a party of one of the given types.
    const agreedWith = (param: string) =>
      `SELECT 1 FROM information_sharing_agreement i JOIN agreement_party ap ON ap."agreementId" = i.id JOIN agency a ON a.id = ap."agencyId"
       WHERE i."yotId" = yot.id AND ${agreementInForceSql('i')} AND ${dialect.inList('a.type', param)}`;
    if (filter?.hasAgreementInForceWith) qb.andWhere(`EXISTS (${agreedWith('agreedTypes')})`, { agreedTypes: dialect.listParam(filter.hasAgreementInForceWith) });
    if (filter?.lacksAgreementInForceWith) qb.andWhere(`NOT EXISTS (${agreedWith('unagreedTypes')})`, { unagreedTypes: dialect.listParam(filter.lacksAgreementInForceWith) });
    if (filter?.partnerIds) {
      const ids = filter.partnerIds.map((id) => decodeGlobalId(id, 'Agency', 'filter.partnerIds').key);
      qb.andWhere(`EXISTS (SELECT 1 FROM partnership pp WHERE pp."yotId" = yot.id AND ${dialect.inList('pp."agencyId"', 'partnerIds')})`, { partnerIds: dialect.listParam(ids) });
    }
    const sortsByCoverage = orderBy?.some((o) => o.field === YotOrderField.PARTNER_COVERAGE);
    if (sortsByCoverage) {
      const framework = await FrameworkService.find(ctx, DEFAULT_FRAMEWORK_CODE);
      qb.leftJoin(`(${PARTNER_COVERAGE_SQL})`, 'cov', 'cov.yot_id = yot.id').setParameter('framework', framework.id);
    }
    const fields = {
      [YotOrderField.NAME]: { expr: 'yot.name', read: (y: Yot) => y.name },
      [YotOrderField.CODE]: { expr: 'yot.code', read: (y: Yot) => y.code },
      [YotOrderField.REGION]: { expr: 'yot.region', read: (y: Yot) => y.region },
      [YotOrderField.PARTNER_COVERAGE]: { expr: 'cov.per_10000', nullable: true, type: 'int' as const, computedAs: 'partner_coverage', read: (y: Yot) => computedValue(y, 'partner_coverage') },
    };
    const keys = sortKeys(orderBy, fields, 'yot', [{ field: YotOrderField.NAME, direction: SortDirection.ASC }]);
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
  static async create(tx: HubContext, input: CreateYotInput): Promise<{ yot: Yot }> {
    checkNation(input.code, input.nation);
    checkAges(input.minAge, input.maxAge);
    const repo = tx.db.getRepository(Yot);
    if (await repo.existsBy({ code: input.code })) throw new ConflictError(`A YOT with code ${input.code} already exists.`, { field: 'input.code' });
    const { hostAuthorityIds, ...fields } = input;
    const yot = await repo.save(repo.create({ ...fields, description: input.description ?? null, minAge: input.minAge ?? null, maxAge: input.maxAge ?? null, website: input.website ?? null }));
    await AuditService.changed(tx, 'createYot', 'Yot', yot.id, null, yot);
    if (hostAuthorityIds) await setHostAuthorities(tx, yot, hostAuthorityIds, 'input.hostAuthorityIds', 'createYot');
    return { yot: yot };
  }

  /** Changes a YOT's details if the caller's `expectedVersion` is current. */
  static async update(tx: HubContext, input: UpdateYotInput): Promise<{ yot: Yot }> {
    const before = await findById(tx, Yot, input.id, 'input.id');
    requireYotWriter(tx, before.id);
    const { id: _id, expectedVersion, hostAuthorityIds, ...fields } = input;
    const changes = given(fields);
    checkAges(changes.minAge ?? before.minAge, changes.maxAge ?? before.maxAge);
    const after = await updateVersioned(tx, Yot, before, expectedVersion, changes);
    await AuditService.changed(tx, 'updateYot', 'Yot', after.id, before, after);
    if (hostAuthorityIds) await setHostAuthorities(tx, after, hostAuthorityIds, 'input.hostAuthorityIds', 'updateYot');
    return { yot: after };
  }
}

function checkNation(code: string, nation: Nation): void {
  const expected = code.startsWith('W') ? Nation.WALES : Nation.ENGLAND;
  if (nation !== expected) throw new BadUserInputError(`A code starting ${code[0]} belongs to ${expected}, not ${nation}.`, 'input.nation');
}

function checkAges(min: number | null | undefined, max: number | null | undefined): void {
  if (min != null && max != null && max < min) throw new BadUserInputError(`maxAge (${max}) must not be below minAge (${min}).`, 'input.maxAge');
}
