/**
 * "Running on a date": a dated record (partnership, staff placement, recorded absence) runs on `asOf` when it
 * had started by then (or its start is unknown) and had not ended before it (its last day counts).
 * The TypeScript predicate and the SQL fragment are the one definition every view uses; test/rules.test.ts
 * runs the same cases through both on SQLite and PostgreSQL.
 */

/** Anything with an optional first and last day. */
export interface Dated {
  startedOn: string | null;
  endedOn: string | null;
}

/** True when `record` runs on `asOf` (YYYY-MM-DD). */
export function isRunningOn(record: Dated, asOf: string): boolean {
  return (record.startedOn == null || record.startedOn <= asOf) && (record.endedOn == null || record.endedOn >= asOf);
}

/** The same rule in SQL for the row aliased `alias`, against the parameter `:asOf`. */
export function runningOnSql(alias: string): string {
  return `((${alias}."startedOn" IS NULL OR ${alias}."startedOn" <= :asOf) AND (${alias}."endedOn" IS NULL OR ${alias}."endedOn" >= :asOf))`;
}
