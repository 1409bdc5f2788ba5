import { HubContext } from '../../graphql/context';
import { BadUserInputError } from '../../graphql/errors';
import { findAllById } from '../../graphql/records';
import { Agency } from '../agency/agency.entity';
import { AgencyType } from '../agency/agency.enums';
import { AuditService } from '../audit/audit.service';
import { YotHostAuthority } from './yot-host-authority.entity';
import { Yot } from './yot.entity';

/** The councils that own a YOT: set as a whole, in the caller's transaction, and audited on the YOT. */
export async function setHostAuthorities(
  tx: HubContext,
  yot: Yot,
  agencyIds: readonly string[],
  field: string,
  action: string,
): Promise<void> {
  const agencies = await findAllById(tx, Agency, agencyIds, field);
  const wrong = agencies.findIndex((a) => a.type !== AgencyType.LOCAL_AUTHORITY);
  if (wrong >= 0)
    throw new BadUserInputError(
      `${agencies[wrong].name} is ${agencies[wrong].type}; a host authority is a LOCAL_AUTHORITY agency.`,
      `${field}[${wrong}]`,
    );
  const repo = tx.db.getRepository(YotHostAuthority);
  const before = (await repo.findBy({ yotId: yot.id })).map((h) => h.agencyId).sort((a, b) => a - b);
  const after = [...new Set(agencies.map((a) => a.id))].sort((a, b) => a - b);
  await repo.delete({ yotId: yot.id });
  if (after.length) await repo.insert(after.map((agencyId) => ({ yotId: yot.id, agencyId })));
  await AuditService.record(tx, action, 'Yot', yot.id, { hostAuthorityIds: { before, after } });
}
