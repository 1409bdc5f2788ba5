import { outcomeRowKeySql } from '../../modules/coverage/disclosure/record-key';

/*
 * The triggers that keep `outcome_rollup` exact (migration OutcomeRollup, both databases). Part of that
 * migration: change them only through a new migration. Every change to `child_outcome`, and every change of
 * a child's YOT or record key, adds its rows to (or takes them from) the rollup cells in the
 * same statement, so the rollup is right in every transaction whatever wrote the rows.
 *
 * A SQLite migration that rebuilds `child` or `child_outcome` (TypeORM's copy-and-rename) drops their
 * triggers: it must create them again (test/outcome-rollup.test.ts fails otherwise).
 */

const COLUMNS = `("yotId", "period", "measure", "met", "rows", "keySum")`;
const CELL = `("yotId", "period", "measure", "met")`;

/** Adds `excluded` to an existing cell. */
const ADD = `ON CONFLICT ${CELL} DO UPDATE SET "rows" = outcome_rollup."rows" + excluded."rows", "keySum" = outcome_rollup."keySum" + excluded."keySum"`;

/** Every outcome of the database into the rollup: what the migration starts from. */
export const BACKFILL = `INSERT INTO outcome_rollup ${COLUMNS}
  SELECT c."yotId", o.period, o.measure, o.met, COUNT(*), SUM(${outcomeRowKeySql('c."recordKey"', 'o.id')})
  FROM child_outcome o JOIN child c ON c.id = o."childId"
  GROUP BY c."yotId", o.period, o.measure, o.met`;

/** One outcome row (`row`: NEW or OLD) into the rollup, `sign` 1 or -1. SQLite needs the WHERE for its UPSERT. */
function sqliteOutcome(row: 'NEW' | 'OLD', sign: 1 | -1): string {
  return `INSERT INTO outcome_rollup ${COLUMNS}
    SELECT c."yotId", ${row}.period, ${row}.measure, ${row}.met, ${sign}, ${sign} * ${outcomeRowKeySql('c."recordKey"', `${row}.id`)}
    FROM child c WHERE c.id = ${row}."childId"
    ${ADD};`;
}

/** All outcomes of one child, as its row `row` (NEW or OLD) describes it, into the rollup. */
function sqliteChild(row: 'NEW' | 'OLD', sign: 1 | -1): string {
  return `INSERT INTO outcome_rollup ${COLUMNS}
    SELECT ${row}."yotId", o.period, o.measure, o.met, ${sign} * COUNT(*), ${sign} * SUM(${outcomeRowKeySql(`${row}."recordKey"`, 'o.id')})
    FROM child_outcome o WHERE o."childId" = ${row}.id
    GROUP BY o.period, o.measure, o.met
    ${ADD};`;
}

const CHILD_MOVED = `OLD."yotId" IS NOT NEW."yotId" OR OLD."recordKey" IS NOT NEW."recordKey"`;

export const SQLITE_TRIGGERS = [
  `CREATE TRIGGER outcome_rollup_outcome_insert AFTER INSERT ON child_outcome BEGIN ${sqliteOutcome('NEW', 1)} END`,
  `CREATE TRIGGER outcome_rollup_outcome_delete AFTER DELETE ON child_outcome BEGIN ${sqliteOutcome('OLD', -1)} END`,
  `CREATE TRIGGER outcome_rollup_outcome_update AFTER UPDATE ON child_outcome BEGIN ${sqliteOutcome('OLD', -1)} ${sqliteOutcome('NEW', 1)} END`,
  `CREATE TRIGGER outcome_rollup_child_update AFTER UPDATE ON child WHEN ${CHILD_MOVED} BEGIN ${sqliteChild('OLD', -1)} ${sqliteChild('NEW', 1)} END`,
  // Before the child goes: its outcomes are then deleted by the foreign key's cascade, when the child row is
  // already gone, so the outcome trigger finds no child and adds nothing.
  `CREATE TRIGGER outcome_rollup_child_delete BEFORE DELETE ON child BEGIN ${sqliteChild('OLD', -1)} END`,
];

export const SQLITE_TRIGGER_NAMES = ['outcome_rollup_outcome_insert', 'outcome_rollup_outcome_delete', 'outcome_rollup_outcome_update', 'outcome_rollup_child_update', 'outcome_rollup_child_delete'];

/** Outcome rows of a transition table into the rollup, one upsert per cell, in a fixed order (no deadlocks between writers). */
function postgresRows(table: 'new_rows' | 'old_rows', sign: 1 | -1): string {
  return `INSERT INTO outcome_rollup ${COLUMNS}
      SELECT c."yotId", o.period, o.measure, o.met, ${sign} * COUNT(*), ${sign} * SUM(${outcomeRowKeySql('c."recordKey"', 'o.id')})
      FROM ${table} o JOIN child c ON c.id = o."childId"
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ${ADD};`;
}

function postgresChild(row: 'NEW' | 'OLD', sign: 1 | -1): string {
  return `INSERT INTO outcome_rollup ${COLUMNS}
      SELECT ${row}."yotId", o.period, o.measure, o.met, ${sign} * COUNT(*), ${sign} * SUM(${outcomeRowKeySql(`${row}."recordKey"`, 'o.id')})
      FROM child_outcome o WHERE o."childId" = ${row}.id
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ${ADD};`;
}

/** Statement-level triggers on outcomes (a 500-row INSERT is one upsert per cell, not 500), row-level on children. */
export const POSTGRES_TRIGGERS = [
  `CREATE FUNCTION outcome_rollup_outcomes() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP IN ('DELETE', 'UPDATE') THEN ${postgresRows('old_rows', -1)} END IF;
     IF TG_OP IN ('INSERT', 'UPDATE') THEN ${postgresRows('new_rows', 1)} END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER outcome_rollup_outcome_insert AFTER INSERT ON child_outcome REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_rollup_outcomes()`,
  `CREATE TRIGGER outcome_rollup_outcome_delete AFTER DELETE ON child_outcome REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_rollup_outcomes()`,
  `CREATE TRIGGER outcome_rollup_outcome_update AFTER UPDATE ON child_outcome REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_rollup_outcomes()`,
  `CREATE FUNCTION outcome_rollup_child() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${postgresChild('OLD', -1)}
     IF TG_OP = 'UPDATE' THEN ${postgresChild('NEW', 1)} END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER outcome_rollup_child_update AFTER UPDATE ON child FOR EACH ROW WHEN (${CHILD_MOVED.replace(/IS NOT/g, 'IS DISTINCT FROM')}) EXECUTE FUNCTION outcome_rollup_child()`,
  // Before the child goes (see the SQLite twin); a BEFORE trigger must return the row to let the delete happen.
  `CREATE FUNCTION outcome_rollup_child_gone() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${postgresChild('OLD', -1)}
     RETURN OLD;
   END $$`,
  `CREATE TRIGGER outcome_rollup_child_delete BEFORE DELETE ON child FOR EACH ROW EXECUTE FUNCTION outcome_rollup_child_gone()`,
];

export const POSTGRES_DROP = [
  `DROP TRIGGER IF EXISTS outcome_rollup_child_delete ON child`,
  `DROP TRIGGER IF EXISTS outcome_rollup_child_update ON child`,
  `DROP TRIGGER IF EXISTS outcome_rollup_outcome_update ON child_outcome`,
  `DROP TRIGGER IF EXISTS outcome_rollup_outcome_delete ON child_outcome`,
  `DROP TRIGGER IF EXISTS outcome_rollup_outcome_insert ON child_outcome`,
  `DROP FUNCTION IF EXISTS outcome_rollup_child_gone()`,
  `DROP FUNCTION IF EXISTS outcome_rollup_child()`,
  `DROP FUNCTION IF EXISTS outcome_rollup_outcomes()`,
];
