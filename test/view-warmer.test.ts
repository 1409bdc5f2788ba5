import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentRevision } from '../src/db/revision';
import { startViewWarmer, ViewWarmer } from '../src/graphql/view-warmer';
import { ViewCache } from '../src/graphql/view-cache';
import { CoverageByRegionDocument, CoverageCriteriaDocument, CreateAgencyDocument } from './generated/graphql';
import { startTestHub, TestHub } from './support/hub';

describe('the view warm-up', () => {
  let hub: TestHub;
  let warmer: ViewWarmer;
  beforeAll(async () => {
    hub = await startTestHub();
    ViewCache.clearAll();
    // A long interval: the test calls check() itself, as the timer would.
    warmer = startViewWarmer(hub.server, hub.dataSource, hub.reader, 60_000);
    await warmer.check();
    // The views it computed are stored in the background (coverage-store.ts): let those writes finish, so they are
    // not counted with the first viewer's statements.
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  afterAll(async () => {
    warmer.stop();
    await hub.close();
  });

  const nationalView = async () => {
    const coverage = await hub.count(CoverageCriteriaDocument, { first: 100 });
    const regions = await hub.count(CoverageByRegionDocument, {});
    expect(coverage.result.errors).toBeUndefined();
    return coverage.statements + regions.statements;
  };

  it('computes the national views at start, so the first viewer reads them from the cache', async () => {
    expect(warmer.warmedRevision).toBe(await currentRevision(hub.reader.manager));
    const warm = await nationalView();
    ViewCache.clearAll();
    const cold = await nationalView();
    // Warm: only the page of YOTs, the revision and the loaders; cold adds a read of each stored view (coverage and
    // criteria, which the warm-up left valid in the store) and the regions' YOTs.
    expect(warm).toBeLessThan(cold);
    expect(cold - warm).toBeGreaterThanOrEqual(3);
  });

  it('computes them again after a write, and not when nothing changed', async () => {
    await warmer.check();
    const before = warmer.warmedRevision;
    hub.statements.reset();
    await warmer.check(); // same revision: nothing to do but look it up
    expect(hub.statements.count).toBe(1);
    await hub.exec(CreateAgencyDocument, { input: { name: 'Warm-up Test Agency', type: 'OTHER' } });
    await warmer.check();
    expect(warmer.warmedRevision).toBe(before! + 1);
    const afterWrite = await nationalView();
    ViewCache.clearAll();
    expect(afterWrite).toBeLessThan(await nationalView());
  });
});
