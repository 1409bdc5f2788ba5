import { containsPattern, dialectOf } from '../../db/dialect';
import { ConnectionArgs, Page, paginate, SortDirection, sortKeys } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { BadUserInputError, ConflictError } from '../../graphql/errors';
import { toIsoDate } from '../../graphql/scalars';
import { findById, given, updateVersioned } from '../../graphql/records';
import { AuditService } from '../audit/audit.service';
import { visibleYotsCondition } from '../auth/scope';
import { Agency } from './agency.entity';
import { AgencyType } from './agency.enums';
import { AgencyFilter, AgencyOrder, AgencyOrderField, CreateAgencyInput, UpdateAgencyInput } from './agency.inputs';

const SORT_FIELDS = {
  [AgencyOrderField.NAME]: { expr: 'agency.name', read: (a: Agency) => a.name },
  [AgencyOrderField.TYPE]: { expr: 'agency.type', read: (a: Agency) => a.type },
};

/** Reads of partner agencies. */
export class AgencyService {
  /** One page of agencies matching `filter`, ordered by `orderBy` (default: name). */
  static async list(ctx: HubContext, filter: AgencyFilter | undefined, orderBy: AgencyOrder[] | undefined, args: ConnectionArgs): Promise<Page<Agency>> {
    const dialect = dialectOf(ctx.db);
    const qb = ctx.db.getRepository(Agency).createQueryBuilder('agency');
    if (filter?.types) qb.andWhere(dialect.inList('agency.type', 'types'), { types: dialect.listParam(filter.types) });
    if (filter?.nameContains) qb.andWhere(dialect.containsInsensitive('agency.name', 'nameContains'), { nameContains: containsPattern(filter.nameContains, 'filter.nameContains') });
    if (filter?.partnerOfYotCodes) {
      // Only partnerships the caller may see count: a PARTNER asking about a YOT it does not work with learns
      // nothing of that YOT's partners (the list is empty, as for a code that names no YOT).
      const scope = await visibleYotsCondition(ctx, 'p."yotId"', 'partnerOfVisible');
      qb.andWhere(
        `EXISTS (SELECT 1 FROM partnership p JOIN yot y ON y.id = p."yotId" WHERE p."agencyId" = agency.id AND ${dialect.inList('y.code', 'partnerOf')}${scope ? ` AND ${scope.sql}` : ''})`,
        { partnerOf: dialect.listParam(filter.partnerOfYotCodes), ...scope?.params },
      );
    }
    const keys = sortKeys(orderBy, SORT_FIELDS, 'agency', [{ field: AgencyOrderField.NAME, direction: SortDirection.ASC }]);
    return paginate(qb, keys, args);
  }

  /** Creates an agency; CONFLICT when one of the same type already has the name. */
  static async create(tx: HubContext, input: CreateAgencyInput): Promise<Agency> {
    await AgencyService.checkUnique(tx, input.name, input.type);
    const repo = tx.db.getRepository(Agency);
    const agency = await repo.save(repo.create({ odsCode: null, schoolUrn: null, ukprn: null, notes: null, ...input }));
    await AuditService.changed(tx, 'createAgency', 'Agency', agency.id, null, agency);
    return agency;
  }

  /** Changes an agency's details if `expectedVersion` is current. */
  static async update(tx: HubContext, input: UpdateAgencyInput): Promise<Agency> {
    const before = await findById(tx, Agency, input.id, 'input.id');
    const { id: _id, expectedVersion, ceasedOn, successorId, ...fields } = input;
    const changes: Partial<Agency> = given(fields);
    if (ceasedOn != null) changes.ceasedOn = toIsoDate(ceasedOn, 'input.ceasedOn');
    if (successorId != null) {
      const successor = await findById(tx, Agency, successorId, 'input.successorId');
      if (successor.id === before.id) throw new BadUserInputError('An agency cannot succeed itself.', 'input.successorId');
      if ((changes.ceasedOn ?? before.ceasedOn) == null) throw new BadUserInputError('Record when the agency ceased (ceasedOn) with its successor.', 'input.ceasedOn');
      changes.successorId = successor.id;
    }
    if (changes.name !== undefined || changes.type !== undefined) await AgencyService.checkUnique(tx, changes.name ?? before.name, changes.type ?? before.type, before.id);
    const after = await updateVersioned(tx, Agency, before, expectedVersion, changes);
    await AuditService.changed(tx, 'updateAgency', 'Agency', after.id, before, after);
    return after;
  }

  private static async checkUnique(tx: HubContext, name: string, type: AgencyType, except?: number): Promise<void> {
    const existing = await tx.db.getRepository(Agency).findOneBy({ name, type });
    if (existing && existing.id !== except) throw new ConflictError(`An agency of type ${type} named "${name}" already exists.`, { field: 'input.name' });
  }
}
