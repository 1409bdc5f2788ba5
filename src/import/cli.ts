/**
 * `npm run import -- <file.csv|file.json>`: loads evidence, partnerships or child outcomes exported by a
 * partner agency, through the same services and validation as the mutations, in one transaction. Any bad
 * row rejects the whole file (nothing is written) and every bad row is listed with its line.
 */
import 'reflect-metadata';
import { basename } from 'node:path';
import { SingleBar } from 'cli-progress';
import { loadConfig } from '../config';
import { createDataSource, openDatabase } from '../db/data-source';
import { inTransaction } from '../db/transaction';
import { createContext, SYSTEM } from '../graphql/context';
import { importRows, Rejection } from './import-rows';
import { MalformedFileError, parseImportFile } from './parse-file';

/** Thrown inside the transaction so it rolls back when any row was rejected. */
class RowsRejected extends Error {
  constructor(readonly rejections: Rejection[]) {
    super(`${rejections.length} rows rejected`);
  }
}

async function main(): Promise<number> {
  const path = process.argv[2];
  if (!path) {
    console.error('usage: npm run import -- <file.csv|file.json>');
    return 2;
  }
  let parsed: ReturnType<typeof parseImportFile>;
  try {
    parsed = parseImportFile(path);
  } catch (error) {
    if (!(error instanceof MalformedFileError)) throw error;
    console.error(`${basename(path)}: cannot import, nothing was written. ${error.message}`);
    return 1;
  }
  const { kind, rows } = parsed;
  const dataSource = await openDatabase(createDataSource(loadConfig().databaseUrl));
  const progress = process.stderr.isTTY ? new SingleBar({ format: `${kind} {bar} {value}/{total} rows`, stream: process.stderr }) : null;
  // For the crash-safety test: die mid-import, as a killed process would, and leave the rollback to the database.
  const crashAfter = Number(process.env.HUB_IMPORT_CRASH_AFTER_ROWS ?? 0);
  try {
    progress?.start(rows.length, 0);
    await inTransaction(createContext(dataSource, { caller: { ...SYSTEM, name: `import:${basename(path)}` } }), async (tx) => {
      const rejections = await importRows(tx, kind, rows, (done) => {
        progress?.update(done);
        if (crashAfter > 0 && done >= crashAfter) process.kill(process.pid, 'SIGKILL');
      });
      if (rejections.length) throw new RowsRejected(rejections);
    });
    progress?.stop();
    console.log(`${basename(path)}: ${kind}: ${rows.length} rows read, ${rows.length} written, 0 rejected.`);
    return 0;
  } catch (error) {
    progress?.stop();
    if (!(error instanceof RowsRejected)) throw error;
    console.log(`${basename(path)}: ${kind}: ${rows.length} rows read, 0 written, ${error.rejections.length} rejected; nothing was written.`);
    for (const r of error.rejections.slice(0, 200)) console.log(`  ${r.where}: ${r.reason}`);
    if (error.rejections.length > 200) console.log(`  … and ${error.rejections.length - 200} more`);
    return 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
