/** The servers the peer comparison loads: the hub as deployed, and PostGraphile v4 on the same database. */
import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/paths';
import { freePort } from '../test/support/server-process';

export interface PeerServer {
  name: string;
  url: string;
  pid: number;
  /** Headers every request to this server carries (the hub's bearer token; nothing for PostGraphile). */
  headers: Record<string, string>;
  stop(): Promise<void>;
}

/** The V8 flags `npm start` gives the hub (package.json): the hub is measured as it is run. */
const HUB_NODE_FLAGS = ['--max-semi-space-size=32'];

/**
 * The hub as deployed (`node --max-semi-space-size=32 dist/src/main.js`, production, log level info): its log goes to /dev/null so the
 * bench process does not spend CPU reading it, but the hub still writes every line.
 */
export async function startHub(
  name: string,
  databaseUrl: string,
  env: Record<string, string>,
  token: string,
): Promise<PeerServer> {
  const port = await freePort();
  const child = spawnQuiet([...HUB_NODE_FLAGS, join(projectRoot(), 'dist', 'src', 'main.js')], {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    SEED_ON_START: 'false',
    VIEW_WARMUP_MS: '0',
    ...env,
  });
  const url = `http://127.0.0.1:${port}`;
  await untilAnswering(child, `${url}/health`);
  return { name, url, pid: child.pid!, headers: { authorization: `Bearer ${token}` }, stop: () => stopChild(child) };
}

/**
 * PostGraphile v4 from its CLI with the settings its docs recommend for production: no query log, no GraphiQL,
 * no mutations (the questions only read), dynamic JSON, indexes respected; the same pool size as the hub's (10).
 */
export async function startPostGraphile(databaseUrl: string): Promise<PeerServer> {
  const port = await freePort();
  const cli = join(projectRoot(), 'dist', 'bench', 'postgraphile-cli.js');
  const child = spawnQuiet(
    [
      cli,
      '-c',
      databaseUrl,
      '-s',
      'public',
      '-n',
      '127.0.0.1',
      '-p',
      String(port),
      '--disable-query-log',
      '-b',
      '-M',
      '-j',
      '--no-ignore-indexes',
      '-m',
      '10',
    ],
    { NODE_ENV: 'production' },
  );
  const url = `http://127.0.0.1:${port}`;
  await untilAnswering(child, `${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"query":"{__typename}"}',
  });
  return { name: 'PostGraphile v4', url, pid: child.pid!, headers: {}, stop: () => stopChild(child) };
}

function spawnQuiet(args: string[], env: Record<string, string>): ChildProcess {
  const out = openSync('/dev/null', 'w');
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', out, 'inherit'] });
  closeSync(out);
  return child;
}

async function untilAnswering(child: ChildProcess, url: string, init?: RequestInit): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode} before answering`);
    try {
      const response = await fetch(url, init);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGTERM');
  throw new Error(`${url}: no answer within 120 s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** CPU time (user + system) a process has used so far, ms, from /proc (Linux; clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat, i.e. 12 and 13 after the command name.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}
