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
