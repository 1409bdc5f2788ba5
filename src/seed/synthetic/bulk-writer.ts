import { QueryRunner } from 'typeorm';
import { Dialect, dialectOf, RawInteger } from '../../db/dialect';
import { bumpRevision } from '../../db/revision';

/** Parameters per INSERT statement: well under SQLite's 32,766 and PostgreSQL's 65,535 bound variables. */
const PARAMS_PER_STATEMENT = 12_000;

/**
 * Multi-row INSERTs inside one explicit transaction: the fast path for loading many rows, with no
 * entity objects or per-row statements. Values must already be in the database's form (see `bool`, `instant`).
 */
export class BulkWriter {
  readonly dialect: Dialect;
  private readonly nextIds = new Map<string, number>();
  statements = 0;
  rows = 0;

  constructor(private readonly runner: QueryRunner) {
    this.dialect = dialectOf(runner.manager);
  }

  /**
   * Begins a write transaction. On SQLite it is IMMEDIATE: the write lock is taken at once, so the ids this
   * writer hands out from MAX(id) cannot be taken by another writer before it commits.
   */
  async begin(): Promise<void> {
    this.nextIds.clear();
    await this.runner.query(this.dialect.name === 'sqlite' ? 'BEGIN IMMEDIATE' : 'BEGIN');
  }

  /** Commits, counting the data revision up first so cached views of the old data are not served again. */
  async commit(): Promise<void> {
    await bumpRevision(this.runner.manager);
    await this.runner.query('COMMIT');
  }

  async rollback(): Promise<void> {
    await this.runner.query('ROLLBACK');
  }

  /** `n` fresh primary keys for `table`: from its sequence on PostgreSQL, after MAX(id) on SQLite. */
  async reserveIds(table: string, n: number): Promise<number[]> {
    if (n === 0) return [];
    if (this.dialect.name === 'postgres') {
      const rows = await this.runner.manager.query<{ id: RawInteger }[]>(
        `SELECT nextval(pg_get_serial_sequence('"${table}"', 'id'))::int AS id FROM generate_series(1, $1)`,
        [n],
      );
      this.statements++;
      return rows.map((r) => Number(r.id));
    }
    let next = this.nextIds.get(table);
    if (next === undefined) {
      const [{ max }] = await this.runner.manager.query<{ max: RawInteger }[]>(
        `SELECT COALESCE(MAX(id), 0) AS max FROM "${table}"`,
      );
      this.statements++;
      next = Number(max) + 1;
    }
    this.nextIds.set(table, next + n);
    return Array.from({ length: n }, (_, i) => next + i);
  }

  /** The id of the row of `table` whose columns equal `where`, or null. */
  async findId(table: string, where: Record<string, unknown>): Promise<number | null> {
    const names = Object.keys(where);
    const clauses = names.map((name, i) => `"${name}" = ${this.dialect.name === 'postgres' ? `$${i + 1}` : '?'}`);
    const rows = await this.runner.manager.query<{ id: RawInteger }[]>(
      `SELECT id FROM "${table}" WHERE ${clauses.join(' AND ')} LIMIT 1`,
      Object.values(where),
    );
    this.statements++;
    return rows.length ? Number(rows[0].id) : null;
  }

  /** Inserts `rows` (arrays in `columns` order) with as few statements as the parameter limit allows. */
  async insert(table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
    const perStatement = Math.max(1, Math.floor(PARAMS_PER_STATEMENT / columns.length));
    const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement);
      const values: unknown[] = [];
      const tuples = chunk.map((row) => {
        const marks = row.map(
          (value) => (values.push(value), this.dialect.name === 'postgres' ? `$${values.length}` : '?'),
        );
        return `(${marks.join(', ')})`;
      });
      await this.runner.query(head + tuples.join(', '), values);
      this.statements++;
      this.rows += chunk.length;
    }
  }

  /** A boolean as the column stores it (SQLite has no boolean type; TypeORM writes 0 and 1). */
  bool(value: boolean): boolean | number {
    return this.dialect.name === 'postgres' ? value : value ? 1 : 0;
  }

  /** An instant in the form TypeORM writes for TIMESTAMP columns. */
  instant(value: Date): string {
    return this.dialect.timestampText(value);
  }
}
