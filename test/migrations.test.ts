import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revertLastMigration } from '../src/db/data-source';
import { startTestHub, TestHub } from './support/hub';

describe('migrations', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ seed: false });
  });
  afterAll(() => hub.close());

  it('build exactly the schema the entities describe (no drift needing `synchronize`)', async () => {
    const pending = await hub.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('are all recorded as applied, so a restart runs none again', async () => {
    expect(await hub.dataSource.showMigrations()).toBe(false);
  });

  it('revert cleanly, one by one, and apply again', async () => {
    const applied = hub.dataSource.migrations.length;
    for (let i = 0; i < applied; i++) await revertLastMigration(hub.dataSource);
    expect(await hub.dataSource.showMigrations()).toBe(true);
    await hub.dataSource.runMigrations({ transaction: 'each' });
    const pending = await hub.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });
});
