import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSynthetic } from '../src/seed/synthetic/national';
import { AnalystCriterionCountsDocument, AnalystEvidenceCountDocument, AnalystEvidenceTitlesDocument, type EvidenceFilter } from './generated/graphql';
import { expectError } from './support/expect';
import { startTestHub, TestHub } from './support/hub';

/** Analysts' filters on the seeded YOTs plus a small synthetic national dataset (3 YOTs). */
describe('analysts\' filters', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await loadSynthetic(hub.dataSource, { scale: 0.02, seed: 42 });
  }, 120_000);
  afterAll(() => hub?.close());

  const count = async (filter: EvidenceFilter) => {
    const { data, errors } = await hub.exec(AnalystEvidenceCountDocument, { filter });
    expect(errors).toBeUndefined();
    return data!.evidence.totalCount;
  };

  it('evidence(countable, currentOn) counts exactly what criterion coverage counts, for every YOT × criterion', async () => {
    const yots: { code: string }[] = await hub.dataSource.query('SELECT code FROM yot ORDER BY code');
    expect(yots.length).toBeGreaterThanOrEqual(5);
    let compared = 0;
    let differsFromAll = 0;
    for (const asOf of ['2024-06-30', '2026-09-30']) {
      for (const { code } of yots) {
        const { data } = await hub.exec(AnalystCriterionCountsDocument, { yotCode: code, asOf });
        for (const row of data!.criterionCoverage) {
          const filter = { yotCodes: [code], criterionCodes: [row.criterion.code] };
          expect(await count({ ...filter, countable: true, currentOn: asOf }), `${code} ${row.criterion.code} ${asOf}`).toBe(row.evidenceCount);
          if ((await count(filter)) !== row.evidenceCount) differsFromAll++;
          compared++;
        }
      }
    }
    expect(compared).toBe(yots.length * 10 * 2);
    // The filter matters: without it the counts disagree somewhere (withdrawn, rejected, expired or future items).
    expect(differsFromAll).toBeGreaterThan(0);
  });

  it('countable: false is the complement, and currentOn alone means countable on that day', async () => {
    const filter = { yotCodes: ['E08000011'] };
    const all = await count(filter);
    const yes = await count({ ...filter, countable: true, currentOn: '2024-06-30' });
    const no = await count({ ...filter, countable: false, currentOn: '2024-06-30' });
    expect(yes + no).toBe(all);
    expect(await count({ ...filter, currentOn: '2024-06-30' })).toBe(yes);
  });

  it('filters recordedAt, reviewedAt, expiresOn and occurredOn by inclusive day ranges', async () => {
    const [{ id, recorded }] = await hub.dataSource.query(`SELECT id, "recordedAt" AS recorded FROM evidence ORDER BY id LIMIT 1`);
    void id;
    const day = new Date(recorded).toISOString().slice(0, 10);
    const onDay = await count({ recordedAt: { from: day, to: day } });
    const [{ n }] = await hub.dataSource.query(`SELECT COUNT(*) AS n FROM evidence`);
    expect(onDay).toBeGreaterThan(0);
    expect((await count({ recordedAt: { to: day } })) + (await count({ recordedAt: { from: nextDay(day) } }))).toBe(Number(n));
    // Set a few dates by hand and find exactly those.
    await hub.dataSource.query(`UPDATE evidence SET "recordedAt" = '2020-01-15 10:00:00', "reviewedAt" = '2020-02-01 23:59:00' WHERE id IN (1, 2)`);
    await hub.dataSource.query(`UPDATE evidence SET "expiresOn" = '2030-12-31' WHERE id = 3`);
    expect(await count({ recordedAt: { to: '2020-01-15' } })).toBe(2);
    expect(await count({ recordedAt: { from: '2020-01-15', to: '2020-01-15' } })).toBe(2);
    expect(await count({ recordedAt: { to: '2020-01-14' } })).toBe(0);
    expect(await count({ reviewedAt: { from: '2020-02-01', to: '2020-02-01' } })).toBe(2);
    expect(await count({ expiresOn: { from: '2030-12-31' } })).toBe(1);
    const occurred = await count({ occurredOn: { from: '2024-01-01', to: '2024-12-31' } });
    expect(occurred).toBe(await count({ occurredFrom: '2024-01-01', occurredTo: '2024-12-31' }));
  });

  it('refuses a range whose from is after its to', async () => {
    const result = await hub.exec(AnalystEvidenceTitlesDocument, { filter: { recordedAt: { from: '2024-02-01', to: '2024-01-01' } } });
    expect(expectError(result.errors, 'BAD_USER_INPUT').message).toMatch(/recordedAt\.from/);
  });
});

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
