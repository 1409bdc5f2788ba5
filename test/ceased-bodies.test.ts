import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/relay';
import { Caller, Role } from '../src/modules/auth/roles';
import { projectRoot } from '../src/paths';
import {
  AddPartnershipDocument,
  AddStaffPlacementDocument,
  RecordAgreementDocument,
  TruthfulYotDocument,
  UpdateAgreementDocument,
} from './generated/graphql';
import { expectError } from './support/expect';
import { startTestHub, TestHub } from './support/hub';
import { withoutWrites } from './support/snapshot';

const KNOWSLEY = 'E08000011';
const CLI = join(projectRoot(), 'dist', 'src', 'import', 'cli.js');

/**
 * Review item 5: Knowsley CCG ceased on 2022-07-01 (its successor: NHS Cheshire and Merseyside ICB). Nothing may be
 * recorded as starting with it, or signed with it, on or after that day; and staff under its partnership never
 * count after it, in any view.
 */
describe('writes dated after a partner body ceased are refused, and the views agree on what counts', () => {
  let hub: TestHub;
  let manager: Caller;
  let yotId: string;
  let ccg: string;
  let ccgPartnership: string;
  const id = async (sql: string) => Number((await hub.dataSource.query(sql))[0].id);
  beforeAll(async () => {
    hub = await startTestHub();
    const knowsley = await id(`SELECT id FROM yot WHERE code = '${KNOWSLEY}'`);
    manager = { name: 'knowsley manager', role: Role.YOT_MANAGER, yotId: knowsley, agencyId: null };
    yotId = encodeGlobalId('Yot', knowsley);
    const ccgKey = await id(`SELECT id FROM agency WHERE name = 'Knowsley CCG'`);
    ccg = encodeGlobalId('Agency', ccgKey);
    ccgPartnership = encodeGlobalId('Partnership', await id(`SELECT id FROM partnership WHERE "agencyId" = ${ccgKey}`));
  });
  afterAll(() => hub.close());

  /** The one BAD_USER_INPUT error naming `field`. */
  const refusedOn = (errors: Parameters<typeof expectError>[0], field: string) => {
    const error = expectError(errors, 'BAD_USER_INPUT');
    expect(error.extensions?.field).toBe(field);
    return error;
  };
  const ceasedMessage = (message: string) => {
    expect(message).toContain('Knowsley CCG ceased on 2022-07-01');
    expect(message).toContain('its successor is NHS Cheshire and Merseyside ICB');
  };

  it("refuses staff placed under the ceased body's partnership from its last day on, and keeps the views unchanged", async () => {
    const before = await hub.exec(TruthfulYotDocument, { code: KNOWSLEY, asOf: '2026-12-01' });
    const refused = await withoutWrites(hub.dataSource, () =>
      hub.exec(
        AddStaffPlacementDocument,
        {
          input: {
            yotId,
            partnershipId: ccgPartnership,
            role: 'HEALTH_WORKER',
            arrangement: 'SECONDED',
            startedOn: '2026-11-01',
          },
        },
        manager,
      ),
    );
    ceasedMessage(refusedOn(refused.errors, 'input.startedOn').message);
    const onTheDay = await hub.exec(
      AddStaffPlacementDocument,
      {
        input: {
          yotId,
          partnershipId: ccgPartnership,
          role: 'HEALTH_WORKER',
          arrangement: 'SECONDED',
          startedOn: '2022-07-01',
        },
      },
      manager,
    );
    refusedOn(onTheDay.errors, 'input.startedOn');
    const undated = await hub.exec(
      AddStaffPlacementDocument,
      { input: { yotId, partnershipId: ccgPartnership, role: 'HEALTH_WORKER', arrangement: 'SECONDED' } },
      manager,
    );
    refusedOn(undated.errors, 'input.partnershipId'); // recorded today, long after the body ceased
    const after = await hub.exec(TruthfulYotDocument, { code: KNOWSLEY, asOf: '2026-12-01' });
    expect(after.data).toEqual(before.data);
  });

  it('still accepts a placement under it that started before it ceased', async () => {
    const result = await hub.exec(
      AddStaffPlacementDocument,
      {
        input: {
          yotId,
          partnershipId: ccgPartnership,
          role: 'HEALTH_WORKER',
          arrangement: 'SECONDED',
          startedOn: '2022-06-30',
        },
      },
      manager,
    );
    expect(result.errors).toBeUndefined();
    await hub.dataSource.query(
      `DELETE FROM staff_placement WHERE "startedOn" = '2022-06-30' AND role = 'HEALTH_WORKER'`,
    );
  });

  it('refuses a partnership with the ceased body starting on or after the day it ceased', async () => {
    const refused = await withoutWrites(hub.dataSource, () =>
      hub.exec(
        AddPartnershipDocument,
        { input: { yotId, agencyId: ccg, statutory: true, startedOn: '2025-01-01' } },
        manager,
      ),
    );
    ceasedMessage(refusedOn(refused.errors, 'input.startedOn').message);
  });

  it('refuses an agreement signed with the ceased body as a party on or after the day it ceased', async () => {
    const input = {
      yotId,
      partyIds: [ccg],
      title: 'Health ISA',
      purpose: 'Health needs',
      lawfulBasis: ['UK GDPR art. 6(1)(e)'],
      dataCategories: ['Health needs'],
      status: 'ACTIVE' as const,
    };
    const refused = await withoutWrites(hub.dataSource, () =>
      hub.exec(RecordAgreementDocument, { input: { ...input, signedOn: '2023-01-01' } }, manager),
    );
    ceasedMessage(refusedOn(refused.errors, 'input.signedOn').message);
    const earlier = await hub.exec(RecordAgreementDocument, { input: { ...input, signedOn: '2021-01-01' } }, manager);
    expect(earlier.errors).toBeUndefined();
    const agreement = earlier.data!.recordAgreement!.agreement;
    const moved = await hub.exec(
      UpdateAgreementDocument,
      { input: { id: agreement.id, expectedVersion: agreement.version, signedOn: '2023-01-01' } },
      manager,
    );
    ceasedMessage(refusedOn(moved.errors, 'input.signedOn').message);
  });

  it('refuses the same partnership through the import CLI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-ceased-'));
    const path = join(dir, 'partnerships.csv');
    writeFileSync(
      path,
      'yot_code,agency_name,agency_type,started_on\nE09000003,Knowsley CCG,HEALTH_COMMISSIONER,2025-01-01\n',
    );
    const run = await withoutWrites(hub.dataSource, async () =>
      spawnSync(process.execPath, [CLI, path], {
        env: { ...process.env, DATABASE_URL: hub.url, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
      }),
    );
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(
      'Knowsley CCG ceased on 2022-07-01; its successor is NHS Cheshire and Merseyside ICB',
    );
  });

  it("never counts staff already recorded under the ceased body's partnership after it ceased, in any view", async () => {
    const before = await hub.exec(TruthfulYotDocument, { code: KNOWSLEY, asOf: '2026-12-01' });
    // Rows written before the guard existed (or by hand): every view must ignore them the same way.
    const partnershipKey = await id(
      `SELECT p.id FROM partnership p JOIN agency a ON a.id = p."agencyId" WHERE a.name = 'Knowsley CCG'`,
    );
    const knowsley = await id(`SELECT id FROM yot WHERE code = '${KNOWSLEY}'`);
    await hub.dataSource.query(
      `INSERT INTO staff_placement (version, "yotId", "partnershipId", role, arrangement, fte, "startedOn", basis) VALUES (1, ${knowsley}, ${partnershipKey}, 'HEALTH_WORKER', 'SECONDED', 1, '2026-11-01', 'STATED')`,
    );
    try {
      const after = await hub.exec(TruthfulYotDocument, { code: KNOWSLEY, asOf: '2026-12-01' });
      expect(after.data!.yot!.coverage).toEqual(before.data!.yot!.coverage);
      expect(after.data!.yot!.statutoryTeam).toEqual(before.data!.yot!.statutoryTeam);
      expect(after.data!.yot!.coverage.partners.find((p) => p.agencyType === 'HEALTH_COMMISSIONER')).toMatchObject({
        state: 'CEASED',
        staffPractising: 0,
      });
      // Before the body ceased the same kind of placement counts, in the in-place state, co-location and the s.39(5) team alike.
      await hub.dataSource.query(
        `UPDATE staff_placement SET "startedOn" = '2022-01-01', "endedOn" = NULL WHERE "startedOn" = '2026-11-01' AND role = 'HEALTH_WORKER'`,
      );
      const then = await hub.exec(TruthfulYotDocument, { code: KNOWSLEY, asOf: '2022-06-30' });
      const health = then.data!.yot!.coverage.partners.find((p) => p.agencyType === 'HEALTH_COMMISSIONER')!;
      expect(health).toMatchObject({ state: 'IN_PLACE', placedStaff: 1, staffPractising: 1 });
      expect(then.data!.yot!.statutoryTeam.find((m) => m.member === 'HEALTH_NOMINEE')).toMatchObject({
        recorded: true,
      });
      const coLocation = then.data!.yot!.coverage.ratios.find((r) => r.kind === 'CO_LOCATION')!;
      expect(coLocation.numerator).toBeGreaterThanOrEqual(1);
      const afterCeasing = await hub.exec(TruthfulYotDocument, { code: KNOWSLEY, asOf: '2022-07-01' });
      expect(
        afterCeasing.data!.yot!.coverage.partners.find((p) => p.agencyType === 'HEALTH_COMMISSIONER'),
      ).toMatchObject({ state: 'CEASED', staffPractising: 0 });
    } finally {
      await hub.dataSource.query(
        `DELETE FROM staff_placement WHERE role = 'HEALTH_WORKER' AND "partnershipId" = ${partnershipKey}`,
      );
    }
  });
});
