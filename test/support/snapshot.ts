import { DataSource } from 'typeorm';

/** Row counts of every table, to prove a failed operation wrote nothing. */
export async function tableCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const meta of dataSource.entityMetadatas) {
    const [row] = await dataSource.query(`SELECT COUNT(*) AS n FROM "${meta.tableName}"`);
    counts[meta.tableName] = Number(row.n);
  }
  return counts;
}

/** Runs an operation that must fail and asserts it wrote nothing (every table's row count, audit included). */
export async function withoutWrites<R>(dataSource: DataSource, run: () => Promise<R>): Promise<R> {
  const before = await tableCounts(dataSource);
  const result = await run();
  const after = await tableCounts(dataSource);
  if (JSON.stringify(after) !== JSON.stringify(before)) {
    throw new Error(
      `expected no writes, but row counts changed from ${JSON.stringify(before)} to ${JSON.stringify(after)}`,
    );
  }
  return result;
}
