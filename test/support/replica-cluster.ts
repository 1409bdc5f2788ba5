import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './server-process';

/**
 * A throwaway PostgreSQL primary and a streaming replica of it (pg_basebackup -R), on two free local ports,
 * built from the machine's PostgreSQL binaries. Its own pair, so the test never changes the machine's server.
 */
export interface ReplicaPair {
  primaryUrl: string;
  replicaUrl: string;
  /** Pauses or resumes WAL replay on the replica, to show which server a read came from. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Waits until the replica has replayed everything the primary has written so far. */
  caughtUp(): Promise<void>;
  stop(): void;
}

/** The newest installed PostgreSQL's bin directory, or null when there is none (the test is then skipped). */
export function postgresBinaries(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'pg_basebackup')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

export async function startReplicaPair(database = 'hub'): Promise<ReplicaPair> {
  const bin = postgresBinaries();
  if (!bin) throw new Error('no PostgreSQL binaries under /usr/lib/postgresql');
  const dir = mkdtempSync(join(tmpdir(), 'hub-replica-'));
  chmodSync(dir, 0o777);
  // PostgreSQL refuses to run as root: run its tools as the postgres user then.
  const asPostgres = process.getuid?.() === 0;
  // pg_ctl's server keeps any pipe it inherits open, so pg_ctl gets no pipes (its server logs to a file).
  const run = (tool: string, args: string[]) =>
    execFileSync(
      asPostgres ? 'runuser' : join(bin, tool),
      asPostgres ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args,
      {
        stdio: tool === 'pg_ctl' ? 'ignore' : 'pipe',
        timeout: 60_000,
      },
    );
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const primary = join(dir, 'primary');
  const replica = join(dir, 'replica');
  run('initdb', ['-D', primary, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const settings = (port: number) =>
    `\nport = ${port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${dir}'\nfsync = off\nwal_level = replica\nmax_wal_senders = 4\nhot_standby = on\n`;
  appendFileSync(join(primary, 'postgresql.conf'), settings(primaryPort));
  run('pg_ctl', ['-D', primary, '-l', join(dir, 'primary.log'), '-w', 'start']);
  const stop = () => {
    for (const data of [replica, primary]) {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Not started, or already stopped.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const admin = new Client({ connectionString: `postgres://postgres@127.0.0.1:${primaryPort}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    // -R writes standby.signal and primary_conninfo, so the copy starts as a streaming replica; -c fast checkpoints
    // at once instead of spreading the checkpoint over minutes.
    run('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replica,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
      '--no-sync',
    ]);
    appendFileSync(join(replica, 'postgresql.conf'), settings(replicaPort));
    run('pg_ctl', ['-D', replica, '-l', join(dir, 'replica.log'), '-w', 'start']);
  } catch (error) {
    stop();
    throw error;
  }
  const primaryUrl = `postgres://postgres@127.0.0.1:${primaryPort}/${database}`;
  const replicaUrl = `postgres://postgres@127.0.0.1:${replicaPort}/${database}`;
  const on = async <T>(url: string, sql: string): Promise<T> => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows[0] as T;
    } finally {
      await client.end();
    }
  };
  return {
    primaryUrl,
    replicaUrl,
    pauseReplay: async () => {
      await on(replicaUrl, 'SELECT pg_wal_replay_pause()');
    },
    resumeReplay: async () => {
      await on(replicaUrl, 'SELECT pg_wal_replay_resume()');
    },
    async caughtUp() {
      const { lsn } = await on<{ lsn: string }>(primaryUrl, 'SELECT pg_current_wal_lsn()::text AS lsn');
      for (let i = 0; i < 200; i++) {
        const { done } = await on<{ done: boolean }>(
          replicaUrl,
          `SELECT pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn AS done`,
        );
        if (done) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('the replica did not catch up within 10 s');
    },
    stop,
  };
}
