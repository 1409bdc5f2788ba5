import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpRevision, currentRevision } from '../src/db/revision';
import { createContext } from '../src/graphql/context';
import { estimateBytes, ViewCache } from '../src/graphql/view-cache';
import { AddPartnershipWithCoverageDocument, CoverageOfYotDocument, CreateAgencyDocument } from './generated/graphql';
import { startTestHub, TestHub } from './support/hub';

const BARNET = 'E09000003';

describe('the view cache of the aggregate views', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  const coverage = () => hub.count(CoverageOfYotDocument, { code: BARNET });
  const slt = (partners: { agencyType: string; activePartnerships: number }[]) =>
    partners.find((p) => p.agencyType === 'SPEECH_AND_LANGUAGE_THERAPY')!.activePartnerships;

  it('serves a repeated view without recomputing it: only the revision is looked up', async () => {
    const first = await coverage();
    // The computed coverage is stored in the background (coverage-store.ts): let that write finish first.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const again = await coverage();
    expect(again.result).toEqual(first.result);
    // The YOT, the framework and the revision are looked up; no coverage SQL runs.
    expect(again.statements).toBeLessThan(first.statements);
    expect(again.statements).toBe(3);
  });

  it('shows a mutation its own change, and every later request too', async () => {
    const before = (await coverage()).result.data!.yot!.coverage;
    const agency = await hub.exec(CreateAgencyDocument, {
      input: { name: 'Barnet Speech and Language Therapy', type: 'SPEECH_AND_LANGUAGE_THERAPY' },
    });
    const added = await hub.exec(AddPartnershipWithCoverageDocument, {
      input: { yotId: (await coverage()).result.data!.yot!.id, agencyId: agency.data!.createAgency!.agency.id },
    });
    expect(added.errors).toBeUndefined();
    // Computed after the commit, not taken from the cache.
    expect(slt(added.data!.addPartnership!.yot.coverage.partners)).toBe(slt(before.partners) + 1);
    const after = (await coverage()).result.data!;
    expect(slt(after.yot!.coverage.partners)).toBe(slt(before.partners) + 1);
    expect(after.yot!.coverage.partnersWithActivePartnership).toBe(
      before.partnersWithActivePartnership + (slt(before.partners) === 0 ? 1 : 0),
    );
  });

  it('recomputes after a write committed elsewhere (another server process or a tool), which moves the revision on', async () => {
    const before = (await coverage()).result.data!;
    // As another process would: its own transaction, counting the revision up with its writes.
    await hub.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE partnership SET status = 'ENDED', "endedOn" = '2001-01-01' WHERE "agencyId" IN (SELECT id FROM agency WHERE name = 'Barnet Speech and Language Therapy')`,
      );
      await bumpRevision(manager);
    });
    const after = (await coverage()).result.data!;
    expect(slt(after.yot!.coverage.partners)).toBe(slt(before.yot!.coverage.partners) - 1);
    const region = (rows: { region: string; partnersWithActivePartnership: number }[]) =>
      rows.find((r) => r.region === 'London')!.partnersWithActivePartnership;
    // Barnet is London's only YOT: the regional roll-up moves with it.
    expect(region(after.coverageByRegion) - region(before.coverageByRegion)).toBe(
      after.yot!.coverage.partnersWithActivePartnership - before.yot!.coverage.partnersWithActivePartnership,
    );
    expect(slt(after.yot!.coverage.partners) === 0).toBe(
      after.yot!.coverage.partnersWithActivePartnership === before.yot!.coverage.partnersWithActivePartnership - 1,
    );
  });

  it('counts the revision up once per write transaction, and not for a failed one', async () => {
    const start = await currentRevision(hub.reader.manager);
    await hub.exec(CreateAgencyDocument, { input: { name: 'Revision Test Agency', type: 'OTHER' } });
    expect(await currentRevision(hub.reader.manager)).toBe(start + 1);
    const refused = await hub.exec(CreateAgencyDocument, { input: { name: '', type: 'OTHER' } });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await currentRevision(hub.reader.manager)).toBe(start + 1);
  });

  it('neither serves nor keeps views inside a write transaction, whose reads may be rolled back', async () => {
    const cache = new ViewCache<number>();
    const ctx = createContext(hub.dataSource, { reader: hub.reader });
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cache.get(ctx, 'k', compute)).toBe(1);
    expect(await cache.get(ctx, 'k', compute)).toBe(1);
    const tx = { ...ctx, writing: true, revision: undefined };
    expect(await cache.get(tx, 'k', compute)).toBe(2);
    expect(await cache.get(ctx, 'k', compute)).toBe(1);
  });

  it('keeps the views of each database apart, though their revisions and row ids may be the same', async () => {
    const other = await startTestHub();
    try {
      const cache = new ViewCache<string>();
      const here = createContext(hub.dataSource, { reader: hub.reader });
      const there = createContext(other.dataSource, { reader: other.reader });
      // The same revision number in both databases.
      await hub.dataSource.query(
        `UPDATE hub_revision SET revision = ${await currentRevision(other.reader.manager)} WHERE id = 1`,
      );
      expect(await cache.get(here, 'k', async () => 'here')).toBe('here');
      expect(await cache.get(there, 'k', async () => 'there')).toBe('there');
      expect(
        await cache.get(createContext(hub.dataSource, { reader: hub.reader }), 'k', async () => 'recomputed'),
      ).toBe('here');
    } finally {
      await other.close();
    }
  });

  it('shares one computation among requests that miss the same view at once, and retries after a failure', async () => {
    const cache = new ViewCache<string>();
    let computed = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = async () => {
      computed++;
      await gate;
      return 'view';
    };
    const requests = Array.from({ length: 5 }, () =>
      cache.get(createContext(hub.dataSource, { reader: hub.reader }), 'shared', slow),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    expect(await Promise.all(requests)).toEqual(Array(5).fill('view'));
    expect(computed).toBe(1);
    const failing = new ViewCache<string>();
    const ctx = () => createContext(hub.dataSource, { reader: hub.reader });
    await expect(failing.get(ctx(), 'k', async () => Promise.reject(new Error('database gone')))).rejects.toThrow(
      'database gone',
    );
    expect(await failing.get(ctx(), 'k', async () => 'recovered')).toBe('recovered');
  });

  it('forgets the least recently used views beyond its bound in bytes', async () => {
    // Each entry costs its value (100, as sizeOf says), its key (2 bytes a character) and 96 of overhead: two fit in 400.
    const cache = new ViewCache<string>({ maxBytes: 400, sizeOf: () => 100 });
    const ctx = createContext(hub.dataSource, { reader: hub.reader });
    const computed: string[] = [];
    const get = (key: string) => cache.get(ctx, key, async () => (computed.push(key), key));
    await get('a');
    await get('b');
    await get('a');
    await get('c'); // evicts b, the least recently used
    await get('a');
    await get('b');
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
  });

  it('holds no more than its bound whatever the sizes, and keeps no value bigger than the bound itself', async () => {
    const cache = new ViewCache<string[]>({ maxBytes: 100_000 });
    const ctx = createContext(hub.dataSource, { reader: hub.reader });
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `row ${i} of a view`);
    for (let i = 0; i < 50; i++) {
      await cache.get(ctx, `view ${i}`, async () => rows(300));
      expect(cache.usage(ctx).bytes).toBeLessThanOrEqual(100_000);
    }
    // About 16 kB each (300 strings of ~16 characters): six fit, the most recent.
    expect(cache.usage(ctx).entries).toBe(Math.floor(100_000 / (estimateBytes(rows(300)) + 2 * 'view 49'.length + 96)));
    let computed = 0;
    const huge = async () => (computed++, rows(10_000));
    expect(await cache.get(ctx, 'huge', huge)).toHaveLength(10_000);
    expect(await cache.get(ctx, 'huge', huge)).toHaveLength(10_000);
    expect(computed).toBe(2);
  });

  it('gives back the memory of a view once the data has moved on and the view is asked again', async () => {
    const cache = new ViewCache<string[]>({ maxBytes: 1_000_000 });
    const ctx = () => createContext(hub.dataSource, { reader: hub.reader });
    await cache.get(ctx(), 'a', async () => Array.from({ length: 1000 }, (_, i) => `old ${i}`));
    await cache.get(ctx(), 'b', async () => ['small']);
    const before = cache.usage(ctx());
    await hub.dataSource.transaction((db) => bumpRevision(db));
    await cache.get(ctx(), 'a', async () => ['new']);
    const after = cache.usage(ctx());
    expect(after.entries).toBe(2);
    expect(after.bytes).toBeLessThan(before.bytes / 10);
  });

  it('estimates memory in proportion to the data a value holds', () => {
    expect(estimateBytes('x'.repeat(1000))).toBeGreaterThanOrEqual(2000);
    const one = estimateBytes({ code: 'E08000011', cohort: 20 });
    expect(estimateBytes(Array.from({ length: 100 }, () => ({ code: 'E08000011', cohort: 20 })))).toBeGreaterThan(
      100 * one,
    );
    const shared = { big: 'y'.repeat(10_000) };
    expect(estimateBytes([shared, shared, shared])).toBeLessThan(2 * estimateBytes(shared));
  });
});
