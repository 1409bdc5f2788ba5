import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../src/seed/seed';
import { startTestHub, TestHub } from './support/hub';

/** Tables whose every seeded row must name the document it came from. */
const SOURCED_TABLES = [
  'yot',
  'agency',
  'partnership',
  'staff_placement',
  'framework',
  'criterion',
  'expected_partner',
  'evidence',
  'evidence_link',
  'assessment',
  'criterion_rating',
  'awarding_body',
];
const ALL_TABLES = [
  ...SOURCED_TABLES,
  'source_document',
  'evidence_agency',
  'rating_evidence',
  'information_sharing_agreement',
  'agreement_party',
  'yot_host_authority',
  'assessment_process',
];

describe('npm run seed', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ seed: false });
  });
  afterAll(() => hub.close());

  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        ALL_TABLES.map(
          async (t) => [t, Number((await hub.dataSource.query(`SELECT COUNT(*) AS n FROM ${t}`))[0].n)] as const,
        ),
      ),
    );

  it('loads the seed files once, and a second run adds nothing', async () => {
    const first = await loadSeeds(hub.dataSource);
    expect(first.created).toBeGreaterThan(100);
    const after = await counts();
    const second = await loadSeeds(hub.dataSource);
    expect(second.created).toBe(0);
    expect(second.existing).toBe(first.created);
    expect(await counts()).toEqual(after);
    // The two announcements, the framework notes and the Act, and seven public pages (AYM, BwD, AfA, Microlink PC,
    // Landmark Chambers, the Commons Library, Mersey Care).
    expect(after).toMatchObject({
      yot: 2,
      source_document: 11,
      framework: 1,
      criterion: 10,
      expected_partner: 13,
      criterion_rating: 10,
      yot_host_authority: 2,
      assessment: 3,
    });
  });

  it('points every seeded record at its source document', async () => {
    for (const table of SOURCED_TABLES) {
      const [row] = await hub.dataSource.query(`SELECT COUNT(*) AS n FROM ${table} WHERE "sourceDocumentId" IS NULL`);
      expect([table, Number(row.n)]).toEqual([table, 0]);
    }
  });

  it('invents no dates: the documents give none, and the one award date comes, to the month, from its public source', async () => {
    const dated = await hub.dataSource.query(
      `SELECT (SELECT COUNT(*) FROM evidence WHERE "occurredOn" IS NOT NULL) + (SELECT COUNT(*) FROM partnership WHERE "startedOn" IS NOT NULL OR "endedOn" IS NOT NULL) + (SELECT COUNT(*) FROM staff_placement WHERE "startedOn" IS NOT NULL) AS n`,
    );
    expect(Number(dated[0].n)).toBe(0);
    const awards = await hub.dataSource.query(
      `SELECT a."decidedOn" AS decided, a."decidedOnPrecision" AS precision, a."validUntil" AS until, s.key FROM assessment a LEFT JOIN source_document s ON s.id = a."dateSourceDocumentId" WHERE a."decidedOn" IS NOT NULL OR a."validUntil" IS NOT NULL`,
    );
    expect(
      awards.map((a: Record<string, unknown>) => [
        String(a.decided).slice(0, 10),
        a.precision,
        String(a.until).slice(0, 10),
        a.key,
      ]),
    ).toEqual([['2019-09-01', 'MONTH', '2022-09-30', 'afa-yj-update-sept-2019']]);
  });

  it("dates each body's end from a public source, and marks what it inferred", async () => {
    const ceased = await hub.dataSource.query(
      `SELECT a.name, s.url FROM agency a JOIN source_document s ON s.id = a."ceasedSourceDocumentId" WHERE a."ceasedOn" IS NOT NULL ORDER BY a.name`,
    );
    expect(ceased.map((a: { name: string }) => a.name)).toEqual([
      'Knowsley CCG',
      'National Probation Service',
      'North West Boroughs Healthcare NHS Foundation Trust',
    ]);
    expect(ceased.every((a: { url: string | null }) => a.url?.startsWith('https://'))).toBe(true);
    const inferred = await hub.dataSource.query(
      `SELECT (SELECT COUNT(*) FROM agency WHERE basis = 'INFERRED') AS agencies, (SELECT COUNT(*) FROM partnership WHERE basis = 'INFERRED') AS partnerships, (SELECT COUNT(*) FROM staff_placement WHERE basis = 'INFERRED') AS placements`,
    );
    // Merseyside Police, the Met, Probation Service (London), Knowsley's pre- and post-16 education; the police and
    // probation partnerships; Barnet's YOT-employed social workers and youth justice officers.
    expect(Object.values(inferred[0]).map(Number)).toEqual([5, 3, 2]);
  });
});
