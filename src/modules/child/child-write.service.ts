import { HubContext } from '../../graphql/context';
import { BadUserInputError, ConflictError } from '../../graphql/errors';
import { findById } from '../../graphql/records';
import { decodeGlobalId } from '../../graphql/relay';
import { dialectOf, uniqueViolation, RawInteger } from '../../db/dialect';
import { AuditService } from '../audit/audit.service';
import { Yot } from '../yot/yot.entity';
import { ChildOutcome } from './child-outcome.entity';
import { Child } from './child.entity';
import { OutcomeInput, RecordOutcomesInput, RegisterChildInput } from './child.inputs';
import { canWriteChildren, requireYotWriter } from '../auth/scope';
import { conflictFromUniqueViolation } from '../../graphql/validation';
import { newRecordKey } from '../coverage/disclosure/record-key';

/** Rows rejected in a batch are reported up to this many, with their index and reason. */
const MAX_REPORTED_ROWS = 50;
/** Rows per INSERT statement when writing a batch. */
const INSERT_CHUNK = 500;

/** The optional disproportionality characteristics of a registration; anything omitted is stored as not recorded (null). */
export function characteristicsOf(
  input: RegisterChildInput,
): Pick<
  Child,
  'ethnicity' | 'sex' | 'careStatus' | 'exclusion' | 'alternativeProvision' | 'slcn' | 'neurodevelopmentalNeeds'
> {
  return {
    ethnicity: input.ethnicity ?? null,
    sex: input.sex ?? null,
    careStatus: input.careStatus ?? null,
    exclusion: input.exclusion ?? null,
    alternativeProvision: input.alternativeProvision ?? null,
    slcn: input.slcn ?? null,
    neurodevelopmentalNeeds: input.neurodevelopmentalNeeds ? [...input.neurodevelopmentalNeeds].sort() : null,
  };
}

/** A rejected row of a batch. */
export interface RowError {
  index: number;
  reason: string;
  /** The row is already recorded (a duplicate, answered CONFLICT), rather than invalid. */
  duplicate?: boolean;
}

/** Writes pseudonymised children and their outcomes, inside the caller's transaction `tx`. */
export class ChildWriteService {
  /** Registers a child under a pseudonymous reference unique in its YOT. */
  static async register(tx: HubContext, input: RegisterChildInput): Promise<{ child: Child }> {
    const yot = await findById(tx, Yot, input.yotId, 'input.yotId');
    requireYotWriter(tx, yot.id);
    const repo = tx.db.getRepository(Child);
    if (await repo.existsBy({ yotId: yot.id, ref: input.ref }))
      throw new ConflictError(`${yot.name} already has a child with reference ${input.ref}.`, { field: 'input.ref' });
    const child = await repo.save(
      repo.create({
        yotId: yot.id,
        ref: input.ref,
        ageBand: input.ageBand,
        sendStatus: input.sendStatus,
        needs: input.needs,
        ...characteristicsOf(input),
        recordKey: newRecordKey(),
      }),
    );
    // The record key is secret (disclosure control): it never reaches the audit trail either.
    const { recordKey: _secret, ...audited } = child;
    await AuditService.changed(tx, 'registerChild', 'Child', child.id, null, audited);
    return { child: child };
  }

  /**
   * Records a batch of outcomes all or nothing: every row is checked first (ids, duplicates in the batch and
   * in the hub), and any bad row rejects the batch with the bad rows listed (index and reason, up to 50).
   */
  static async record(tx: HubContext, input: RecordOutcomesInput): Promise<{ count: number }> {
    const rows = await ChildWriteService.check(tx, input.outcomes);
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      try {
        await tx.db.getRepository(ChildOutcome).insert(rows.slice(i, i + INSERT_CHUNK));
      } catch (error) {
        throw raced(error, rows, input.outcomes) ?? error;
      }
    }
    const children = [...new Set(rows.map((r) => r.childId))];
    await AuditService.record(tx, 'recordOutcomes', 'Child', children[0], {
      outcomes: {
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

  /** Resolves and checks every row; throws BAD_USER_INPUT listing the bad rows, or returns rows to insert. */
  private static async check(tx: HubContext, outcomes: OutcomeInput[]) {
    const errors: RowError[] = [];
    const keyOf = (id: string, type: string): number | null => {
      try {
        return decodeGlobalId(id, type).key;
      } catch {
        return null;
      }
    };
    const childKeys = outcomes.map((o) => keyOf(o.childId, 'Child'));
    const agencyKeys = outcomes.map((o) => (o.recordedById ? keyOf(o.recordedById, 'Agency') : undefined));
    const dialect = dialectOf(tx.db);
    const known = async (table: string, keys: (number | null | undefined)[]) => {
      const wanted = [...new Set(keys.filter((k): k is number => typeof k === 'number'))];
      if (!wanted.length) return new Set<number>();
      const found: { id: RawInteger; yot: RawInteger | null }[] = await tx.db
        .createQueryBuilder()
        .select('t.id', 'id')
        .addSelect(table === 'child' ? 't."yotId"' : 'NULL', 'yot')
        .from(table, 't')
        .where(dialect.inList('t.id', 'ids'), { ids: dialect.listParam(wanted) })
        .getRawMany();
      // Outcomes are child-level rows: a child of a YOT the caller may not write to is reported exactly as a
      // child that does not exist, so refusals cannot be used to count another YOT's children.
      return new Set(
        found.filter((r) => r.yot == null || canWriteChildren(tx, Number(r.yot))).map((r) => Number(r.id)),
      );
    };
    const children = await known('child', childKeys);
    const agencies = await known('agency', agencyKeys);
    const existing = new Set<string>();
    if (children.size) {
      const recorded: { childId: number; measure: string; period: string }[] = await tx.db
        .getRepository(ChildOutcome)
        .createQueryBuilder('o')
        .select(['o.childId AS "childId"', 'o.measure AS measure', 'o.period AS period'])
        .where(dialect.inList('o.childId', 'children'), { children: dialect.listParam([...children]) })
        .getRawMany();
      for (const r of recorded) existing.add(`${r.childId}|${r.measure}|${r.period}`);
    }
    const seen = new Map<string, number>();
    const rows: Pick<ChildOutcome, 'childId' | 'measure' | 'met' | 'period' | 'recordedById'>[] = [];
    outcomes.forEach((o, index) => {
      const child = childKeys[index];
      const agency = agencyKeys[index];
      if (child === null) return errors.push({ index, reason: `childId "${o.childId}" is not a Child id` });
      if (!children.has(child)) return errors.push({ index, reason: `no child with id ${o.childId}` });
      if (agency === null)
        return errors.push({ index, reason: `recordedById "${o.recordedById}" is not an Agency id` });
      if (agency !== undefined && !agencies.has(agency))
        return errors.push({ index, reason: `no agency with id ${o.recordedById}` });
      const key = `${child}|${o.measure}|${o.period}`;
      if (existing.has(key))
        return errors.push({
          index,
          reason: `${o.measure} for ${o.period} is already recorded for this child; outcomes are not overwritten`,
          duplicate: true,
        });
      if (seen.has(key))
        return errors.push({ index, reason: `repeats row ${seen.get(key)} (same child, measure and period)` });
      seen.set(key, index);
      rows.push({ childId: child, measure: o.measure, met: o.met, period: o.period, recordedById: agency ?? null });
    });
    // A row someone already recorded is a duplicate, whether this batch raced it or came later: CONFLICT, as the
    // database's own unique violation is (see `raced`), so both databases answer a lost race the same way.
    if (errors.length && errors.every((e) => e.duplicate)) {
      throw new ConflictError(
        `${errors.length} of ${outcomes.length} outcome rows are already recorded, so none were recorded. First: row ${errors[0].index}: ${errors[0].reason}.`,
        {
          field: `input.outcomes[${errors[0].index}]`,
          rejectedRows: errors.length,
          rows: errors.slice(0, MAX_REPORTED_ROWS).map(({ index, reason }) => ({ index, reason })),
        },
      );
    }
    if (errors.length) {
      throw new BadUserInputError(
        `${errors.length} of ${outcomes.length} outcome rows are invalid, so none were recorded. First: row ${errors[0].index}: ${errors[0].reason}.`,
        `input.outcomes[${errors[0].index}]`,
        {
          rejectedRows: errors.length,
          rows: errors.slice(0, MAX_REPORTED_ROWS).map(({ index, reason }) => ({ index, reason })),
        },
      );
    }
    return rows;
  }
}

/**
 * A batch that lost a race: its rows passed the check, then another request recorded one of them before this
 * insert. CONFLICT naming the row (by index and id) on PostgreSQL, which reports the colliding values; the
 * generic CONFLICT otherwise (SQLite serialises writers, so there the check itself sees the other batch).
 */
function raced(
  error: unknown,
  rows: Pick<ChildOutcome, 'childId' | 'measure' | 'period'>[],
  outcomes: OutcomeInput[],
): ConflictError | null {
  const conflict = conflictFromUniqueViolation(error);
  const found = uniqueViolation(error);
  if (!conflict || !found?.values) return conflict;
  const value = (column: string) => found.values![found.columns.indexOf(column)];
  const index = rows.findIndex(
    (r) =>
      String(r.childId) === value('childId') &&
      (r.measure as string) === value('measure') &&
      r.period === value('period'),
  );
  if (index < 0) return conflict;
  const row = outcomes[index];
  const reason = `${row.measure} for ${row.period} of child ${row.childId} was recorded by another request while this batch was being checked`;
  return new ConflictError(
    `Row ${index}: ${reason}; nothing in this batch was recorded. Reload and send the rows not yet recorded.`,
    {
      field: `input.outcomes[${index}]`,
      rows: [{ index, reason }],
    },
  );
}
