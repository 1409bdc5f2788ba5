import { IsNull } from 'typeorm';
import { HubContext } from '../../graphql/context';
import { BadUserInputError, ConflictError } from '../../graphql/errors';
import { findById, given, updateVersioned } from '../../graphql/records';
import { toIsoDate } from '../../graphql/scalars';
import { requireDateOrder } from '../../graphql/validation';
import { Agency } from '../agency/agency.entity';
import { requireBodyExisted } from '../agency/ceased-body';
import { AuditService } from '../audit/audit.service';
import { Yot } from '../yot/yot.entity';
import { Partnership } from './partnership.entity';
import { PartnershipStatus, PlacementArrangement } from './partnership.enums';
import {
  AddPartnershipInput,
  AddStaffPlacementInput,
  EndPartnershipInput,
  EndStaffPlacementInput,
  UpdatePartnershipInput,
} from './partnership.inputs';
import { StaffPlacement } from './staff-placement.entity';
import { requireYotWriter } from '../auth/scope';

/** Today (UTC), the start assumed for a placement recorded without one. */
const todayIso = () => new Date().toISOString().slice(0, 10);

const optionalDate = (value: Date | null | undefined, field: string) =>
  value == null ? value : toIsoDate(value, field);

/** Writes to partnerships and staff placements; each method runs inside the caller's transaction `tx`. */
export class PartnershipService {
  /** Starts a partnership; CONFLICT while the YOT already has an active one with the agency. */
  static async add(
    tx: HubContext,
    input: AddPartnershipInput,
  ): Promise<{ partnership: Partnership; yot: Yot; agency: Agency }> {
    const yot = await findById(tx, Yot, input.yotId, 'input.yotId');
    const agency = await findById(tx, Agency, input.agencyId, 'input.agencyId');
    requireYotWriter(tx, yot.id);
    const startedOn = optionalDate(input.startedOn, 'input.startedOn') ?? null;
    await requireBodyExisted(tx, agency, startedOn, 'input.startedOn', 'The partnership would start');
    const repo = tx.db.getRepository(Partnership);
    if (await repo.existsBy({ yotId: yot.id, agencyId: agency.id, status: PartnershipStatus.ACTIVE })) {
      throw new ConflictError(
        `${yot.name} already has an active partnership with ${agency.name}; update or end it instead.`,
        { field: 'input.agencyId' },
      );
    }
    const partnership = await repo.save(
      repo.create({
        yotId: yot.id,
        agencyId: agency.id,
        statutory: input.statutory,
        boardMember: input.boardMember ?? null,
        startedOn,
        endedOn: null,
        status: PartnershipStatus.ACTIVE,
        notes: input.notes ?? null,
      }),
    );
    await AuditService.changed(tx, 'addPartnership', 'Partnership', partnership.id, null, partnership);
    return { partnership, yot, agency };
  }

  /** Changes a partnership's details if `expectedVersion` is current. */
  static async update(tx: HubContext, input: UpdatePartnershipInput): Promise<{ partnership: Partnership }> {
    const before = await findById(tx, Partnership, input.id, 'input.id');
    requireYotWriter(tx, before.yotId);
    const changes = given({
      statutory: input.statutory,
      boardMember: input.boardMember,
      startedOn: optionalDate(input.startedOn, 'input.startedOn') ?? undefined,
      notes: input.notes,
    });
    requireDateOrder(changes.startedOn ?? before.startedOn, before.endedOn, 'input.startedOn', "the partnership's end");
    if (changes.startedOn)
      await requireBodyExisted(
        tx,
        await tx.db.getRepository(Agency).findOneByOrFail({ id: before.agencyId }),
        changes.startedOn,
        'input.startedOn',
        'The partnership would start',
      );
    const after = await updateVersioned(tx, Partnership, before, input.expectedVersion, changes);
    await AuditService.changed(tx, 'updatePartnership', 'Partnership', after.id, before, after);
    return { partnership: after };
  }

  /** Ends a partnership and the placements under it that are still running. */
  static async end(
    tx: HubContext,
    input: EndPartnershipInput,
  ): Promise<{ partnership: Partnership; endedPlacements: StaffPlacement[] }> {
    const before = await findById(tx, Partnership, input.id, 'input.id');
    requireYotWriter(tx, before.yotId);
    if (before.status === PartnershipStatus.ENDED)
      throw new ConflictError(`Partnership ${input.id} already ended${before.endedOn ? ` on ${before.endedOn}` : ''}.`);
    const endedOn = toIsoDate(input.endedOn, 'input.endedOn');
    requireDateOrder(before.startedOn, endedOn, 'input.endedOn', 'startedOn');
    const partnership = await updateVersioned(tx, Partnership, before, input.expectedVersion, {
      status: PartnershipStatus.ENDED,
      endedOn,
    });
    await AuditService.changed(tx, 'endPartnership', 'Partnership', partnership.id, before, partnership);
    const running = await tx.db
      .getRepository(StaffPlacement)
      .findBy({ partnershipId: partnership.id, endedOn: IsNull() });
    const endedPlacements: StaffPlacement[] = [];
    for (const placement of running) {
      const ended = await updateVersioned(tx, StaffPlacement, placement, placement.version, {
        endedOn: placement.startedOn && placement.startedOn > endedOn ? placement.startedOn : endedOn,
      });
      await AuditService.changed(tx, 'endPartnership', 'StaffPlacement', ended.id, placement, ended);
      endedPlacements.push(ended);
    }
    return { partnership, endedPlacements };
  }

  /** Places staff with a YOT, under one of its active partnerships when the employer is known. */
  static async addPlacement(
    tx: HubContext,
    input: AddStaffPlacementInput,
  ): Promise<{ staffPlacement: StaffPlacement; yot: Yot }> {
    const yot = await findById(tx, Yot, input.yotId, 'input.yotId');
    requireYotWriter(tx, yot.id);
    let partnershipId: number | null = null;
    const startedOn = optionalDate(input.startedOn, 'input.startedOn') ?? null;
    if (input.partnershipId && input.arrangement === PlacementArrangement.YOT_EMPLOYED) {
      throw new BadUserInputError(
        "YOT_EMPLOYED staff are the host authority's own employees, not placed under a partnership; omit partnershipId.",
        'input.partnershipId',
      );
    }
    if (input.partnershipId && input.arrangement === PlacementArrangement.EMPLOYER_UNKNOWN) {
      throw new BadUserInputError(
        'EMPLOYER_UNKNOWN means no employer is recorded; a partnership names one, so choose SECONDED, CO_LOCATED or another arrangement.',
        'input.partnershipId',
      );
    }
    if (input.partnershipId) {
      const partnership = await findById(tx, Partnership, input.partnershipId, 'input.partnershipId');
      if (partnership.yotId !== yot.id)
        throw new BadUserInputError('The partnership belongs to another YOT.', 'input.partnershipId');
      if (partnership.status !== PartnershipStatus.ACTIVE)
        throw new BadUserInputError('Staff can only be placed under an active partnership.', 'input.partnershipId');
      const employer = await tx.db.getRepository(Agency).findOneByOrFail({ id: partnership.agencyId });
      await requireBodyExisted(
        tx,
        employer,
        startedOn ?? todayIso(),
        startedOn ? 'input.startedOn' : 'input.partnershipId',
        'The placement would start',
      );
      partnershipId = partnership.id;
    }
    const repo = tx.db.getRepository(StaffPlacement);
    const staffPlacement = await repo.save(
      repo.create({
        yotId: yot.id,
        partnershipId,
        role: input.role,
        arrangement: input.arrangement,
        fte: input.fte ?? null,
        startedOn,
        endedOn: null,
        notes: input.notes ?? null,
      }),
    );
    await AuditService.changed(tx, 'addStaffPlacement', 'StaffPlacement', staffPlacement.id, null, staffPlacement);
    return { staffPlacement, yot };
  }

  /** Ends a placement; CONFLICT when it has already ended. */
  static async endPlacement(
    tx: HubContext,
    input: EndStaffPlacementInput,
  ): Promise<{ staffPlacement: StaffPlacement }> {
    const before = await findById(tx, StaffPlacement, input.id, 'input.id');
    requireYotWriter(tx, before.yotId);
    if (before.endedOn) throw new ConflictError(`Staff placement ${input.id} already ended on ${before.endedOn}.`);
    const endedOn = toIsoDate(input.endedOn, 'input.endedOn');
    requireDateOrder(before.startedOn, endedOn, 'input.endedOn', 'startedOn');
    const after = await updateVersioned(tx, StaffPlacement, before, input.expectedVersion, { endedOn });
    await AuditService.changed(tx, 'endStaffPlacement', 'StaffPlacement', after.id, before, after);
    return { staffPlacement: after };
  }
}
