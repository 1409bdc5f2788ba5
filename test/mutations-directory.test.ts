import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/relay';
import {
  AddPartnershipDocument,
  AddStaffPlacementDocument,
  CreateAgencyDocument,
  CreateYotDocument,
  EndPartnershipDocument,
  EndStaffPlacementDocument,
  RecordAgreementDocument,
  UpdateAgencyDocument,
  UpdateAgreementDocument,
  UpdatePartnershipDocument,
  UpdateYotDocument,
} from './generated/graphql';
import { expectError } from './support/expect';
import { startTestHub, TestHub } from './support/hub';
import { withoutWrites } from './support/snapshot';

describe('directory mutations: YOTs, agencies, partnerships, placements, agreements', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  /** Runs a mutation that must fail and asserts it wrote nothing at all (audit trail included). */
  const refusedWithoutWrites = <R>(run: () => Promise<R>) => withoutWrites(hub.dataSource, run);

  const newYot = {
    code: 'E06000001',
    name: 'Hartlepool Youth Justice Service',
    localAuthorities: ['Hartlepool'],
    region: 'North East',
    nation: 'ENGLAND' as const,
  };

  describe('createYot / updateYot', () => {
    it('creates a YOT at version 1', async () => {
      const { data, errors } = await hub.exec(CreateYotDocument, {
        input: { ...newYot, minAge: 10, maxAge: 17, website: 'https://www.hartlepool.gov.uk/yjs' },
      });
      expect(errors).toBeUndefined();
      expect(data!.createYot!.yot).toMatchObject({
        code: 'E06000001',
        nation: 'ENGLAND',
        minAge: 10,
        maxAge: 17,
        version: 1,
      });
    });

    it('refuses a duplicate code with CONFLICT and an invalid code with BAD_USER_INPUT naming the field', async () => {
      expectError(
        (await refusedWithoutWrites(() => hub.exec(CreateYotDocument, { input: newYot }))).errors,
        'CONFLICT',
        ['createYot'],
      );
      const bad = await refusedWithoutWrites(() => hub.exec(CreateYotDocument, { input: { ...newYot, code: 'X123' } }));
      const error = expectError(bad.errors, 'BAD_USER_INPUT', ['createYot']);
      expect(error.extensions).toMatchObject({ field: 'input.code' });
      expect(error.message).toContain('must be an ONS code');
      const wales = await refusedWithoutWrites(() =>
        hub.exec(CreateYotDocument, { input: { ...newYot, code: 'W06000001' } }),
      );
      expect(expectError(wales.errors, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'input.nation' });
      const ages = await refusedWithoutWrites(() =>
        hub.exec(CreateYotDocument, { input: { ...newYot, code: 'E06000002', minAge: 16, maxAge: 12 } }),
      );
      expect(expectError(ages.errors, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'input.maxAge' });
    });

    it('updates only the given fields, and refuses a stale version with CONFLICT', async () => {
      const [row] = await hub.dataSource.query(`SELECT id FROM yot WHERE code = 'E06000001'`);
      const id = encodeGlobalId('Yot', row.id);
      const { data } = await hub.exec(UpdateYotDocument, {
        input: { id, expectedVersion: 1, region: 'North East England' },
      });
      expect(data!.updateYot!.yot).toMatchObject({ name: newYot.name, region: 'North East England', version: 2 });
      const stale = await refusedWithoutWrites(() =>
        hub.exec(UpdateYotDocument, { input: { id, expectedVersion: 1, name: 'Overwritten' } }),
      );
      expect(expectError(stale.errors, 'CONFLICT', ['updateYot']).extensions).toMatchObject({
        currentVersion: 2,
        expectedVersion: 1,
      });
      expectError(
        (
          await refusedWithoutWrites(() =>
            hub.exec(UpdateYotDocument, { input: { id: encodeGlobalId('Yot', 99999), expectedVersion: 1 } }),
          )
        ).errors,
        'NOT_FOUND',
      );
      expectError(
        (
          await refusedWithoutWrites(() =>
            hub.exec(UpdateYotDocument, { input: { id, expectedVersion: 2, minAge: 20, maxAge: 12 } }),
          )
        ).errors,
        'BAD_USER_INPUT',
      );
    });
  });

  describe('createAgency / updateAgency', () => {
    it('creates an agency, refuses a duplicate and bad identifiers', async () => {
      const { data } = await hub.exec(CreateAgencyDocument, {
        input: { name: 'Hartlepool SEND Team', type: 'LA_SEND_TEAM' },
      });
      expect(data!.createAgency!.agency).toMatchObject({
        name: 'Hartlepool SEND Team',
        type: 'LA_SEND_TEAM',
        odsCode: null,
        version: 1,
      });
      expectError(
        (
          await refusedWithoutWrites(() =>
            hub.exec(CreateAgencyDocument, { input: { name: 'Hartlepool SEND Team', type: 'LA_SEND_TEAM' } }),
          )
        ).errors,
        'CONFLICT',
      );
      const bad = await refusedWithoutWrites(() =>
        hub.exec(CreateAgencyDocument, {
          input: { name: 'Some trust', type: 'NHS_TRUST', odsCode: 'not ods!', ukprn: '999' },
        }),
      );
      const error = expectError(bad.errors, 'BAD_USER_INPUT');
      expect((error.extensions!.violations as { field: string }[]).map((v) => v.field)).toEqual([
        'input.odsCode',
        'input.ukprn',
      ]);
    });

    it('updates an agency under optimistic concurrency', async () => {
      const { data } = await hub.exec(CreateAgencyDocument, {
        input: { name: 'Tees Valley College', type: 'FE_COLLEGE', ukprn: '10001234' },
      });
      const id = data!.createAgency!.agency.id;
      const renamed = await hub.exec(UpdateAgencyDocument, {
        input: { id, expectedVersion: 1, name: 'Tees Valley Further Education College' },
      });
      expect(renamed.data!.updateAgency!.agency).toMatchObject({
        name: 'Tees Valley Further Education College',
        version: 2,
      });
      expectError(
        (
          await refusedWithoutWrites(() =>
            hub.exec(UpdateAgencyDocument, { input: { id, expectedVersion: 1, name: 'x y z' } }),
          )
        ).errors,
        'CONFLICT',
      );
      const clash = await refusedWithoutWrites(() =>
        hub.exec(UpdateAgencyDocument, {
          input: { id, expectedVersion: 2, name: 'Hartlepool SEND Team', type: 'LA_SEND_TEAM' },
        }),
      );
      expectError(clash.errors, 'CONFLICT');
      expectError(
        (
          await refusedWithoutWrites(() =>
            hub.exec(UpdateAgencyDocument, { input: { id: encodeGlobalId('Yot', 1), expectedVersion: 1 } }),
          )
        ).errors,
        'BAD_USER_INPUT',
      );
    });
  });

  describe('partnerships and staff placements', () => {
    const ids = async () => {
      const [yot] = await hub.dataSource.query(`SELECT id FROM yot WHERE code = 'E06000001'`);
      const [agency] = await hub.dataSource.query(`SELECT id FROM agency WHERE name = 'Hartlepool SEND Team'`);
      return { yotId: encodeGlobalId('Yot', yot.id), agencyId: encodeGlobalId('Agency', agency.id) };
    };

    it('adds a partnership and returns the YOT and agency with it, once', async () => {
      const { yotId, agencyId } = await ids();
      const { data, errors } = await hub.exec(AddPartnershipDocument, {
        input: { yotId, agencyId, startedOn: '2023-04-01', boardMember: true },
      });
      expect(errors).toBeUndefined();
      expect(data!.addPartnership).toMatchObject({
        partnership: {
          status: 'ACTIVE',
          statutory: false,
          boardMember: true,
          startedOn: '2023-04-01',
          version: 1,
          agency: { name: 'Hartlepool SEND Team' },
        },
        yot: { code: 'E06000001', partnerships: [{ agency: { name: 'Hartlepool SEND Team' } }] },
        agency: { partnerships: [{ yot: { code: 'E06000001' } }] },
      });
      expectError(
        (await refusedWithoutWrites(() => hub.exec(AddPartnershipDocument, { input: { yotId, agencyId } }))).errors,
        'CONFLICT',
        ['addPartnership'],
      );
      expectError(
        (
          await refusedWithoutWrites(() =>
            hub.exec(AddPartnershipDocument, { input: { yotId, agencyId: encodeGlobalId('Agency', 9999) } }),
          )
        ).errors,
        'NOT_FOUND',
      );
    });

    it('places staff under an active partnership, ends them, and refuses bad placements', async () => {
      const { yotId } = await ids();
      const [p] = await hub.dataSource.query(`SELECT id FROM partnership ORDER BY id DESC LIMIT 1`);
      const partnershipId = encodeGlobalId('Partnership', p.id);
      const { data } = await hub.exec(AddStaffPlacementDocument, {
        input: {
          yotId,
          partnershipId,
          role: 'SEND_OFFICER',
          arrangement: 'CO_LOCATED',
          fte: 0.6,
          startedOn: '2023-05-01',
        },
      });
      expect(data!.addStaffPlacement!.staffPlacement).toMatchObject({
        role: 'SEND_OFFICER',
        fte: 0.6,
        endedOn: null,
        agency: { name: 'Hartlepool SEND Team' },
      });
      const badFte = await refusedWithoutWrites(() =>
        hub.exec(AddStaffPlacementDocument, { input: { yotId, role: 'OTHER', arrangement: 'VIRTUAL', fte: 0 } }),
      );
      expect(expectError(badFte.errors, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'input.fte' });
      const [barnet] = await hub.dataSource.query(`SELECT id FROM yot WHERE code = 'E09000003'`);
      const otherYot = await refusedWithoutWrites(() =>
        hub.exec(AddStaffPlacementDocument, {
          input: { yotId: encodeGlobalId('Yot', barnet.id), partnershipId, role: 'OTHER', arrangement: 'VIRTUAL' },
        }),
      );
      expect(expectError(otherYot.errors, 'BAD_USER_INPUT').message).toContain('another YOT');

      const placementId = data!.addStaffPlacement!.staffPlacement.id;
      const early = await refusedWithoutWrites(() =>
        hub.exec(EndStaffPlacementDocument, { input: { id: placementId, expectedVersion: 1, endedOn: '2023-01-01' } }),
      );
      expect(expectError(early.errors, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'input.endedOn' });
      const ended = await hub.exec(EndStaffPlacementDocument, {
        input: { id: placementId, expectedVersion: 1, endedOn: '2024-03-31' },
      });
      expect(ended.data!.endStaffPlacement!.staffPlacement).toMatchObject({ endedOn: '2024-03-31', version: 2 });
      expectError(
        (
          await refusedWithoutWrites(() =>
            hub.exec(EndStaffPlacementDocument, {
              input: { id: placementId, expectedVersion: 2, endedOn: '2024-04-30' },
            }),
          )
        ).errors,
        'CONFLICT',
      );
    });

    it('updates and ends a partnership, ending the placements still running under it', async () => {
      const { yotId } = await ids();
      const [p] = await hub.dataSource.query(`SELECT id FROM partnership ORDER BY id DESC LIMIT 1`);
      const id = encodeGlobalId('Partnership', p.id);
      await hub.exec(AddStaffPlacementDocument, {
        input: {
          yotId,
          partnershipId: id,
          role: 'EDUCATIONAL_PSYCHOLOGIST',
          arrangement: 'IN_REACH',
          startedOn: '2023-06-01',
        },
      });
      const updated = await hub.exec(UpdatePartnershipDocument, {
        input: { id, expectedVersion: 1, notes: 'Weekly SEND surgery' },
      });
      expect(updated.data!.updatePartnership!.partnership).toMatchObject({ notes: 'Weekly SEND surgery', version: 2 });
      expectError(
        (
          await refusedWithoutWrites(() =>
            hub.exec(UpdatePartnershipDocument, { input: { id, expectedVersion: 1, boardMember: false } }),
          )
        ).errors,
        'CONFLICT',
      );
      const early = await refusedWithoutWrites(() =>
        hub.exec(EndPartnershipDocument, { input: { id, expectedVersion: 2, endedOn: '2022-01-01' } }),
      );
      expect(expectError(early.errors, 'BAD_USER_INPUT').message).toContain('must not be before startedOn');
      const { data } = await hub.exec(EndPartnershipDocument, {
        input: { id, expectedVersion: 2, endedOn: '2024-12-31' },
      });
      expect(data!.endPartnership).toMatchObject({
        partnership: { status: 'ENDED', endedOn: '2024-12-31', version: 3 },
        endedPlacements: [{ role: 'EDUCATIONAL_PSYCHOLOGIST', endedOn: '2024-12-31' }],
      });
      expectError(
        (
          await refusedWithoutWrites(() =>
            hub.exec(EndPartnershipDocument, { input: { id, expectedVersion: 3, endedOn: '2025-01-31' } }),
          )
        ).errors,
        'CONFLICT',
      );
      const afterEnd = await refusedWithoutWrites(() =>
        hub.exec(AddStaffPlacementDocument, {
          input: { yotId, partnershipId: id, role: 'OTHER', arrangement: 'VIRTUAL' },
        }),
      );
      expect(expectError(afterEnd.errors, 'BAD_USER_INPUT').message).toContain('active partnership');
    });
  });

  describe('recordAgreement / updateAgreement', () => {
    it('records an agreement with its parties and checks its dates', async () => {
      const [yot] = await hub.dataSource.query(`SELECT id FROM yot WHERE code = 'E09000003'`);
      const [send] = await hub.dataSource.query(
        `SELECT id FROM agency WHERE name = 'Barnet Local Authority SEND Team'`,
      );
      const input = {
        yotId: encodeGlobalId('Yot', yot.id),
        partyIds: [encodeGlobalId('Agency', send.id)],
        title: 'Barnet SEND and youth justice ISA',
        purpose: 'Share EHCP status of children known to the YJS',
        lawfulBasis: ['UK GDPR art. 6(1)(e)', 'UK GDPR art. 9(2)(g)'],
        dataCategories: ['SEND status', 'EHCP'],
        status: 'ACTIVE' as const,
        signedOn: '2024-01-15',
        reviewDue: '2025-01-15',
      };
      const { data, errors } = await hub.exec(RecordAgreementDocument, { input });
      expect(errors).toBeUndefined();
      expect(data!.recordAgreement!.agreement).toMatchObject({
        status: 'ACTIVE',
        isCurrent: true,
        version: 1,
        parties: [{ name: 'Barnet Local Authority SEND Team' }],
      });
      const backwards = await refusedWithoutWrites(() =>
        hub.exec(RecordAgreementDocument, { input: { ...input, reviewDue: '2023-12-31' } }),
      );
      expect(expectError(backwards.errors, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'input.reviewDue' });
      const unsigned = await refusedWithoutWrites(() =>
        hub.exec(RecordAgreementDocument, { input: { ...input, signedOn: null, reviewDue: null } }),
      );
      expect(expectError(unsigned.errors, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'input.signedOn' });
      const noParty = await refusedWithoutWrites(() =>
        hub.exec(RecordAgreementDocument, { input: { ...input, partyIds: [encodeGlobalId('Agency', 4242)] } }),
      );
      expectError(noParty.errors, 'NOT_FOUND');
      const empty = await refusedWithoutWrites(() =>
        hub.exec(RecordAgreementDocument, { input: { ...input, lawfulBasis: [] } }),
      );
      expect(expectError(empty.errors, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'input.lawfulBasis' });

      const id = data!.recordAgreement!.agreement.id;
      const [vs] = await hub.dataSource.query(`SELECT id FROM agency WHERE name = 'Barnet Virtual School'`);
      const updated = await hub.exec(UpdateAgreementDocument, {
        input: {
          id,
          expectedVersion: 1,
          status: 'UNDER_REVIEW',
          reviewDue: '2025-06-30',
          partyIds: [encodeGlobalId('Agency', send.id), encodeGlobalId('Agency', vs.id)],
        },
      });
      expect(updated.data!.updateAgreement!.agreement).toMatchObject({
        status: 'UNDER_REVIEW',
        reviewDue: '2025-06-30',
        version: 2,
        parties: [{ name: 'Barnet Local Authority SEND Team' }, { name: 'Barnet Virtual School' }],
      });
      expectError(
        (
          await refusedWithoutWrites(() =>
            hub.exec(UpdateAgreementDocument, { input: { id, expectedVersion: 1, status: 'EXPIRED' } }),
          )
        ).errors,
        'CONFLICT',
      );
      expectError(
        (
          await refusedWithoutWrites(() =>
            hub.exec(UpdateAgreementDocument, { input: { id, expectedVersion: 2, reviewDue: '2020-01-01' } }),
          )
        ).errors,
        'BAD_USER_INPUT',
      );
    });
  });
});
