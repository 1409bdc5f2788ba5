import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DEFAULT_POSTGRES_URL } from './settings';
import { projectRoot } from '../src/paths';
import { sqlitePath } from '../src/db/sqlite-path';

/** The database a benchmark run uses: one per database kind and scale, kept between runs (loading is the slow part). */
export async function benchDatabaseUrl(
  db: 'sqlite' | 'postgres',
  scale: number,
  prefix = 'hub_bench',
): Promise<string> {
  const name = `${prefix}_scale${String(scale).replace('.', '_')}`;
  if (db === 'sqlite') {
    const dir = join(projectRoot(), 'bench', 'data');
    mkdirSync(dir, { recursive: true });
    return `sqlite:${join(dir, `${name}.sqlite`)}`;
  }
  const admin = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : DEFAULT_POSTGRES_URL;
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Removes a benchmark database, for `--fresh`. */
export async function dropDatabase(url: string): Promise<void> {
  if (url.startsWith('sqlite:')) {
    const path = sqlitePath(url);
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    return;
  }
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
