import { DataSource } from 'typeorm';
import { AgencyType } from '../../modules/agency/agency.enums';
import { loadSeeds } from '../seed';
import { BulkWriter } from './bulk-writer';
import { Random } from './random';
import { NATIONAL_YOTS, REGIONS } from './shapes';
import { NationalContext, writeSyntheticYot, YotPlan } from './synthetic-yot';
import { planFamilies } from './kpi-data';
import { ComparatorGroup, ComparatorGroupMember } from '../../modules/comparator/comparator-group.entity';
import { Yot } from '../../modules/yot/yot.entity';
import { RawInteger } from '../../db/dialect';

export interface SyntheticOptions {
  /** 1 = national (160 YOTs); every count is proportional. */
  scale: number;
  seed: number;
  /** The day the data is built around; fixed by default so a seed always gives the same rows. */
  anchor?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface SyntheticSummary {
  yots: number;
  created: number;
  skipped: number;
  rows: number;
  statements: number;
  seconds: number;
}

export const DEFAULT_ANCHOR = '2026-09-30';

/** Synthetic YOT codes: an ONS-shaped code in a range ONS does not use (E99…, W99…), so they are easy to spot. */
export const SYNTHETIC_CODE = /^[EW]99\d{6}$/;

/**
 * Loads the synthetic national dataset: one transaction per YOT, each written with multi-row INSERTs.
 * Resumable and idempotent: a YOT whose code is already there is skipped, so re-running the same scale and
 * seed adds nothing, and a run that was stopped carries on where it stopped. The seed framework is loaded
 * first when it is missing.
 */
export async function loadSynthetic(dataSource: DataSource, options: SyntheticOptions): Promise<SyntheticSummary> {
  const started = Date.now();
  const national = await nationalContext(dataSource, options);
  const plans = planYots(options.scale, options.seed);
  const existing = new Set<string>(
    (await dataSource.query<{ code: string }[]>(`SELECT code FROM yot`)).map((r) => r.code),
  );
  const runner = dataSource.createQueryRunner();
  const writer = new BulkWriter(runner);
  let created = 0;
  try {
    for (const [i, plan] of plans.entries()) {
      if (!existing.has(plan.code)) {
        await writer.begin();
        try {
          await writeSyntheticYot(writer, national, plan);
          await writer.commit();
        } catch (error) {
          await writer.rollback();
          throw error;
        }
        created++;
      }
      options.onProgress?.(i + 1, plans.length);
    }
    await writeFamilies(dataSource, plans, options.seed);
    // Fresh planner statistics: the query plans the benchmarks measure depend on them. On PostgreSQL also the
    // visibility map, as autovacuum would set it on a live database: without it a count by index (`totalCount`)
    // still reads every row from the table (Q4 of issue 16: 100 ms instead of 26).
    await runner.query(dataSource.options.type === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE');
  } finally {
    await runner.release();
  }
  return {
    yots: plans.length,
    created,
    skipped: plans.length - created,
    rows: writer.rows,
    statements: writer.statements,
    seconds: (Date.now() - started) / 1000,
  };
}

/**
 * Puts every synthetic YOT in its synthetic comparator family (planFamilies), in one transaction. Idempotent:
 * groups and memberships already as planned are left alone.
 */
async function writeFamilies(dataSource: DataSource, plans: YotPlan[], seed: number): Promise<void> {
  await dataSource.transaction(async (db) => {
    const ids = new Map(
      (await db.getRepository(Yot).find({ select: { id: true, code: true } })).map((y) => [y.code, y.id]),
    );
    for (const family of planFamilies(plans, seed)) {
      const groups = db.getRepository(ComparatorGroup);
      const group =
        (await groups.findOneBy({ code: family.code })) ??
        (await groups.save(
          groups.create({
            code: family.code,
            name: family.name,
            source: 'Synthetic grouping (npm run seed:synthetic); not a YJB family.',
          }),
        ));
      for (const code of family.members) {
        const yotId = ids.get(code)!;
        const members = db.getRepository(ComparatorGroupMember);
        const current = await members.findOneBy({ yotId });
        if (current?.groupId === group.id) continue;
        if (current) await members.delete({ id: current.id });
        await members.insert({ groupId: group.id, yotId });
      }
    }
  });
}

/** The YOTs of a dataset: `round(160 × scale)` of them, spread over the ten regions by their real sizes. */
export function planYots(scale: number, seed: number): YotPlan[] {
  const count = Math.max(1, Math.round(NATIONAL_YOTS * scale));
  const total = REGIONS.reduce((sum, r) => sum + r.weight, 0);
  const assigned = REGIONS.map(() => 0);
  const rnd = Random.derive(seed, 0x5917);
  return Array.from({ length: count }, (_, i) => {
    // The region furthest behind its share so far: every region gets YOTs even at small scales.
    let best = 0;
    REGIONS.forEach((r, k) => {
      const deficit = (r.weight / total) * (i + 1) - assigned[k];
      if (deficit > (REGIONS[best].weight / total) * (i + 1) - assigned[best]) best = k;
    });
    assigned[best]++;
    const region = REGIONS[best];
    const index = i + 1;
    const place = `${rnd.pick(PLACE_START)}${rnd.pick(PLACE_END)}`;
    return {
      index,
      code: `${region.nation === 'WALES' ? 'W' : 'E'}99${String(index).padStart(6, '0')}`,
      name: `${place} ${index} Youth Justice Service`,
      region: region.name,
      nation: region.nation,
    };
  });
}

const PLACE_START = [
  'Ash',
  'Bram',
  'Car',
  'Dun',
  'Elm',
  'Fair',
  'Glen',
  'Hart',
  'Ives',
  'Kings',
  'Lang',
  'Mar',
  'North',
  'Oak',
  'Pen',
  'Red',
  'Stan',
  'Thorn',
  'Up',
  'West',
];
const PLACE_END = ['borough', 'bridge', 'by', 'dale', 'field', 'ford', 'ham', 'ley', 'mouth', 'stead', 'ton', 'wick'];

async function nationalContext(dataSource: DataSource, options: SyntheticOptions): Promise<NationalContext> {
  const find = () =>
    dataSource.query<{ id: RawInteger }[]>(`SELECT id FROM framework WHERE code = 'YJ_SEND' ORDER BY id DESC LIMIT 1`);
  let framework = await find();
  if (!framework.length) {
    await loadSeeds(dataSource);
    framework = await find();
  }
  const frameworkId = Number(framework[0].id);
  const criteria: { id: RawInteger; code: string }[] = await dataSource.query(
    `SELECT id, code FROM criterion WHERE "frameworkId" = ${frameworkId} ORDER BY position`,
  );
  const expected: { type: AgencyType; statutory: boolean | number }[] = await dataSource.query(
    `SELECT "agencyType" AS type, statutory FROM expected_partner WHERE "frameworkId" = ${frameworkId} ORDER BY id`,
  );
  return {
    seed: options.seed,
    anchor: options.anchor ?? DEFAULT_ANCHOR,
    frameworkId,
    criteria: criteria.map((c) => ({ id: Number(c.id), code: c.code })),
    expected: expected.map((e) => ({ type: e.type, statutory: Boolean(Number(e.statutory)) })),
  };
}
