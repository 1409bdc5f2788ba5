/*
 * The triggers that count up `yot_generation` whenever a coverage input changes (migration CoverageRollup, both
 * databases; migration CriterionRollup added criterion ratings, which the criteria heatmap reads). Part of that migration: change them only through a new migration. A SQLite migration that rebuilds
 * one of these tables (TypeORM's copy-and-rename) drops its triggers and must create them again
 * (test/coverage-rollup.test.ts fails otherwise).
 */

/** Tables whose rows belong to one YOT through their own "yotId". */
const DIRECT = ['partnership', 'staff_placement', 'partner_absence', 'information_sharing_agreement', 'evidence', 'assessment', 'yot_host_authority'];
/** Tables whose rows belong to a YOT through a parent row: [table, column, parent table]. */
const VIA: [string, string, string][] = [
  ['evidence_link', 'evidenceId', 'evidence'],
  ['evidence_agency', 'evidenceId', 'evidence'],
  ['agreement_party', 'agreementId', 'information_sharing_agreement'],
];
/** Added by migration CriterionRollup: ratings belong to a YOT through their assessment. */
const RATINGS: [string, string, string][] = [['criterion_rating', 'assessmentId', 'assessment']];
/** Tables every YOT's coverage reads: a change counts up the global entry (YOT id 0). */
const GLOBAL = ['agency', 'criterion', 'expected_partner', 'framework'];

const BUMP = `ON CONFLICT ("yotId") DO UPDATE SET generation = yot_generation.generation + 1`;
const OPS = ['INSERT', 'UPDATE', 'DELETE'] as const;

function sqliteBumps(table: string, op: (typeof OPS)[number], yotOf: (row: 'NEW' | 'OLD') => string): string {
  const rows: ('NEW' | 'OLD')[] = op === 'INSERT' ? ['NEW'] : op === 'DELETE' ? ['OLD'] : ['OLD', 'NEW'];
  const body = rows.map((row) => `INSERT INTO yot_generation ("yotId", generation) ${yotOf(row)} ${BUMP};`).join(' ');
  return `CREATE TRIGGER coverage_${table}_${op.toLowerCase()} AFTER ${op} ON ${table} BEGIN ${body} END`;
}

const sqliteVia = (tables: [string, string, string][]) =>
  tables.flatMap(([t, column, parent]) => OPS.map((op) => sqliteBumps(t, op, (row) => `SELECT p."yotId", 1 FROM ${parent} p WHERE p.id = ${row}."${column}"`)));
const sqliteNames = (tables: string[]) => tables.flatMap((t) => OPS.map((op) => `coverage_${t}_${op.toLowerCase()}`));

export const SQLITE_TRIGGERS = [
  ...DIRECT.flatMap((t) => OPS.map((op) => sqliteBumps(t, op, (row) => `SELECT ${row}."yotId", 1 WHERE ${row}."yotId" IS NOT NULL`))),
  ...sqliteVia(VIA),
  ...GLOBAL.flatMap((t) => OPS.map((op) => sqliteBumps(t, op, () => `SELECT 0, 1 WHERE true`))),
];

export const SQLITE_TRIGGER_NAMES = sqliteNames([...DIRECT, ...VIA.map(([t]) => t), ...GLOBAL]);

/** Migration CriterionRollup's triggers on SQLite, and their names. */
export const SQLITE_RATING_TRIGGERS = sqliteVia(RATINGS);
export const SQLITE_RATING_TRIGGER_NAMES = sqliteNames(RATINGS.map(([t]) => t));

/** A statement-level function counting up the YOTs of the transition tables' rows, each once, in id order. */
function postgresFunction(name: string, yotsOf: (rows: 'new_rows' | 'old_rows') => string): string {
  const bump = (rows: 'new_rows' | 'old_rows') => `INSERT INTO yot_generation ("yotId", generation) SELECT y, 1 FROM (${yotsOf(rows)}) x(y) WHERE y IS NOT NULL ORDER BY y ${BUMP};`;
  return `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP IN ('DELETE', 'UPDATE') THEN ${bump('old_rows')} END IF;
     IF TG_OP IN ('INSERT', 'UPDATE') THEN ${bump('new_rows')} END IF;
     RETURN NULL;
   END $$`;
}

function postgresTriggers(table: string, fn: string, transition: boolean): string[] {
  const referencing = { INSERT: 'REFERENCING NEW TABLE AS new_rows', UPDATE: 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows', DELETE: 'REFERENCING OLD TABLE AS old_rows' };
  return OPS.map((op) => `CREATE TRIGGER coverage_${table}_${op.toLowerCase()} AFTER ${op} ON ${table} ${transition ? referencing[op] : ''} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
}

const postgresVia = (tables: [string, string, string][]) =>
  tables.flatMap(([t, column, parent]) => [
    postgresFunction(`coverage_bump_${t}`, (rows) => `SELECT DISTINCT p."yotId" FROM ${rows} r JOIN ${parent} p ON p.id = r."${column}"`),
    ...postgresTriggers(t, `coverage_bump_${t}`, true),
  ]);
const postgresViaDrop = (tables: [string, string, string][]) => [
  ...tables.flatMap(([t]) => OPS.map((op) => `DROP TRIGGER IF EXISTS coverage_${t}_${op.toLowerCase()} ON ${t}`)),
  ...tables.map(([t]) => `DROP FUNCTION IF EXISTS coverage_bump_${t}()`),
];

export const POSTGRES_TRIGGERS = [
  postgresFunction('coverage_bump_direct', (rows) => `SELECT DISTINCT "yotId" FROM ${rows}`),
  ...DIRECT.flatMap((t) => postgresTriggers(t, 'coverage_bump_direct', true)),
  ...postgresVia(VIA),
  `CREATE FUNCTION coverage_bump_all() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     INSERT INTO yot_generation ("yotId", generation) VALUES (0, 1) ${BUMP};
     RETURN NULL;
   END $$`,
  ...GLOBAL.flatMap((t) => postgresTriggers(t, 'coverage_bump_all', false)),
];

export const POSTGRES_DROP = [
  ...[...DIRECT, ...VIA.map(([t]) => t), ...GLOBAL].flatMap((t) => OPS.map((op) => `DROP TRIGGER IF EXISTS coverage_${t}_${op.toLowerCase()} ON ${t}`)),
  `DROP FUNCTION IF EXISTS coverage_bump_direct()`,
  ...VIA.map(([t]) => `DROP FUNCTION IF EXISTS coverage_bump_${t}()`),
  `DROP FUNCTION IF EXISTS coverage_bump_all()`,
];

/** Migration CriterionRollup's triggers on PostgreSQL, and how to drop them. */
export const POSTGRES_RATING_TRIGGERS = postgresVia(RATINGS);
export const POSTGRES_RATING_DROP = postgresViaDrop(RATINGS);
