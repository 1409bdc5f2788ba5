import { DataSource } from 'typeorm';
import { encodeGlobalId } from '../../src/graphql/relay';

/** The global id of the first row of `table` matching `where` (SQL), e.g. `globalId(ds, 'Yot', 'yot', "code = 'E09000003'")`. */
export async function globalId(
  dataSource: DataSource,
  typeName: string,
  table: string,
  where: string,
): Promise<string> {
  const rows = await dataSource.query(`SELECT id FROM ${table} WHERE ${where} ORDER BY id`);
  if (!rows.length) throw new Error(`no ${table} where ${where}`);
  return encodeGlobalId(typeName, Number(rows[0].id));
}
