/**
 * `npm run import -- <file.csv|file.json>`: loads evidence, partnerships or child outcomes exported by a
 * partner agency, through the same services and validation as the mutations, in one transaction. Any bad
 * row rejects the whole file (nothing is written) and every problem of every bad row is listed with its line.
 * Importing the same file again writes nothing (its content hash is recorded in `import_batch`), and rows the
 * hub already holds under their natural key are skipped.
 */
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { ExitCode, openCliDatabase, parseCli, runCli, UsageError } from '../cli/run';
import { loadConfig } from '../config';
import { uniqueViolation } from '../db/dialect';
import { inTransaction } from '../db/transaction';
import { createContext, SYSTEM } from '../graphql/context';
import { ImportBatch } from './import-batch.entity';
import { importRows, Rejection } from './import-rows';
import { COLUMNS, MalformedFileError, parseImportFile } from './parse-file';

const SPEC = {
  usage: 'usage: npm run import -- <file.csv|file.json>',
  help: `
Imports one file exported by a partner agency into the database named by DATABASE_URL, as one transaction:
every row is written, or (when any row is refused) none is, and every problem of every refused row is listed
with its line. The file's kind is told by its columns:
  evidence       ${COLUMNS.evidence.required.join(', ')} (+ ${COLUMNS.evidence.optional.join(', ')})
  partnerships   ${COLUMNS.partnerships.required.join(', ')} (+ ${COLUMNS.partnerships.optional.join(', ')})
  outcomes       ${COLUMNS.outcomes.required.join(', ')} (+ ${COLUMNS.outcomes.optional.join(', ')})
Importing the same file twice writes nothing the second time; rows already in the hub (evidence with the same
YOT, title, kind and date; an active partnership of the same YOT and agency) are skipped.

Examples:
  npm run import -- seeds/examples/evidence.csv
  npm run import -- ~/Downloads/partnerships.json`,
};

/** Thrown inside the transaction so it rolls back when any row was rejected. */
class RowsRejected extends Error {
  constructor(readonly rejections: Rejection[]) {
    super('rows rejected');
  }
}

/** `1 row`, `2 rows`. */
const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;

runCli(SPEC, async () => {
  const { positionals } = parseCli(SPEC, {});
  if (positionals.length !== 1)
    throw new UsageError(positionals.length ? `Give one file, not ${positionals.length}.` : 'Name the file to import.');
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
  const name = basename(path);
  if (!existsSync(path)) throw new UsageError(`There is no file ${positionals[0]}; nothing was written.`);
  let parsed: ReturnType<typeof parseImportFile>;
  try {
    parsed = parseImportFile(path);
  } catch (error) {
    if (!(error instanceof MalformedFileError)) throw error;
    console.error(`${name}: cannot import, nothing was written. ${error.message}`);
    return ExitCode.BAD_INPUT;
  }
  const { kind } = parsed;
  const contentHash = createHash('sha256').update(readFileSync(path)).digest('hex');
  const dataSource = await openCliDatabase(loadConfig().databaseUrl, { mustExist: true });
  const already = async () => {
    const batch = await dataSource.getRepository(ImportBatch).findOneBy({ contentHash });
    if (batch)
      console.log(
        `${name}: ${kind}: this file was already imported on ${batch.importedAt.toISOString().slice(0, 10)} (as ${batch.fileName}); nothing was written.`,
      );
    return batch !== null;
  };
  const progress = process.stderr.isTTY
    ? new SingleBar({ format: `${kind} {bar} {value}/{total} rows`, stream: process.stderr })
    : null;
  // For the crash-safety test: die mid-import, as a killed process would, and leave the rollback to the database.
  const crashAfter = Number(process.env.HUB_IMPORT_CRASH_AFTER_ROWS ?? 0);
  try {
    if (await already()) return ExitCode.OK;
    progress?.start(parsed.rows.length, 0);
    const { skipped } = await inTransaction(
      createContext(dataSource, { caller: { ...SYSTEM, name: `import:${name}` } }),
      async (tx) => {
        const outcome = await importRows(tx, kind, parsed.rows, (done) => {
          progress?.update(done);
          if (crashAfter > 0 && done >= crashAfter) process.kill(process.pid, 'SIGKILL');
        });
        if (outcome.rejected.length) throw new RowsRejected(outcome.rejected);
        const repo = tx.db.getRepository(ImportBatch);
        await repo.insert(
          repo.create({
            contentHash,
            fileName: name,
            kind,
            rowCount: parsed.rows.length,
            writtenCount: parsed.rows.length - outcome.skipped,
          }),
        );
        return outcome;
      },
    );
    progress?.stop();
    const read = parsed.rows.length;
    console.log(
      `${name}: ${kind}: ${rows(read)} read, ${read - skipped} written${skipped ? `, ${skipped} already in the hub` : ''}, 0 rejected.`,
    );
    return ExitCode.OK;
  } catch (error) {
    progress?.stop();
    // Another process imported the same file meanwhile: its batch row won.
    if (uniqueViolation(error) && (await already())) return ExitCode.OK;
    if (!(error instanceof RowsRejected)) throw error;
    const refused = new Set(error.rejections.map((r) => r.where)).size;
    console.log(
      `${name}: ${kind}: ${rows(parsed.rows.length)} read, 0 written, ${refused} rejected; nothing was written.`,
    );
    for (const r of error.rejections.slice(0, 200)) console.log(`  ${r.where}: ${r.reason}`);
    if (error.rejections.length > 200)
      console.log(
        `  … and ${error.rejections.length - 200} more ${error.rejections.length - 200 === 1 ? 'problem' : 'problems'}`,
      );
    return ExitCode.BAD_INPUT;
  } finally {
    await dataSource.destroy();
  }
});
