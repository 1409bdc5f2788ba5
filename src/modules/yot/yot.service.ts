import { Brackets } from 'typeorm';
import {
  computedValue,
  Page,
  ConnectionArgs,
  paginate,
  SortDirection,
  SortField,
  sortKeys,
} from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import type { PlannedNodes } from '../../graphql/planned-reads';
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
 * Each YOT's coverage numbers on `:asOf`, for ordering: the ratios in 1/10000 (as `coverage.ratios` computes them
 * from the same facts, null when the denominator is 0) and the criteria counts. CO_LOCATION counts partner staff of
 * unknown type as one type at least, as coverage does (a lower bound).
 */
const COVERAGE_ORDER_SQL = `WITH scope AS (SELECT id FROM yot), ${FACTS}
  SELECT t.yot_id,
         CASE WHEN t.expected > 0 THEN (10000 * t.in_place) / t.expected END AS partner,
         CASE WHEN t.in_place + t.recorded_absent + t.ceased > 0 THEN (10000 * t.in_place) / (t.in_place + t.recorded_absent + t.ceased) END AS known_partner,
         CASE WHEN t.statutory_expected > 0 THEN (10000 * t.statutory_in_place) / t.statutory_expected END AS statutory_partner,
         CASE WHEN t.in_place > 0 THEN (10000 * CASE WHEN t.with_placed_staff = 0 AND COALESCE(un.n, 0) > 0 THEN 1 ELSE t.with_placed_staff END) / t.in_place END AS co_location,
         CASE WHEN t.with_partnership > 0 THEN (10000 * t.with_agreement) / t.with_partnership END AS agreement,
         COALESCE(ce.n, 0) AS criteria_evidenced, COALESCE(ma.n, 0) AS multi_agency
  FROM totals t
    LEFT JOIN criteria_evidenced ce ON ce.yot_id = t.yot_id
    LEFT JOIN multi_agency ma ON ma.yot_id = t.yot_id
    LEFT JOIN unattributed un ON un.yot_id = t.yot_id`;

/** The `yots` orderings read from COVERAGE_ORDER_SQL, by the column each reads. */
const COVERAGE_ORDERS: Partial<Record<YotOrderField, string>> = {
  [YotOrderField.PARTNER_COVERAGE]: 'partner',
  [YotOrderField.KNOWN_PARTNER_COVERAGE]: 'known_partner',
  [YotOrderField.STATUTORY_PARTNER_COVERAGE]: 'statutory_partner',
  [YotOrderField.CO_LOCATION]: 'co_location',
  [YotOrderField.AGREEMENT_COVERAGE]: 'agreement',
  [YotOrderField.CRITERIA_WITH_EVIDENCE]: 'criteria_evidenced',
  [YotOrderField.CRITERIA_EVIDENCED_BY_TWO_OR_MORE_AGENCY_TYPES]: 'multi_agency',
};

/** Reads of YOTs: the filtered, ordered `yots` connection and lookups by ONS code. */
export class YotService {
  /** One page of YOTs matching `filter`, ordered by `orderBy` (default: name). */
  static async list(
    ctx: HubContext,
    filter: YotFilter | undefined,
    orderBy: YotOrder[] | undefined,
    args: ConnectionArgs,
    /** The page's YOTs as planned objects when their selection plans (planned-reads.ts). */
    planned?: PlannedNodes | null,
  ): Promise<Page<Yot>> {
    const dialect = dialectOf(ctx.db);
    const qb = ctx.db.getRepository(Yot).createQueryBuilder('yot');
    const asOf = isoDateOrToday(filter?.asOf, 'filter.asOf');
    qb.setParameters({ asOf });
    const regions = await canonicalRegions(ctx, filter?.regions, 'filter.regions');
    if (filter?.codes)
      qb.andWhere(dialect.inList('yot.code', 'codes'), {
        codes: dialect.listParam(filter.codes.map(normaliseYotCode)),
      });
    if (regions) qb.andWhere(dialect.inList('yot.region', 'regions'), { regions: dialect.listParam(regions) });
    if (filter?.nation) qb.andWhere('yot.nation = :nation', { nation: filter.nation });
    if (filter?.nations)
      qb.andWhere(dialect.inList('yot.nation', 'nations'), { nations: dialect.listParam(filter.nations) });
    if (filter?.nameContains)
      qb.andWhere(dialect.containsInsensitive('yot.name', 'nameContains'), {
        nameContains: containsPattern(filter.nameContains, 'filter.nameContains'),
      });
    // The active-partnership rule of every view, judged on `asOf`: running, not ended, and the partner body not ceased.
    const activeWith = (type: string) =>
      `SELECT 1 FROM partnership p JOIN agency a ON a.id = p."agencyId" WHERE p."yotId" = yot.id AND a.type = :${type} AND ${activePartnershipSql('p', 'a')}`;
    if (filter?.hasActivePartnershipWith) {
      qb.andWhere(new Brackets((w) => w.where(`EXISTS (${activeWith('hasType')})`)), {
        hasType: filter.hasActivePartnershipWith,
      });
    }
    if (filter?.lacksActivePartnershipWith) {
      qb.andWhere(new Brackets((w) => w.where(`NOT EXISTS (${activeWith('lacksType')})`)), {
        lacksType: filter.lacksActivePartnershipWith,
      });
    }
    // The agreement-in-force rule, with a party of one of the given types.
    const agreedWith = (param: string) =>
      `SELECT 1 FROM information_sharing_agreement i JOIN agreement_party ap ON ap."agreementId" = i.id JOIN agency a ON a.id = ap."agencyId"
       WHERE i."yotId" = yot.id AND ${agreementInForceSql('i')} AND ${dialect.inList('a.type', param)}`;
    if (filter?.hasAgreementInForceWith)
      qb.andWhere(`EXISTS (${agreedWith('agreedTypes')})`, {
        agreedTypes: dialect.listParam(filter.hasAgreementInForceWith),
      });
    if (filter?.lacksAgreementInForceWith)
      qb.andWhere(`NOT EXISTS (${agreedWith('unagreedTypes')})`, {
        unagreedTypes: dialect.listParam(filter.lacksAgreementInForceWith),
      });
    if (filter?.partnerIds) {
      const ids = filter.partnerIds.map((id) => decodeGlobalId(id, 'Agency', 'filter.partnerIds').key);
      qb.andWhere(
        `EXISTS (SELECT 1 FROM partnership pp WHERE pp."yotId" = yot.id AND ${dialect.inList('pp."agencyId"', 'partnerIds')})`,
        { partnerIds: dialect.listParam(ids) },
      );
    }
    // One derived table of every coverage number, joined only when an ordering needs it.
    if (orderBy?.some((o) => COVERAGE_ORDERS[o.field])) {
      const framework = await FrameworkService.find(ctx, DEFAULT_FRAMEWORK_CODE);
      qb.leftJoin(`(${COVERAGE_ORDER_SQL})`, 'cov', 'cov.yot_id = yot.id').setParameter('framework', framework.id);
    }
    const byCoverage = (column: string) => ({
      expr: `cov.${column}`,
      nullable: true,
      type: 'int' as const,
      computedAs: `cov_${column}`,
      read: (y: Yot) => computedValue(y, `cov_${column}`),
    });
    const fields = {
      [YotOrderField.NAME]: { expr: 'yot.name', read: (y: Yot) => y.name },
      [YotOrderField.CODE]: { expr: 'yot.code', read: (y: Yot) => y.code },
      [YotOrderField.REGION]: { expr: 'yot.region', read: (y: Yot) => y.region },
      ...Object.fromEntries(Object.entries(COVERAGE_ORDERS).map(([field, column]) => [field, byCoverage(column)])),
    } as Record<YotOrderField, SortField<Yot>>;
    const keys = sortKeys(orderBy, fields, 'yot', [{ field: YotOrderField.NAME, direction: SortDirection.ASC }]);
    await scopeToVisibleYots(ctx, qb, 'yot.id');
    return paginate(qb, keys, args, undefined, planned);
  }

  /** The YOT with ONS code `code`, or NOT_FOUND; a planned object when `planned` (planned-reads.ts) gives one. */
  static async byCode(ctx: HubContext, code: string, planned?: Promise<Yot | null>): Promise<Yot> {
    const yot = await (planned ?? ctx.loaders.oneBy(Yot, 'code').load(code));
    if (!yot) throw new NotFoundError('YOT', code);
    await requireYotVisible(ctx, yot.id);
    return yot;
  }

  /**
   * The id of the YOT with ONS code `code`, or NOT_FOUND; used by other areas' `yotCode` arguments.
   * Batched per request, so a `yotCode` argument repeated on many nested fields costs one statement.
   */
  static async idForCode(ctx: HubContext, code: string): Promise<number> {
    const yot = await ctx.loaders.oneBy(Yot, 'code').load(code);
    if (!yot) throw new NotFoundError('YOT', code);
    await requireYotVisible(ctx, yot.id);
    return yot.id;
  }

  /** Creates a YOT (in the caller's transaction `tx`); the code must be new and agree with the nation. */
  static async create(tx: HubContext, input: CreateYotInput): Promise<{ yot: Yot }> {
    checkNation(input.code, input.nation);
    checkAges(input.minAge, input.maxAge);
    const repo = tx.db.getRepository(Yot);
    if (await repo.existsBy({ code: input.code }))
      throw new ConflictError(`A YOT with code ${input.code} already exists.`, { field: 'input.code' });
    const { hostAuthorityIds, ...fields } = input;
    const yot = await repo.save(
      repo.create({
        ...fields,
        description: input.description ?? null,
        minAge: input.minAge ?? null,
        maxAge: input.maxAge ?? null,
        website: input.website ?? null,
      }),
    );
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
  if (nation !== expected)
    throw new BadUserInputError(`A code starting ${code[0]} belongs to ${expected}, not ${nation}.`, 'input.nation');
}

function checkAges(min: number | null | undefined, max: number | null | undefined): void {
  if (min != null && max != null && max < min)
    throw new BadUserInputError(`maxAge (${max}) must not be below minAge (${min}).`, 'input.maxAge');
}
