import { dialectOf, RawInteger } from '../../db/dialect';
import { HubContext } from '../../graphql/context';
import { BadUserInputError } from '../../graphql/errors';
import { decodeGlobalId } from '../../graphql/relay';
import { AuditService } from '../audit/audit.service';
import { canWriteChildren } from '../auth/scope';
import { RowError } from '../child/child-write.service';
import { KpiObservation } from './kpi-observation.entity';
import { KpiObservationInput, RecordKpiObservationsInput } from './kpi.inputs';
import { kpiObservationProblem } from './kpi.rules';

const MAX_REPORTED_ROWS = 50;
const INSERT_CHUNK = 500;

type Row = Pick<
  KpiObservation,
  | 'childId'
  | 'kpi'
  | 'period'
  | 'cohort'
  | 'stage'
  | 'met'
  | 'needIdentified'
  | 'supportOffered'
  | 'attending'
  | 'formalPlan'
  | 'hoursOffered'
  | 'hoursAttended'
  | 'recordedById'
>;

/** Writes KPI observations, all or nothing, inside the caller's transaction `tx`. */
export class KpiWriteService {
  /**
   * Records a batch: every row is checked first (ids, the caller's scope, the KPI's shape in kpi.rules.ts,
   * repeats in the batch and in the hub); any bad row rejects the batch, listing the bad rows.
   */
  static async record(tx: HubContext, input: RecordKpiObservationsInput): Promise<{ count: number }> {
    const rows = await KpiWriteService.check(tx, input.observations);
    for (let i = 0; i < rows.length; i += INSERT_CHUNK)
      await tx.db.getRepository(KpiObservation).insert(rows.slice(i, i + INSERT_CHUNK));
    const children = [...new Set(rows.map((r) => r.childId))];
    await AuditService.record(tx, 'recordKpiObservations', 'Child', children[0], {
      kpiObservations: {
        before: null,
        after: {
          count: rows.length,
          children: children.length,
          periods: [...new Set(rows.map((r) => r.period))].sort(),
        },
      },
    });
    return { count: rows.length };
  }

  private static async check(tx: HubContext, observations: KpiObservationInput[]): Promise<Row[]> {
    const keyOf = (id: string, type: string): number | null => {
      try {
        return decodeGlobalId(id, type).key;
      } catch {
        return null;
      }
    };
    const childKeys = observations.map((o) => keyOf(o.childId, 'Child'));
    const agencyKeys = observations.map((o) => (o.recordedById ? keyOf(o.recordedById, 'Agency') : undefined));
    const dialect = dialectOf(tx.db);
    const wantedChildren = [...new Set(childKeys.filter((k): k is number => k !== null))];
    const wantedAgencies = [...new Set(agencyKeys.filter((k): k is number => typeof k === 'number'))];
    const children = new Set<number>();
    if (wantedChildren.length) {
      const found: { id: RawInteger; yotId: RawInteger }[] = await tx.db
        .createQueryBuilder()
        .select('c.id', 'id')
        .addSelect('c."yotId"', 'yotId')
        .from('child', 'c')
        .where(dialect.inList('c.id', 'ids'), { ids: dialect.listParam(wantedChildren) })
        .getRawMany();
      // A child of a YOT the caller may not write to is reported as one that does not exist (no counting by refusal).
      for (const r of found) if (canWriteChildren(tx, Number(r.yotId))) children.add(Number(r.id));
    }
    const agencies = new Set<number>();
    if (wantedAgencies.length) {
      const found: { id: RawInteger }[] = await tx.db
        .createQueryBuilder()
        .select('a.id', 'id')
        .from('agency', 'a')
        .where(dialect.inList('a.id', 'ids'), { ids: dialect.listParam(wantedAgencies) })
        .getRawMany();
      for (const r of found) agencies.add(Number(r.id));
    }
    const keyOfRow = (r: { childId: number; kpi: string; period: string; cohort: string; stage: string }) =>
      JSON.stringify([r.childId, r.kpi, r.period, r.cohort, r.stage]);
    const existing = new Set<string>();
    if (children.size) {
      const recorded = await tx.db
        .getRepository(KpiObservation)
        .createQueryBuilder('k')
        .select([
          'k.childId AS "childId"',
          'k.kpi AS kpi',
          'k.period AS period',
          'k.cohort AS cohort',
          'k.stage AS stage',
        ])
        .where(dialect.inList('k.childId', 'children'), { children: dialect.listParam([...children]) })
        .getRawMany<{ childId: RawInteger; kpi: string; period: string; cohort: string; stage: string }>();
      for (const r of recorded) existing.add(keyOfRow({ ...r, childId: Number(r.childId) }));
    }
    const errors: RowError[] = [];
    const seen = new Map<string, number>();
    const rows: Row[] = [];
    observations.forEach((o, index) => {
      const child = childKeys[index];
      const agency = agencyKeys[index];
      if (child === null) return errors.push({ index, reason: `childId "${o.childId}" is not a Child id` });
      if (!children.has(child)) return errors.push({ index, reason: `no child with id ${o.childId}` });
      if (agency === null)
        return errors.push({ index, reason: `recordedById "${o.recordedById}" is not an Agency id` });
      if (agency !== undefined && !agencies.has(agency))
        return errors.push({ index, reason: `no agency with id ${o.recordedById}` });
      const problem = kpiObservationProblem(o);
      if (problem) return errors.push({ index, reason: problem });
      const key = keyOfRow({ ...o, childId: child });
      if (existing.has(key))
        return errors.push({
          index,
          reason: `${o.kpi} ${o.cohort} ${o.stage} for ${o.period} is already recorded for this child; observations are not overwritten`,
        });
      if (seen.has(key))
        return errors.push({
          index,
          reason: `repeats row ${seen.get(key)} (same child, KPI, quarter, cohort and stage)`,
        });
      seen.set(key, index);
      rows.push({
        childId: child,
        kpi: o.kpi,
        period: o.period,
        cohort: o.cohort,
        stage: o.stage,
        met: o.met ?? null,
        needIdentified: o.needIdentified ?? null,
        supportOffered: o.supportOffered ?? null,
        attending: o.attending ?? null,
        formalPlan: o.formalPlan ?? null,
        hoursOffered: o.hoursOffered ?? null,
        hoursAttended: o.hoursAttended ?? null,
        recordedById: agency ?? null,
      });
    });
    if (errors.length) {
      throw new BadUserInputError(
        `${errors.length} of ${observations.length} KPI observation rows are invalid, so none were recorded. First: row ${errors[0].index}: ${errors[0].reason}.`,
        `input.observations[${errors[0].index}]`,
        { rejectedRows: errors.length, rows: errors.slice(0, MAX_REPORTED_ROWS) },
      );
    }
    return rows;
  }
}
