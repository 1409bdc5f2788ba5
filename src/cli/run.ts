import { existsSync } from 'node:fs';
import { parseArgs, ParseArgsConfig } from 'node:util';
import { DataSource } from 'typeorm';
import { isPostgresUrl } from '../config';
import { createDataSource, openDatabase, sqlitePath } from '../db/data-source';

/**
 * Exit codes every CLI uses (README "Exit codes"): 0 done; 1 the command or its input is wrong (bad usage,
 * unknown view, region or YOT, a file missing or with rejected rows), so running it again unchanged fails again;
 * 2 the environment failed (database missing or unreachable, output not writable, anything unexpected).
 */
export const ExitCode = { OK: 0, BAD_INPUT: 1, FAILED: 2 } as const;

/** A problem with what the user typed or gave: one sentence, exit 1. */
export class UsageError extends Error {}

/** A problem with the environment (database, file system): one sentence, exit 2. */
export class EnvironmentError extends Error {}

/** What a CLI says about itself: `usage` in one line, `help` the rest (options, examples, exit codes). */
export interface CliSpec {
  usage: string;
  help: string;
}

const EXIT_CODES_HELP = `Exit codes: 0 done; 1 bad usage or input (nothing was changed); 2 the database or file system failed.`;

/**
 * Parses argv with node's util.parseArgs (strict: an unknown option is bad usage). `--help`/`-h` prints the
 * usage and help to stdout and exits 0 before anything else runs.
 */
export function parseCli<T extends NonNullable<ParseArgsConfig['options']>>(
  spec: CliSpec,
  options: T,
  argv = process.argv.slice(2),
) {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${spec.usage}\n\n${spec.help.trim()}\n\n${EXIT_CODES_HELP}\n`);
    process.exit(ExitCode.OK);
  }
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
}

/**
 * Runs a CLI's `main` and turns its outcome into an exit code; failures are printed as one sentence on stderr
 * (`HUB_DEBUG=1` adds the stack), never as a raw stack.
 */
export function runCli(spec: CliSpec, main: () => Promise<number>): void {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      const known = error instanceof UsageError || error instanceof EnvironmentError;
      const message = known ? error.message : describeFailure(error);
      process.stderr.write(
        `${message}${error instanceof UsageError ? `\n${spec.usage}\nRun with --help for options and examples.` : ''}\n`,
      );
      if (process.env.HUB_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
      process.exitCode = error instanceof UsageError ? ExitCode.BAD_INPUT : ExitCode.FAILED;
    },
  );
}

/**
 * Opens (and migrates) the database named by `url`. With `mustExist`, a missing SQLite file is an error rather
 * than a new empty database; a PostgreSQL database that does not exist or cannot be reached is always one
 * sentence (EnvironmentError) saying what to do.
 */
export async function openCliDatabase(url: string, options: { mustExist: boolean }): Promise<DataSource> {
  if (!isPostgresUrl(url)) {
    const path = sqlitePath(url);
    if (options.mustExist && path !== ':memory:' && !existsSync(path)) {
      throw new EnvironmentError(
        `There is no database at ${path}: set DATABASE_URL, or create it with \`npm run seed\`.`,
      );
    }
  }
  try {
    return await openDatabase(createDataSource(url));
  } catch (error) {
    throw new EnvironmentError(databaseProblem(url, error));
  }
}

/** One sentence for a database that cannot be opened, naming it without its password. */
export function databaseProblem(url: string, error: unknown): string {
  const e = error as { code?: string; message?: string };
  const where = url.replace(/\/\/[^@]*@/, '//***@');
  if (e.code === '3D000')
    return `The PostgreSQL database in DATABASE_URL does not exist (${where}): create it (createdb) or correct DATABASE_URL.`;
  if (e.code === 'ECONNREFUSED' || e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN')
    return `Cannot reach the database server in DATABASE_URL (${where}): ${e.code}. Is PostgreSQL running there?`;
  if (e.code === '28P01' || e.code === '28000')
    return `The database refused the credentials in DATABASE_URL (${where}).`;
  if (e.code === 'SQLITE_CANTOPEN')
    return `Cannot open the SQLite database in DATABASE_URL (${where}): check the path and its permissions.`;
  return `Cannot open the database in DATABASE_URL (${where}): ${firstLine(e.message)}`;
}

function describeFailure(error: unknown): string {
  const e = error as { code?: string; message?: string; path?: string } | null | undefined;
  if (e?.code === 'ENOENT' && e.path) return `No such file: ${e.path}.`;
  if ((e?.code === 'EACCES' || e?.code === 'EPERM') && e.path) return `Not allowed to read or write ${e.path}.`;
  return `Failed: ${firstLine(e?.message ?? String(error))}`;
}

function firstLine(text: string | undefined): string {
  return (text ?? 'unknown error').split('\n')[0];
}
