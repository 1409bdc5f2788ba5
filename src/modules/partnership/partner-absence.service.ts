import { IsNull } from 'typeorm';
import { runSql } from '../../db/dialect';
import { activePartnershipSql } from '../../domain/rules';
import { HubContext } from '../../graphql/context';
import { ConflictError } from '../../graphql/errors';
import { findById, updateVersioned } from '../../graphql/records';
import { toIsoDate, todayIso } from '../../graphql/scalars';
import { requireDateOrder } from '../../graphql/validation';
import { AGENCY_TYPE_IN_WORDS } from '../agency/agency.enums';
import { AuditService } from '../audit/audit.service';
import { requireYotWriter } from '../auth/scope';
import { Yot } from '../yot/yot.entity';
import { PartnerAbsence } from './partner-absence.entity';
import { RecordPartnerAbsenceInput, WithdrawPartnerAbsenceInput } from './partner-absence.inputs';

/** Writes to recorded partner absences; each method runs inside the caller's transaction `tx`. */
export class PartnerAbsenceService {
  /**
   * Records that a YOT has no partner of a type. CONFLICT when an absence of that type still holds, or when
   * the YOT has an active partnership of that type today (end it first: a record cannot say both).
   */
  static async record(
    tx: HubContext,
    input: RecordPartnerAbsenceInput,
  ): Promise<{ partnerAbsence: PartnerAbsence; yot: Yot }> {
    const yot = await findById(tx, Yot, input.yotId, 'input.yotId');
    requireYotWriter(tx, yot.id);
    const startedOn = input.startedOn == null ? null : toIsoDate(input.startedOn, 'input.startedOn');
    const repo = tx.db.getRepository(PartnerAbsence);
    if (await repo.exists({ where: { yotId: yot.id, agencyType: input.agencyType, endedOn: IsNull() } })) {
      throw new ConflictError(
        `${yot.name} already has a recorded absence of ${AGENCY_TYPE_IN_WORDS[input.agencyType]}; withdraw it first.`,
        { field: 'input.agencyType' },
      );
    }
    const active = await runSql<{ name: string }>(
      tx.db,
      `SELECT a.name FROM partnership p JOIN agency a ON a.id = p."agencyId" WHERE p."yotId" = :yot AND a.type = :type AND ${activePartnershipSql('p', 'a')}`,
      { yot: yot.id, type: input.agencyType, asOf: todayIso() },
    );
    if (active.length)
      throw new ConflictError(
        `${yot.name} has an active partnership with ${active[0].name} (${input.agencyType}); end it before recording an absence.`,
        { field: 'input.agencyType' },
      );
    const partnerAbsence = await repo.save(
      repo.create({
        yotId: yot.id,
        agencyType: input.agencyType,
        startedOn,
        endedOn: null,
        note: input.note.trim(),
        recordedBy: tx.caller.name,
        sourceDocumentId: null,
      }),
    );
    await AuditService.changed(tx, 'recordPartnerAbsence', 'PartnerAbsence', partnerAbsence.id, null, partnerAbsence);
    return { partnerAbsence, yot };
  }

  /** Ends a recorded absence; CONFLICT when already withdrawn. */
  static async withdraw(
    tx: HubContext,
    input: WithdrawPartnerAbsenceInput,
  ): Promise<{ partnerAbsence: PartnerAbsence }> {
    const before = await findById(tx, PartnerAbsence, input.id, 'input.id');
    requireYotWriter(tx, before.yotId);
    if (before.endedOn)
      throw new ConflictError(`Partner absence ${input.id} was already withdrawn on ${before.endedOn}.`);
    const endedOn = toIsoDate(input.endedOn, 'input.endedOn');
    requireDateOrder(before.startedOn, endedOn, 'input.endedOn', 'startedOn');
    const partnerAbsence = await updateVersioned(tx, PartnerAbsence, before, input.expectedVersion, { endedOn });
    await AuditService.changed(
      tx,
      'withdrawPartnerAbsence',
      'PartnerAbsence',
      partnerAbsence.id,
      before,
      partnerAbsence,
    );
    return { partnerAbsence };
  }
}
