import { HubContext } from '../../graphql/context';
import { BadUserInputError } from '../../graphql/errors';
import { findById } from '../../graphql/records';
import { dialectOf, RawInteger } from '../../db/dialect';
import { AuditService } from '../audit/audit.service';
import { Yot } from '../yot/yot.entity';
import { ComparatorGroup, ComparatorGroupMember } from './comparator-group.entity';
import { SetComparatorGroupInput, SetYotPopulationInput } from './comparator.inputs';
import { YotPopulation } from './yot-population.entity';

/** Populations and comparator groups: the bases of comparisons between YOTs. */
export class ComparatorService {
  /** Sets (or replaces) a YOT's 10–17 population for a year; audited with the figure before and after. */
  static async setPopulation(tx: HubContext, input: SetYotPopulationInput): Promise<{ yotPopulation: YotPopulation }> {
    const yot = await findById(tx, Yot, input.yotId, 'input.yotId');
    const repo = tx.db.getRepository(YotPopulation);
    const before = await repo.findOneBy({ yotId: yot.id, year: input.year });
    const saved = await repo.save(
      Object.assign(before ? { ...before } : repo.create({ yotId: yot.id, year: input.year }), {
        population10To17: input.population10To17,
        source: input.source,
      }),
    );
    await AuditService.changed(tx, 'setYotPopulation', 'Yot', yot.id, before && { population: before }, {
      population: { year: saved.year, population10To17: saved.population10To17, source: saved.source },
    });
    return { yotPopulation: saved };
  }

  /** Creates or replaces a comparator group and its members (moving each member out of any other group). */
  static async setGroup(tx: HubContext, input: SetComparatorGroupInput): Promise<{ comparatorGroup: ComparatorGroup }> {
    const yots = await Promise.all(input.yotIds.map((id, i) => findById(tx, Yot, id, `input.yotIds[${i}]`)));
    const ids = [...new Set(yots.map((y) => y.id))];
    if (ids.length !== yots.length) throw new BadUserInputError('input.yotIds names a YOT twice.', 'input.yotIds');
    const groups = tx.db.getRepository(ComparatorGroup);
    const members = tx.db.getRepository(ComparatorGroupMember);
    const before = await groups.findOneBy({ code: input.code });
    const beforeMembers = before
      ? (await members.findBy({ groupId: before.id })).map((m) => m.yotId).sort((a, b) => a - b)
      : null;
    const group = await groups.save(
      Object.assign(before ?? groups.create({ code: input.code }), { name: input.name, source: input.source ?? null }),
    );
    await members.delete({ groupId: group.id });
    if (ids.length) {
      const dialect = dialectOf(tx.db);
      await members
        .createQueryBuilder()
        .delete()
        .where(dialect.inList('"yotId"', 'ids'), { ids: dialect.listParam(ids) })
        .execute();
      await members.insert(ids.map((yotId) => ({ groupId: group.id, yotId })));
    }
    await AuditService.changed(
      tx,
      'setComparatorGroup',
      'ComparatorGroup',
      group.id,
      before && { name: before.name, source: before.source, members: beforeMembers },
      { name: group.name, source: group.source, members: [...ids].sort((a, b) => a - b) },
    );
    return { comparatorGroup: group };
  }

  /**
   * The 10–17 population of each YOT, the latest estimate of `year` or before (null: none), by YOT code;
   * one statement.
   */
  static async populationsUpTo(ctx: HubContext, year: number): Promise<Map<string, number>> {
    const rows: { code: string; year: number; population: RawInteger }[] = await ctx.db
      .createQueryBuilder()
      .select('y.code', 'code')
      .addSelect('p.year', 'year')
      .addSelect('p."population10To17"', 'population')
      .from('yot_population', 'p')
      .innerJoin('yot', 'y', 'y.id = p."yotId"')
      .where('p.year <= :year', { year })
      .orderBy('p.year', 'ASC')
      .getRawMany();
    const latest = new Map<string, number>();
    for (const r of rows) latest.set(r.code, Number(r.population));
    return latest;
  }
}
