/**
 * Differencing attacks on outcome summaries (issue 13, item 1), run as a determined analyst or YOT manager
 * would: ask two overlapping questions, subtract, and hope for the records that differ. The fixture's true
 * counts are known, so every attack instance can be scored: did the attacker's difference equal the true
 * small count (1–5)? Across all instances that rate must be no better than the rate designed into the
 * perturbation table, and no true value may come out the same every time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpRevision } from '../../src/db/revision';
import { Caller, Role } from '../../src/modules/auth/roles';
import { ChildOutcome } from '../../src/modules/child/child-outcome.entity';
import { Child } from '../../src/modules/child/child.entity';
import { AgeBand, OutcomeMeasure, SendStatus } from '../../src/modules/child/child.enums';
import { DESIGNED_EXACT_RECOVERY_RATE } from '../../src/modules/coverage/disclosure/perturbation-table';
import { Yot } from '../../src/modules/yot/yot.entity';
import { Nation } from '../../src/modules/yot/yot.enums';
import {
  ProtectedOutcomeSummaryDocument,
  type OutcomeDimension,
  type OutcomeSummaryFilter,
} from '../generated/graphql';
import { fixtureRecordKey } from '../support/fixtures';
import { ANALYST, startTestHub, TestHub } from '../support/hub';

const MEASURES = [
  OutcomeMeasure.SUITABLE_ETE,
  OutcomeMeasure.SEND_SCREENED,
  OutcomeMeasure.FORMAL_SEND_PLAN,
  OutcomeMeasure.CUSTODY,
];
const QUARTERS = ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];
const STATUSES = [SendStatus.EHCP, SendStatus.SEN_SUPPORT, SendStatus.NONE, SendStatus.UNKNOWN];

/**
 * The attack fixture. "Attack North" has four large YOTs (N1–N4: 24–32 outcomes in every measure and
 * quarter) and one small one (N5: 1–5 in every measure and quarter). "Attack South" has a large YOT whose
 * manager attacks (S1) and a small one (S2: 1–5). Child j of a YOT takes part in a (measure, quarter) cell
 * when j < the cell's size; its SEND status is UNKNOWN when j ≡ 0 (mod 8), NONE when j ≡ 3, otherwise
 * SEN_SUPPORT (odd) or EHCP (even), so in a large cell the UNKNOWN and NONE counts are 3 or 4.
 */
const YOTS = [
  ...[1, 2, 3, 4].map((i) => ({ code: `X0000N0${i}`, region: 'Attack North', large: true, seed: i })),
  { code: 'X0000N05', region: 'Attack North', large: false, seed: 5 },
  { code: 'X0000S01', region: 'Attack South', large: true, seed: 6 },
  { code: 'X0000S02', region: 'Attack South', large: false, seed: 7 },
];
const [N1, N2, N3, N4, N5, S1, S2] = YOTS.map((y) => y.code);

/** True number of outcomes of a YOT in one measure and quarter. */
function size(yot: (typeof YOTS)[number], m: number, q: number): number {
  return yot.large ? 24 + ((yot.seed * 7 + m * 3 + q * 5) % 9) : 1 + ((yot.seed + m * 2 + q * 3) % 5);
}
const statusOf = (j: number) =>
  j % 8 === 0 ? SendStatus.UNKNOWN : j % 8 === 3 ? SendStatus.NONE : j % 2 ? SendStatus.SEN_SUPPORT : SendStatus.EHCP;
/** True count of a YOT's outcomes in one measure and quarter with one of `statuses`. */
function countOf(code: string, m: number, q: number, statuses: readonly SendStatus[] = STATUSES): number {
  const n = size(
    YOTS.find((y) => y.code === code)!,
    m,
    q,
  );
  return Array.from({ length: n }, (_, j) => statusOf(j)).filter((s) => statuses.includes(s)).length;
}

/** True met count of a YOT in one measure and quarter (child j met when j + m + q is even). */
function metOf(code: string, m: number, q: number): number {
  return Array.from(
    {
      length: size(
        YOTS.find((y) => y.code === code)!,
        m,
        q,
      ),
    },
    (_, j) => j,
  ).filter((j) => (j + m + q) % 2 === 0).length;
}

async function addAttackFixture(hub: TestHub): Promise<void> {
  await hub.dataSource.transaction(async (db) => {
    await bumpRevision(db);
    for (const y of YOTS) {
      const yot = await db.getRepository(Yot).save(
        db.getRepository(Yot).create({
          code: y.code,
          name: `Attack YJS ${y.code}`,
          localAuthorities: [y.code],
          region: y.region,
          nation: Nation.ENGLAND,
        }),
      );
      const children = await db.getRepository(Child).save(
        Array.from({ length: y.large ? 32 : 5 }, (_, j) =>
          db.getRepository(Child).create({
            yotId: yot.id,
            ref: `ATK-${y.code}-${j}`,
            ageBand: AgeBand.AGE_14_TO_15,
            sendStatus: statusOf(j),
            needs: [],
            recordKey: fixtureRecordKey(y.code, `ATK-${j}`),
          }),
        ),
      );
      const outcomes = MEASURES.flatMap((measure, m) =>
        QUARTERS.flatMap((period, q) =>
          children
            .slice(0, size(y, m, q))
            .map((c, j) => ({ childId: c.id, measure, period, met: (j + m + q) % 2 === 0, recordedById: null })),
        ),
      );
      for (let i = 0; i < outcomes.length; i += 400)
        await db.getRepository(ChildOutcome).insert(outcomes.slice(i, i + 400));
    }
  });
}

/** One attack instance: the true small count it targets and what the attacker worked out (null: a figure was withheld). */
interface Attempt {
  truth: number;
  guess: number | null;
}

describe('differencing attacks on outcome summaries', () => {
  let hub: TestHub;
  let manager: Caller;
  const attempts = new Map<string, Attempt[]>();
  beforeAll(async () => {
    hub = await startTestHub();
    await addAttackFixture(hub);
    const [{ id }] = await hub.dataSource.query(`SELECT id FROM yot WHERE code = '${S1}'`);
    manager = { name: 'S1 manager', role: Role.YOT_MANAGER, yotId: Number(id), agencyId: null };
  }, 120_000);
  afterAll(() => hub.close());

  /** The single published cohort (or met count) for a filter, grouped by nothing; null when withheld. */
  const total = async (
    filter: OutcomeSummaryFilter,
    as: Caller = ANALYST,
    count: 'cohort' | 'met' = 'cohort',
  ): Promise<number | null> => {
    const { data, errors } = await hub.exec(ProtectedOutcomeSummaryDocument, { groupBy: [], filter }, as);
    expect(errors).toBeUndefined();
    const rows = data!.outcomeSummary!.rows;
    expect(rows).toHaveLength(1);
    return rows[0].suppressed ? null : rows[0][count]!;
  };
  const cell = (m: number, q: number): OutcomeSummaryFilter => ({
    measures: [MEASURES[m]],
    periodFrom: QUARTERS[q],
    periodTo: QUARTERS[q],
  });
  const record = (attack: string, truth: number, guess: number | null) => {
    expect(truth).toBeGreaterThanOrEqual(1);
    expect(truth).toBeLessThanOrEqual(5);
    attempts.set(attack, [...(attempts.get(attack) ?? []), { truth, guess }]);
  };
  const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

  it('1: yotCodes lists that differ by one YOT', async () => {
    for (const others of [[N1], [N2, N3], [N1, N2, N3, N4]]) {
      for (let m = 0; m < MEASURES.length; m++) {
        for (let q = 0; q < QUARTERS.length; q++) {
          const withTarget = await total({ ...cell(m, q), yotCodes: [...others, N5] });
          const without = await total({ ...cell(m, q), yotCodes: others });
          record('yotCodes', countOf(N5, m, q), difference(withTarget, without));
          // The met count of the same cell, where it is not zero: the same subtraction on the other column.
          const met = metOf(N5, m, q);
          if (met > 0)
            record(
              'yotCodes (met)',
              met,
              difference(
                await total({ ...cell(m, q), yotCodes: [...others, N5] }, ANALYST, 'met'),
                await total({ ...cell(m, q), yotCodes: others }, ANALYST, 'met'),
              ),
            );
        }
      }
    }
  });

  it('2: sendStatuses lists that differ by one status', async () => {
    for (const yot of [N1, N2]) {
      for (const target of [SendStatus.UNKNOWN, SendStatus.NONE]) {
        for (let m = 0; m < MEASURES.length; m++) {
          for (let q = 4; q < QUARTERS.length; q++) {
            const rest = STATUSES.filter((s) => s !== target);
            const withTarget = await total({ ...cell(m, q), yotCodes: [yot], sendStatuses: STATUSES });
            const without = await total({ ...cell(m, q), yotCodes: [yot], sendStatuses: rest });
            record('sendStatuses', countOf(yot, m, q, [target]), difference(withTarget, without));
          }
        }
      }
    }
  });

  it('3: period ranges that differ by one quarter', async () => {
    // Small groups in every quarter: the small YOTs, and one status within a large YOT.
    const targets: [OutcomeSummaryFilter, (m: number, q: number) => number][] = [
      [{ yotCodes: [N5] }, (m, q) => countOf(N5, m, q)],
      [{ yotCodes: [S2] }, (m, q) => countOf(S2, m, q)],
      [{ yotCodes: [N1], sendStatuses: [SendStatus.UNKNOWN] }, (m, q) => countOf(N1, m, q, [SendStatus.UNKNOWN])],
      [{ yotCodes: [N2], sendStatuses: [SendStatus.NONE] }, (m, q) => countOf(N2, m, q, [SendStatus.NONE])],
    ];
    for (const [target, truth] of targets) {
      for (let m = 0; m < MEASURES.length; m++) {
        for (let q = 1; q < QUARTERS.length; q++) {
          const upTo = (to: number): OutcomeSummaryFilter => ({
            ...target,
            measures: [MEASURES[m]],
            periodFrom: QUARTERS[0],
            periodTo: QUARTERS[to],
          });
          record('periods', truth(m, q), difference(await total(upTo(q)), await total(upTo(q - 1))));
        }
      }
    }
  });

  it('4: a region total minus the other YOTs of the region asked one at a time', async () => {
    for (let m = 0; m < MEASURES.length; m++) {
      for (let q = 0; q < QUARTERS.length; q++) {
        let guess: number | null = await total({ ...cell(m, q), regions: ['Attack North'] });
        for (const other of [N1, N2, N3, N4])
          guess = difference(guess, await total({ ...cell(m, q), yotCodes: [other] }));
        record('region minus YOTs', countOf(N5, m, q), guess);
      }
    }
  });

  it("5: a YOT manager's own exact figure subtracted from the region's", async () => {
    for (let m = 0; m < MEASURES.length; m++) {
      for (let q = 0; q < QUARTERS.length; q++) {
        const own = await total({ ...cell(m, q), yotCodes: [S1] }, manager);
        expect(own).toBe(countOf(S1, m, q)); // exact, as the manager may see its own rows
        record(
          'manager exact minus region',
          countOf(S2, m, q),
          difference(await total({ ...cell(m, q), regions: ['Attack South'] }, manager), own),
        );
      }
    }
  });

  it("recovers small counts no more often than the table's designed rate, and never with certainty", () => {
    const all = [...attempts.values()].flat();
    const tried = all.filter((a) => a.guess !== null);
    const exact = (list: Attempt[]) => list.filter((a) => a.guess === a.truth).length;
    expect(all.length).toBeGreaterThanOrEqual(100);
    expect(tried.length).toBeGreaterThanOrEqual(100);
    const report = [...attempts.entries()].map(([attack, list]) => {
      const done = list.filter((a) => a.guess !== null);
      return `${attack}: ${exact(done)} exact of ${done.length} differences (${list.length - done.length} withheld)`;
    });
    console.info(
      `disclosure attacks, designed rate ${DESIGNED_EXACT_RECOVERY_RATE.toFixed(4)}:\n  ${report.join('\n  ')}\n  overall ${exact(tried)} of ${tried.length} = ${(exact(tried) / tried.length).toFixed(4)}`,
    );
    // Over every instance the attacker could compute, no better than designed.
    expect(exact(tried) / tried.length).toBeLessThanOrEqual(DESIGNED_EXACT_RECOVERY_RATE);
    for (const [attack, list] of attempts) {
      const done = list.filter((a) => a.guess !== null);
      // Each class alone, allowing for sampling: three standard errors of the designed rate.
      const slack = 3 * Math.sqrt((DESIGNED_EXACT_RECOVERY_RATE * (1 - DESIGNED_EXACT_RECOVERY_RATE)) / done.length);
      expect(exact(done) / done.length, attack).toBeLessThanOrEqual(DESIGNED_EXACT_RECOVERY_RATE + slack);
      // No certainty: for every true value attacked several times, the differences disagree with each other.
      for (let truth = 1; truth <= 5; truth++) {
        const guesses = done.filter((a) => a.truth === truth).map((a) => a.guess);
        if (guesses.length >= 4) expect(new Set(guesses).size, `${attack}, true ${truth}`).toBeGreaterThan(1);
      }
      // And an observed difference does not pin the truth down: the ones seen often come from several true values.
      const byGuess = new Map<number, Set<number>>();
      for (const a of done) byGuess.set(a.guess!, (byGuess.get(a.guess!) ?? new Set()).add(a.truth));
      // Only differences that two or more of the attacked true values could give with the usual spread (within 2):
      // with true values 3 and 4 only, a difference of 6 is much likelier from 4, which is the noise, not a leak.
      const attacked = [...new Set(done.map((a) => a.truth))];
      const common = [...byGuess.entries()].filter(
        ([guess]) =>
          done.filter((a) => a.guess === guess).length >= 6 &&
          attacked.filter((t) => Math.abs(guess - t) <= 2).length >= 2,
      );
      for (const [guess, truths] of common) expect(truths.size, `${attack}, difference ${guess}`).toBeGreaterThan(1);
    }
  });

  it('answers repeated, reordered and regrouped questions about the same records with identical numbers', async () => {
    const filter = {
      yotCodes: [N1, N2, N3],
      sendStatuses: [SendStatus.EHCP, SendStatus.UNKNOWN],
      measures: [OutcomeMeasure.SUITABLE_ETE, OutcomeMeasure.CUSTODY],
      periodFrom: '2024-Q1',
      periodTo: '2024-Q2',
    };
    const ask = (groupBy: OutcomeDimension[], f: OutcomeSummaryFilter) =>
      hub.exec(ProtectedOutcomeSummaryDocument, { groupBy, filter: f }, ANALYST);
    const first = await ask(['YOT', 'MEASURE'], filter);
    expect(first.data!.outcomeSummary!.perturbed).toBe(true);
    for (const again of [
      filter,
      {
        ...filter,
        yotCodes: [N3, N1, N2],
        sendStatuses: [SendStatus.UNKNOWN, SendStatus.EHCP],
        measures: [OutcomeMeasure.CUSTODY, OutcomeMeasure.SUITABLE_ETE],
      },
      {
        ...filter,
        yotCodes: [N2.toLowerCase(), N3, N1, N3],
        sendStatuses: [SendStatus.EHCP, SendStatus.UNKNOWN, SendStatus.EHCP],
      },
    ]) {
      expect(await ask(['YOT', 'MEASURE'], again)).toEqual(first);
      const swapped = (await ask(['MEASURE', 'YOT'], again)).data!.outcomeSummary!.rows;
      expect(
        swapped.sort((a, b) => a.yotCode!.localeCompare(b.yotCode!) || a.measure!.localeCompare(b.measure!)),
      ).toEqual(first.data!.outcomeSummary!.rows);
    }
    // The same records reached through another grouping: one YOT's cell by itself, or inside a wider table.
    const published = first.data!.outcomeSummary!.rows.filter((r) => !r.suppressed);
    expect(published.length).toBeGreaterThanOrEqual(4);
    let comparedInWider = 0;
    for (const row of published) {
      const alone = await ask([], { ...filter, yotCodes: [row.yotCode!], measures: [row.measure!] });
      expect(alone.data!.outcomeSummary!.rows[0]).toMatchObject({ cohort: row.cohort, met: row.met, rate: row.rate });
      const wider = await ask(['YOT', 'MEASURE'], { ...filter, yotCodes: [N1, N2, N3, N4, N5] });
      const same = wider.data!.outcomeSummary!.rows.find(
        (r) => r.yotCode === row.yotCode && r.measure === row.measure,
      )!;
      if (!same.suppressed) {
        comparedInWider++;
        expect(same).toMatchObject({ cohort: row.cohort, met: row.met, rate: row.rate });
      }
    }
    expect(comparedInWider).toBeGreaterThan(0);
  });
});
