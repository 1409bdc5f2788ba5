import { HubContext } from '../../graphql/context';
import { BadUserInputError } from '../../graphql/errors';
import { Agency } from './agency.entity';

/**
 * Refuses a write dated on or after the day `agency` ceased (a partnership or placement starting, an agreement
 * signed): the body no longer existed, so the record would be false and the views would count it. The message
 * names the date and the successor, so the caller knows which body to record instead.
 */
export async function requireBodyExisted(
  tx: HubContext,
  agency: Agency,
  on: string | null | undefined,
  field: string,
  what: string,
): Promise<void> {
  if (agency.ceasedOn == null || on == null || on < agency.ceasedOn) return;
  const successor =
    agency.successorId == null ? null : await tx.db.getRepository(Agency).findOneBy({ id: agency.successorId });
  const instead = successor ? `; its successor is ${successor.name}` : '; no successor is recorded';
  throw new BadUserInputError(`${what} on ${on}, but ${agency.name} ceased on ${agency.ceasedOn}${instead}.`, field, {
    ceasedOn: agency.ceasedOn,
    successor: successor?.name ?? null,
  });
}
