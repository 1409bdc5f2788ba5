import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../src/graphql/scalars';
import { ViewCache } from '../src/graphql/view-cache';
import { encodeGlobalId } from '../src/graphql/relay';
import { projectRoot } from '../src/paths';
import { loadSynthetic } from '../src/seed/synthetic/national';
import {
  CoverageByRegionDocument,
  CoverageCriteriaDocument,
  CoverageDocument,
  EndPartnershipDocument,
} from './generated/graphql';
import { startTestHub, TESTER, TestHub } from './support/hub';

// The store keeps the dates dashboards ask for (today and the week before it; STORED_DAYS).
const AS_OF = todayIso();
const CLI = join(projectRoot(), 'dist', 'src', 'import', 'cli.js');

/**
 * Coverage and the criteria heatmap served from the store (`coverage_rollup` and `criterion_rollup`, valid while
 * `yot_generation` says nothing changed) against the same views computed from scratch, after every kind of write:
 * the synthetic loader, a mutation, the import CLI in its own process, and hand-written SQL on every table they read.
 */
describe('the coverage store', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await loadSynthetic(hub.dataSource, { scale: 0.02, seed: 5 });
  }, 180_000);
  afterAll(() => hub.close());

  /** Every YOT's coverage and criteria and the regional roll-up, with the in-process view cache emptied first. */
  async function views() {
    ViewCache.clearAll();
    const page = await hub.exec(CoverageDocument, { first: 100, asOf: AS_OF }, TESTER);
    const regions = await hub.exec(CoverageByRegionDocument, { asOf: AS_OF }, TESTER);
    const criteria = await hub.exec(CoverageCriteriaDocument, { first: 100, asOf: AS_OF }, TESTER);
    expect(page.errors).toBeUndefined();
    expect(regions.errors).toBeUndefined();
    expect(criteria.errors).toBeUndefined();
    return { page: page.data, regions: regions.data, criteria: criteria.data };
  }
  /** Settles the store's background writes, then counts the rows of one of its tables still valid. */
  async function validRows(table: 'coverage_rollup' | 'criterion_rollup' = 'coverage_rollup'): Promise<number> {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [row] = await hub.dataSource.query(
      `SELECT COUNT(*) AS n FROM ${table} r LEFT JOIN yot_generation g ON g."yotId" = r."yotId" LEFT JOIN yot_generation e ON e."yotId" = 0
       WHERE r."asOf" = '${AS_OF}' AND r.generation = COALESCE(g.generation, 0) AND r.epoch = COALESCE(e.generation, 0)`,
    );
    return Number(row.n);
  }
  /** The views from the store equal the views from scratch (store emptied). */
  async function expectExact() {
    const stored = await views();
    await hub.dataSource.query(`DELETE FROM coverage_rollup`);
    await hub.dataSource.query(`DELETE FROM criterion_rollup`);
    expect(stored).toEqual(await views());
    return stored;
  }
  const yots = async () => Number((await hub.dataSource.query(`SELECT COUNT(*) AS n FROM yot`))[0].n);

  it('is filled as views are computed, and then serves them', async () => {
    const first = await expectExact();
    expect(first.page!.coverage.nodes.length).toBe(await yots());
    expect(first.criteria!.coverage.nodes.length).toBe(await yots());
    expect(await validRows()).toBe(await yots());
    expect(await validRows('criterion_rollup')).toBe(await yots());
  });

  it('serves nothing stored by other code, and stores no date outside the recent days', async () => {
    await views();
    expect(await validRows()).toBe(await yots());
    // Rows as an earlier release would have left them: same counts, another code version.
    await hub.dataSource.query(`UPDATE coverage_rollup SET payload = REPLACE(payload, '"code":"', '"code":"old-')`);
    await hub.dataSource.query(`UPDATE criterion_rollup SET payload = REPLACE(payload, '"code":"', '"code":"old-')`);
    const [{ n: before }] = await hub.dataSource.query(
      `SELECT COUNT(*) AS n FROM coverage_rollup WHERE payload LIKE '%"code":"old-%'`,
    );
    expect(Number(before)).toBe(await yots());
    // Not served: computed again (answers as from scratch), and the old rows replaced in the background.
    const served = await views();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [{ n: after }] = await hub.dataSource.query(
      `SELECT COUNT(*) AS n FROM coverage_rollup WHERE payload LIKE '%"code":"old-%'`,
    );
    expect(Number(after)).toBe(0);
    const [{ n: oldCriteria }] = await hub.dataSource.query(
      `SELECT COUNT(*) AS n FROM criterion_rollup WHERE payload LIKE '%"code":"old-%'`,
    );
    expect(Number(oldCriteria)).toBe(0);
    expect(await validRows()).toBe(await yots());
    expect(served).toEqual(await expectExact());
    // A caller's historical or future date is computed, not stored.
    ViewCache.clearAll();
    for (const asOf of ['2020-01-31', '2099-01-01']) {
      const page = await hub.exec(CoverageDocument, { first: 100, asOf }, TESTER);
      expect(page.errors).toBeUndefined();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const dates = await hub.dataSource.query(`SELECT DISTINCT "asOf" AS d FROM coverage_rollup`);
    expect(dates).toHaveLength(1);
    for (const asOf of ['2020-01-31', '2099-01-01']) {
      const criteria = await hub.exec(CoverageCriteriaDocument, { first: 100, asOf }, TESTER);
      expect(criteria.errors).toBeUndefined();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const criteriaDates = await hub.dataSource.query(`SELECT DISTINCT "asOf" AS d FROM criterion_rollup`);
    expect(criteriaDates).toHaveLength(1);
  });

  it('after a write to one YOT, recomputes that YOT alone and answers as from scratch', async () => {
    await views();
    expect(await validRows()).toBe(await yots());
    const [p] = await hub.dataSource.query(
      `SELECT p.id, p.version FROM partnership p JOIN yot y ON y.id = p."yotId" WHERE y.code LIKE '_99%' AND p."endedOn" IS NULL ORDER BY p.id LIMIT 1`,
    );
    const ended = await hub.exec(
      EndPartnershipDocument,
      {
        input: {
          id: encodeGlobalId('Partnership', Number(p.id)),
          endedOn: '2026-01-31',
          expectedVersion: Number(p.version),
        },
      },
      TESTER,
    );
    expect(ended.errors).toBeUndefined();
    expect(await validRows()).toBe((await yots()) - 1);
    expect(await validRows('criterion_rollup')).toBe((await yots()) - 1);
    await expectExact();
  });

  it('stays exact through the import CLI (another process)', async () => {
    await views();
    const result = spawnSync(process.execPath, [CLI, join(projectRoot(), 'seeds', 'examples', 'partnerships.json')], {
      env: { ...process.env, DATABASE_URL: hub.url, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    await expectExact();
  });

  it('stays exact through hand-written SQL on every table the coverage reads', async () => {
    const one = async (sql: string) => hub.dataSource.query(sql);
    const yot = `(SELECT MIN(id) FROM yot WHERE code LIKE '_99%')`;
    // A YOT whose latest assessment has ratings (the criteria heatmap shows them).
    const rated = `(SELECT MIN(a."yotId") FROM assessment a JOIN criterion_rating r ON r."assessmentId" = a.id
      WHERE a.id = (SELECT MAX(x.id) FROM assessment x WHERE x."yotId" = a."yotId"))`;
    const latest = `(SELECT MAX(id) FROM assessment WHERE "yotId" = ${rated})`;
    const writes = [
      `UPDATE staff_placement SET "endedOn" = '2025-01-01' WHERE id = (SELECT MIN(id) FROM staff_placement WHERE "yotId" = ${yot})`,
      `DELETE FROM evidence_link WHERE id = (SELECT MIN(l.id) FROM evidence_link l JOIN evidence e ON e.id = l."evidenceId" WHERE e."yotId" = ${yot})`,
      `DELETE FROM evidence_agency WHERE "evidenceId" = (SELECT MIN(e.id) FROM evidence e JOIN evidence_agency a ON a."evidenceId" = e.id WHERE e."yotId" = ${yot})`,
      `DELETE FROM agreement_party WHERE "agreementId" = (SELECT MIN(id) FROM information_sharing_agreement WHERE "yotId" = ${yot})`,
      `UPDATE evidence SET "reviewState" = 'ACCEPTED' WHERE id IN (SELECT id FROM evidence WHERE "yotId" = ${yot} AND "reviewState" <> 'ACCEPTED' ORDER BY id LIMIT 3)`,
      `UPDATE agency SET "ceasedOn" = '2025-06-30' WHERE id = (SELECT MIN("agencyId") FROM partnership WHERE "yotId" = ${yot})`,
      `DELETE FROM yot_host_authority WHERE "yotId" = ${yot}`,
      `UPDATE criterion_rating SET score = NULL WHERE id = (SELECT MIN(id) FROM criterion_rating WHERE "assessmentId" = ${latest} AND score IS NOT NULL)`,
      `DELETE FROM criterion_rating WHERE "assessmentId" = ${latest}`,
      `DELETE FROM assessment WHERE id = (SELECT MAX(id) FROM assessment WHERE "yotId" = ${yot})`,
    ];
    for (const sql of writes) {
      await views();
      await one(sql);
      expect(await validRows(), sql).toBeLessThan(await yots());
      expect(await validRows('criterion_rollup'), sql).toBeLessThan(await yots());
      await expectExact();
    }
  });
});
