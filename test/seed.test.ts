import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../src/seed/seed';
import { startTestHub, TestHub } from './support/hub';

/** Tables whose every seeded row must name the document it came from. */
const SOURCED_TABLES = ['yot', 'agency', 'partnership', 'staff_placement', 'framework', 'criterion', 'expected_partner', 'evidence', 'evidence_link', 'assessment', 'criterion_rating'];
const ALL_TABLES = [...SOURCED_TABLES, 'source_document', 'evidence_agency', 'rating_evidence', 'information_sharing_agreement', 'agreement_party'];

describe('npm run seed', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ seed: false });
  });
  afterAll(() => hub.close());

  const counts = async () =>
    Object.fromEntries(
      await Promise.all(ALL_TABLES.map(async (t) => [t, Number((await hub.dataSource.query(`SELECT COUNT(*) AS n FROM ${t}`))[0].n)] as const)),
    );

  it('loads the seed files once, and a second run adds nothing', async () => {
    const first = await loadSeeds(hub.dataSource);
    expect(first.created).toBeGreaterThan(100);
    const after = await counts();
    const second = await loadSeeds(hub.dataSource);
    expect(second.created).toBe(0);
    expect(second.existing).toBe(first.created);
    expect(await counts()).toEqual(after);
    expect(after).toMatchObject({ yot: 2, source_document: 4, framework: 1, criterion: 10, expected_partner: 13, criterion_rating: 10 });
  });

  it('points every seeded record at its source document', async () => {
    for (const table of SOURCED_TABLES) {
      const [row] = await hub.dataSource.query(`SELECT COUNT(*) AS n FROM ${table} WHERE "sourceDocumentId" IS NULL`);
      expect([table, Number(row.n)]).toEqual([table, 0]);
    }
  });

  it('invents no dates: the documents give none', async () => {
    const dated = await hub.dataSource.query(
      `SELECT (SELECT COUNT(*) FROM evidence WHERE "occurredOn" IS NOT NULL) + (SELECT COUNT(*) FROM assessment WHERE "decidedOn" IS NOT NULL OR "validUntil" IS NOT NULL) + (SELECT COUNT(*) FROM partnership WHERE "startedOn" IS NOT NULL) AS n`,
    );
    expect(Number(dated[0].n)).toBe(0);
  });
});
