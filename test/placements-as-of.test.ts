import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpRevision } from '../src/db/revision';
import { StaffPlacement } from '../src/modules/partnership/staff-placement.entity';
import { PlacementArrangement, StaffRole } from '../src/modules/partnership/partnership.enums';
import { PlacementsAsOfDocument, PlacementsAsOfPageDocument } from './generated/graphql';
import { addCoverageFixture, FIXTURE_CODE } from './support/coverage-fixture';
import { expectError } from './support/expect';
import { addSyntheticYots } from './support/fixtures';
import { startTestHub, TestHub } from './support/hub';

/**
 * `Yot.staffPlacements(asOf)` and `Partnership.staffPlacements(asOf)`: the YOT page's staff lists on the page's
 * day. Fixtureshire's three partner placements run from 2022-01-01; this file adds a YOT-employed social worker
 * who left on 2023-12-31 and a health worker without a named employer who starts on 2025-01-01.
 */
describe('staff placements judged on a day', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    const ids = await addCoverageFixture(hub.dataSource);
    await hub.dataSource.transaction(async (db) => {
      await bumpRevision(db);
      const place = (values: Partial<StaffPlacement>) =>
        db.getRepository(StaffPlacement).save(db.getRepository(StaffPlacement).create({ yotId: ids.yot, ...values }));
      await place({
        role: StaffRole.SOCIAL_WORKER,
        arrangement: PlacementArrangement.YOT_EMPLOYED,
        startedOn: '2021-01-01',
        endedOn: '2023-12-31',
      });
      await place({
        role: StaffRole.HEALTH_WORKER,
        arrangement: PlacementArrangement.CO_LOCATED,
        startedOn: '2025-01-01',
        endedOn: null,
      });
    });
    await addSyntheticYots(hub.dataSource, 8);
  });
  afterAll(() => hub.close());

  const rolesOn = async (asOf?: string) => {
    const { data, errors } = await hub.exec(PlacementsAsOfDocument, { code: FIXTURE_CODE, asOf });
    expect(errors).toBeUndefined();
    const yot = data!.yot!;
    return {
      yot: yot.staffPlacements.map((s) => s.role).sort(),
      byPartner: Object.fromEntries(
        yot.partnerships
          .filter((p) => p.staffPlacements.length)
          .map((p) => [p.agency.name, p.staffPlacements.map((s) => s.role)]),
      ),
    };
  };

  it('lists every placement, ended and future ones included, without a date (as before)', async () => {
    expect((await rolesOn()).yot).toEqual([
      'HEALTH_WORKER',
      'POLICE_OFFICER',
      'SEND_OFFICER',
      'SOCIAL_WORKER',
      'SPEECH_AND_LANGUAGE_THERAPIST',
    ]);
  });

  it('lists only the placements running on the day: started by then, not ended before it (its last day counts)', async () => {
    expect(await rolesOn('2021-06-30')).toEqual({ yot: ['SOCIAL_WORKER'], byPartner: {} });
    expect(await rolesOn('2023-12-31')).toEqual({
      yot: ['POLICE_OFFICER', 'SEND_OFFICER', 'SOCIAL_WORKER', 'SPEECH_AND_LANGUAGE_THERAPIST'],
      byPartner: {
        'Fixture Police': ['POLICE_OFFICER'],
        'Fixture SEND Team': ['SEND_OFFICER'],
        'Fixture SALT': ['SPEECH_AND_LANGUAGE_THERAPIST'],
      },
    });
    expect((await rolesOn('2024-01-01')).yot).toEqual([
      'POLICE_OFFICER',
      'SEND_OFFICER',
      'SPEECH_AND_LANGUAGE_THERAPIST',
    ]);
    expect((await rolesOn('2025-01-01')).yot).toEqual([
      'HEALTH_WORKER',
      'POLICE_OFFICER',
      'SEND_OFFICER',
      'SPEECH_AND_LANGUAGE_THERAPIST',
    ]);
  });

  it('refuses a day that is not a date with BAD_USER_INPUT', async () => {
    expectError(
      (await hub.exec(PlacementsAsOfDocument, { code: FIXTURE_CODE, asOf: '2024-02-30' })).errors,
      'BAD_USER_INPUT',
    );
  });

  it('costs the same SQL statements for 3 YOTs as for 11 (per-request loaders, filtered after loading)', async () => {
    const three = await hub.count(PlacementsAsOfPageDocument, { first: 3, asOf: '2024-06-30' });
    const eleven = await hub.count(PlacementsAsOfPageDocument, { first: 11, asOf: '2024-06-30' });
    expect(eleven.result.errors).toBeUndefined();
    expect(eleven.result.data!.yots.nodes).toHaveLength(11);
    expect(eleven.statements).toBe(three.statements);
  });
});
