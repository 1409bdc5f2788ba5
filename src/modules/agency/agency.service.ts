import { SelectQueryBuilder } from 'typeorm';
import { containsPattern, dialectOf, runSql, RawInteger } from '../../db/dialect';
import { activePartnershipSql, agencyExistsSql } from '../../domain/rules';
import { computedValue, ConnectionArgs, Page, paginate, SortDirection, sortKeys } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { BadUserInputError, ConflictError } from '../../graphql/errors';
import { toIsoDate, todayIso } from '../../graphql/scalars';
import { findById, given, updateVersioned } from '../../graphql/records';
import { AuditService } from '../audit/audit.service';
import { visibleYotsCondition } from '../auth/scope';
import { Agency } from './agency.entity';
import { AgencyType } from './agency.enums';
import { AgencyFilter, AgencyOrder, AgencyOrderField, CreateAgencyInput, UpdateAgencyInput } from './agency.inputs';
import { normaliseYotCode } from '../yot/yot-code';

/**
 * Adds the conditions of an `AgencyFilter` to a query over `agency` (the list and the aggregate use it).
 * `partnerYots` is the SQL of the agency's active partner YOT count; the query must bind `asOf`.
 */
export async function applyAgencyFilter(
  ctx: HubContext,
  qb: SelectQueryBuilder<Agency>,
  filter: AgencyFilter | undefined | null,
  partnerYots: string,
): Promise<void> {
  const dialect = dialectOf(ctx.db);
  if (filter?.types) qb.andWhere(dialect.inList('agency.type', 'types'), { types: dialect.listParam(filter.types) });
  if (filter?.nameContains)
    qb.andWhere(dialect.containsInsensitive('agency.name', 'nameContains'), {
      nameContains: containsPattern(filter.nameContains, 'filter.nameContains'),
    });
  if (filter?.partnerOfYotCodes) {
    // Only partnerships the caller may see count: a PARTNER asking about a YOT it does not work with learns
    // nothing of that YOT's partners (the list is empty, as for a code that names no YOT).
    const scope = await visibleYotsCondition(ctx, 'p."yotId"', 'partnerOfVisible');
    qb.andWhere(
      `EXISTS (SELECT 1 FROM partnership p JOIN yot y ON y.id = p."yotId" WHERE p."agencyId" = agency.id AND ${dialect.inList('y.code', 'partnerOf')}${scope ? ` AND ${scope.sql}` : ''})`,
      { partnerOf: dialect.listParam(filter.partnerOfYotCodes), ...scope?.params },
    );
  }
  if (filter?.activePartnerOfYotCodes) {
    const visible = await visibleYotsCondition(ctx, 'p."yotId"', 'activeOfVisible');
    qb.andWhere(
      `EXISTS (SELECT 1 FROM partnership p JOIN yot y ON y.id = p."yotId" WHERE p."agencyId" = agency.id AND ${activePartnershipSql('p', 'agency')} AND ${dialect.inList('y.code', 'activeOf')}${visible ? ` AND ${visible.sql}` : ''})`,
      { activeOf: dialect.listParam(filter.activePartnerOfYotCodes.map(normaliseYotCode)), ...visible?.params },
    );
  }
  if (filter?.agreementPartyOfYotCodes) {
    const visible = await visibleYotsCondition(ctx, 'i."yotId"', 'partyOfVisible');
    qb.andWhere(
      `EXISTS (SELECT 1 FROM agreement_party ap JOIN information_sharing_agreement i ON i.id = ap."agreementId" JOIN yot y ON y.id = i."yotId" WHERE ap."agencyId" = agency.id AND ${dialect.inList('y.code', 'partyOf')}${visible ? ` AND ${visible.sql}` : ''})`,
      { partyOf: dialect.listParam(filter.agreementPartyOfYotCodes.map(normaliseYotCode)), ...visible?.params },
    );
  }
  if (filter?.ceased != null)
    qb.andWhere(filter.ceased ? `NOT ${agencyExistsSql('agency')}` : agencyExistsSql('agency'));
  if (filter?.minActivePartnerYots != null)
    qb.andWhere(`${partnerYots} >= :minPartnerYots`, { minPartnerYots: filter.minActivePartnerYots });
}

/**
 * The number of YOTs an agency has an active partnership with on `:asOf` (the active-partnership rule),
 * counting only YOTs the caller may see (`scope` is the caller's condition on `pc."yotId"`, or null).
 */
export function activePartnerYotsSql(scope: string | null): string {
  return `(SELECT COUNT(DISTINCT pc."yotId") FROM partnership pc WHERE pc."agencyId" = agency.id AND ${activePartnershipSql('pc', 'agency')}${scope ? ` AND ${scope}` : ''})`;
}

/** Reads of partner agencies. */
export class AgencyService {
  /** One page of agencies matching `filter`, ordered by `orderBy` (default: name). */
  static async list(
    ctx: HubContext,
    filter: AgencyFilter | undefined,
    orderBy: AgencyOrder[] | undefined,
    args: ConnectionArgs,
  ): Promise<Page<Agency>> {
    const qb = ctx.db.getRepository(Agency).createQueryBuilder('agency');
    const asOf = todayIso();
    const scope = await visibleYotsCondition(ctx, 'pc."yotId"', 'countVisible');
    const partnerYots = activePartnerYotsSql(scope?.sql ?? null);
    qb.setParameters({ asOf, ...scope?.params });
    await applyAgencyFilter(ctx, qb, filter, partnerYots);
    const fields = {
      [AgencyOrderField.NAME]: { expr: 'agency.name', read: (a: Agency) => a.name },
      [AgencyOrderField.TYPE]: { expr: 'agency.type', read: (a: Agency) => a.type },
      [AgencyOrderField.ACTIVE_PARTNER_YOT_COUNT]: {
        expr: partnerYots,
        type: 'int' as const,
        computedAs: 'partner_yots',
        read: (a: Agency) => computedValue(a, 'partner_yots'),
      },
    };
    const keys = sortKeys(orderBy, fields, 'agency', [{ field: AgencyOrderField.NAME, direction: SortDirection.ASC }]);
    return paginate(qb, keys, args);
  }

  /** How many YOTs each agency has an active partnership with today, among those the caller may see (one statement per batch). */
  static activePartnerYotCount(ctx: HubContext, agencyId: number): Promise<number> {
    return ctx.loaders
      .custom<number, number>('activePartnerYotCount', async (ids) => {
        const dialect = dialectOf(ctx.db);
        const scope = await visibleYotsCondition(ctx, 'p."yotId"', 'countVisible');
        const rows = await runSql<{ id: RawInteger; n: RawInteger }>(
          ctx.db,
          `SELECT p."agencyId" AS id, COUNT(DISTINCT p."yotId") AS n FROM partnership p JOIN agency a ON a.id = p."agencyId"
           WHERE ${dialect.inList('p."agencyId"', 'ids')} AND ${activePartnershipSql('p', 'a')}${scope ? ` AND ${scope.sql}` : ''}
           GROUP BY p."agencyId"`,
          { ids: dialect.listParam(ids), asOf: todayIso(), ...scope?.params },
        );
        const byId = new Map(rows.map((r) => [Number(r.id), Number(r.n)]));
        return ids.map((id) => byId.get(id) ?? 0);
      })
      .load(agencyId);
  }

  /** Creates an agency; CONFLICT when one of the same type already has the name. */
  static async create(tx: HubContext, input: CreateAgencyInput): Promise<{ agency: Agency }> {
    await AgencyService.checkUnique(tx, input.name, input.type);
    const repo = tx.db.getRepository(Agency);
    const agency = await repo.save(repo.create({ odsCode: null, schoolUrn: null, ukprn: null, notes: null, ...input }));
    await AuditService.changed(tx, 'createAgency', 'Agency', agency.id, null, agency);
    return { agency: agency };
  }

  /** Changes an agency's details if `expectedVersion` is current. */
  static async update(tx: HubContext, input: UpdateAgencyInput): Promise<{ agency: Agency }> {
    const before = await findById(tx, Agency, input.id, 'input.id');
    const { id: _id, expectedVersion, ceasedOn, successorId, ...fields } = input;
    const changes: Partial<Agency> = given(fields);
    if (ceasedOn != null) changes.ceasedOn = toIsoDate(ceasedOn, 'input.ceasedOn');
    if (successorId != null) {
      const successor = await findById(tx, Agency, successorId, 'input.successorId');
      if (successor.id === before.id)
        throw new BadUserInputError('An agency cannot succeed itself.', 'input.successorId');
      if ((changes.ceasedOn ?? before.ceasedOn) == null)
        throw new BadUserInputError('Record when the agency ceased (ceasedOn) with its successor.', 'input.ceasedOn');
      changes.successorId = successor.id;
    }
    if (changes.name !== undefined || changes.type !== undefined)
      await AgencyService.checkUnique(tx, changes.name ?? before.name, changes.type ?? before.type, before.id);
    const after = await updateVersioned(tx, Agency, before, expectedVersion, changes);
    await AuditService.changed(tx, 'updateAgency', 'Agency', after.id, before, after);
    return { agency: after };
  }

  private static async checkUnique(tx: HubContext, name: string, type: AgencyType, except?: number): Promise<void> {
    const existing = await tx.db.getRepository(Agency).findOneBy({ name, type });
    if (existing && existing.id !== except)
      throw new ConflictError(`An agency of type ${type} named "${name}" already exists.`, { field: 'input.name' });
  }
}
