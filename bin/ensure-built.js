#!/usr/bin/env node
// Builds the hub only when dist/ is missing or older than its sources, so `npm run token|import|export|seed…`
// start at once after the first run (the build takes ~20 s). Plain JavaScript: it must run before any build.
//   node bin/ensure-built.js          build if needed (progress and errors on stderr; stdout stays clean
//                                     for the CLI that follows, e.g. a token captured by a script)
//   node bin/ensure-built.js --stamp  record that a build just finished (the end of `npm run build`)
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');
const SOURCES = ['src', 'web', 'bench', 'tsconfig.json', 'package.json', 'package-lock.json'];

if (process.argv.includes('--stamp')) {
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
  process.exit(0);
}

/** Newest modification time under `path` (0 when it does not exist); node_modules and generated output skipped. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map((s) => newest(join(root, s))));
if (builtAt > 0 && builtAt >= changedAt) process.exit(0);

process.stderr.write(
  builtAt ? 'Sources changed since the last build: building the hub…\n' : 'First run: building the hub (once)…\n',
);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build', '--silent'], {
  cwd: root,
  stdio: ['ignore', process.stderr, process.stderr],
});
if (build.status !== 0) {
  process.stderr.write('The build failed (see above); nothing was run.\n');
  process.exit(2);
}
