import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cell, suppress } from '../src/modules/coverage/suppression';
import {
  CharacteristicSummaryDocument,
  RecordOutcomesDocument,
  RegisterChildWithCharacteristicsDocument,
} from './generated/graphql';
import { addCoverageFixture, FIXTURE_CODE } from './support/coverage-fixture';
import { oracle, storedOutcomes } from './support/disclosure-oracle';
import { expectError } from './support/expect';
import { globalId } from './support/ids';
import { ANALYST, startTestHub, TestHub } from './support/hub';

// Fixtureshire, 30 children, suitable ETE in 2024-Q1 for i < 18:
// ethnicity WHITE for i < 12 (met i < 12 → 12 of 12), BLACK for 12 ≤ i < 20 (met 12…17 → 6 of 8), ASIAN for 20 ≤ i < 22 (0 of 2),
// not recorded for i ≥ 22 (0 of 8). Sex FEMALE for even i, MALE for odd i. Care status LOOKED_AFTER for i < 6, else NONE.
const ethnicity = (i: number) => (i < 12 ? 'WHITE' : i < 20 ? 'BLACK' : i < 22 ? 'ASIAN' : null);

describe('disproportionality characteristics', () => {
  let hub: TestHub;
  let yotId: string;
  beforeAll(async () => {
    hub = await startTestHub();
    await addCoverageFixture(hub.dataSource);
    yotId = await globalId(hub.dataSource, 'Yot', 'yot', `code = '${FIXTURE_CODE}'`);
    const outcomes = [];
    for (let i = 0; i < 30; i++) {
      const { data, errors } = await hub.exec(RegisterChildWithCharacteristicsDocument, {
        input: {
          yotId,
          ref: `DP-${i}`,
          ageBand: 'AGE_16_TO_17',
          sendStatus: i % 3 === 0 ? 'IDP_LOCAL_AUTHORITY' : 'SEN_SUPPORT',
          needs: [],
          ethnicity: ethnicity(i),
          sex: i % 2 === 0 ? 'FEMALE' : 'MALE',
          careStatus: i < 6 ? 'LOOKED_AFTER' : 'NONE',
          exclusion: i < 4 ? 'PERMANENTLY_EXCLUDED' : 'NONE',
          alternativeProvision: i < 4,
          slcn: 'IDENTIFIED',
          neurodevelopmentalNeeds: i < 3 ? ['ADHD', 'AUTISM'] : [],
        },
      });
      expect(errors).toBeUndefined();
      outcomes.push({
        childId: data!.registerChild!.child.id,
        measure: 'SUITABLE_ETE' as const,
        met: i < 18,
        period: '2024-Q1',
      });
    }
    expect((await hub.exec(RecordOutcomesDocument, { input: { outcomes } })).errors).toBeUndefined();
  });
  afterAll(() => hub.close());

  it('records the characteristics given at registration and leaves the others not recorded', async () => {
    const { data } = await hub.exec(RegisterChildWithCharacteristicsDocument, {
      input: {
        yotId,
        ref: 'DP-900',
        ageBand: 'AGE_10_TO_13',
        sendStatus: 'IDP_SCHOOL',
        needs: [],
        ethnicity: 'MIXED',
        neurodevelopmentalNeeds: ['AUTISM', 'ADHD'],
      },
    });
    expect(data!.registerChild!.child).toMatchObject({
      ref: 'DP-900',
      sendStatus: 'IDP_SCHOOL',
      ethnicity: 'MIXED',
      sex: null,
      careStatus: null,
      exclusion: null,
      alternativeProvision: null,
      slcn: null,
      neurodevelopmentalNeeds: ['ADHD', 'AUTISM'],
    });
  });

  it('refuses a repeated need and an unknown ethnicity', async () => {
    const repeated = await hub.exec(RegisterChildWithCharacteristicsDocument, {
      input: {
        yotId,
        ref: 'DP-901',
        ageBand: 'AGE_10_TO_13',
        sendStatus: 'NONE',
        needs: [],
        neurodevelopmentalNeeds: ['ADHD', 'ADHD'],
      },
    });
    expect(expectError(repeated.errors, 'BAD_USER_INPUT', ['registerChild']).message).toMatch(
      /neurodevelopmentalNeeds/,
    );
    const unknown = await hub.exec(RegisterChildWithCharacteristicsDocument, {
      input: {
        yotId,
        ref: 'DP-902',
        ageBand: 'AGE_10_TO_13',
        sendStatus: 'NONE',
        needs: [],
        ethnicity: 'ROMAN' as never,
      },
    });
    expectError(unknown.errors, 'BAD_USER_INPUT');
  });

  it('counts outcomes by ethnicity exactly for administrators, with not recorded kept apart', async () => {
    const { data } = await hub.exec(CharacteristicSummaryDocument, {
      groupBy: ['ETHNICITY'],
      filter: { yotCodes: [FIXTURE_CODE] },
    });
    expect(data!.outcomeSummary!.rows.map((r) => [r.ethnicity, r.cohort, r.met])).toEqual([
      ['ASIAN', 2, 0],
      ['BLACK', 8, 6],
      ['NOT_RECORDED', 8, 0],
      ['WHITE', 12, 12],
    ]);
  });

  it('counts by sex, care status, exclusion, alternative provision, SLCN and neurodevelopmental needs', async () => {
    type Dim = 'SEX' | 'CARE_STATUS' | 'EXCLUSION' | 'ALTERNATIVE_PROVISION' | 'SLCN' | 'NEURODEVELOPMENTAL';
    const rows = async (
      dim: Dim,
      field: 'sex' | 'careStatus' | 'exclusion' | 'alternativeProvision' | 'slcn' | 'neurodevelopmental',
    ) =>
      (
        await hub.exec(CharacteristicSummaryDocument, { groupBy: [dim], filter: { yotCodes: [FIXTURE_CODE] } })
      ).data!.outcomeSummary!.rows.map((r) => [r[field], r.cohort, r.met]);
    expect(await rows('SEX', 'sex')).toEqual([
      ['FEMALE', 15, 9],
      ['MALE', 15, 9],
    ]);
    expect(await rows('CARE_STATUS', 'careStatus')).toEqual([
      ['LOOKED_AFTER', 6, 6],
      ['NONE', 24, 12],
    ]);
    expect(await rows('EXCLUSION', 'exclusion')).toEqual([
      ['NONE', 26, 14],
      ['PERMANENTLY_EXCLUDED', 4, 4],
    ]);
    expect(await rows('ALTERNATIVE_PROVISION', 'alternativeProvision')).toEqual([
      ['false', 26, 14],
      ['true', 4, 4],
    ]);
    expect(await rows('SLCN', 'slcn')).toEqual([['IDENTIFIED', 30, 18]]);
    // Children 0–2 have two needs each (ADHD, autism): one group per child, not one per need.
    expect(await rows('NEURODEVELOPMENTAL', 'neurodevelopmental')).toEqual([
      ['IDENTIFIED', 3, 3],
      ['NONE', 27, 15],
    ]);
  });

  it('protects characteristic counts for an analyst like every other count', async () => {
    const { data } = await hub.exec(
      CharacteristicSummaryDocument,
      { groupBy: ['ETHNICITY'], filter: { yotCodes: [FIXTURE_CODE] } },
      ANALYST,
    );
    const summary = data!.outcomeSummary!;
    expect(summary).toMatchObject({ perturbed: true, suppressionThreshold: 5 });
    const stored = await storedOutcomes(hub.dataSource);
    const refs: { id: number | string; ethnicity: string | null }[] = await hub.dataSource.query(
      `SELECT o.id, c.ethnicity FROM child_outcome o JOIN child c ON c.id = o."childId"`,
    );
    const ethnicityOf = new Map(refs.map((r) => [Number(r.id), r.ethnicity ?? 'NOT_RECORDED']));
    const groups = ['ASIAN', 'BLACK', 'NOT_RECORDED', 'WHITE'].map((e): Cell => ({
      key: [e],
      ...oracle(stored.filter((s) => ethnicityOf.get(s.id) === e)).published,
    }));
    const expected = suppress(groups, 5).map((c) => [
      c.key[0],
      c.suppressed,
      c.suppressed ? null : c.cohort,
      c.suppressed ? null : c.met,
    ]);
    expect(summary.rows.map((r) => [r.ethnicity, r.suppressed, r.cohort, r.met])).toEqual(expected);
    // The two Asian children are never published.
    expect(summary.rows.find((r) => r.ethnicity === 'ASIAN')).toMatchObject({
      suppressed: true,
      cohort: null,
      met: null,
    });
  });

  it('protects the neurodevelopmental breakdown the same way, a child with two needs counted once', async () => {
    const { data } = await hub.exec(
      CharacteristicSummaryDocument,
      { groupBy: ['NEURODEVELOPMENTAL'], filter: { yotCodes: [FIXTURE_CODE] } },
      ANALYST,
    );
    const stored = await storedOutcomes(hub.dataSource);
    const refs: { id: number | string; needs: string | null }[] = await hub.dataSource.query(
      `SELECT o.id, c."neurodevelopmentalNeeds" AS needs FROM child_outcome o JOIN child c ON c.id = o."childId"`,
    );
    // Worked out from the stored lists in TypeScript, not by the SQL under test.
    const groupOf = new Map(
      refs.map((r) => [
        Number(r.id),
        r.needs == null ? 'NOT_RECORDED' : (JSON.parse(r.needs) as string[]).length ? 'IDENTIFIED' : 'NONE',
      ]),
    );
    const groups = ['IDENTIFIED', 'NONE'].map((g): Cell => ({
      key: [g],
      ...oracle(stored.filter((s) => groupOf.get(s.id) === g)).published,
    }));
    const expected = suppress(groups, 5).map((c) => [
      c.key[0],
      c.suppressed,
      c.suppressed ? null : c.cohort,
      c.suppressed ? null : c.met,
    ]);
    expect(data!.outcomeSummary!.rows.map((r) => [r.neurodevelopmental, r.suppressed, r.cohort, r.met])).toEqual(
      expected,
    );
    // The three children with needs (3 outcomes) are withheld, and so is the other group, which would give them away.
    expect(expected.map((e) => e[1])).toEqual([true, true]);
  });
});
