/**
 * The install check (package.json "postinstall"): silent where better-sqlite3 loads; where it
 * does not (no prebuilt binary and no build tools), a message naming what to install, and a
 * failed install.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SCRIPT = path.join(__dirname, '..', 'src', 'tools', 'check-sqlite.cjs');

it('says nothing where better-sqlite3 loads', () => {
  const run = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  expect(run.stderr + run.stdout).toBe('');
});

it('fails naming a C/C++ compiler, make and python3 where SQLite could not be installed and nothing can build it', () => {
  // A folder with no node_modules above it, and a PATH with node alone on it.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-install-check-'));
  try {
    fs.copyFileSync(SCRIPT, path.join(dir, 'check-sqlite.cjs'));
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.symlinkSync(process.execPath, path.join(dir, 'bin', 'node'));
    const run = spawnSync(process.execPath, [path.join(dir, 'check-sqlite.cjs')], { cwd: dir, encoding: 'utf8', env: { PATH: path.join(dir, 'bin') } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('better-sqlite3');
    expect(run.stderr).toContain('missing here: a C/C++ compiler, make, python3');
    expect(run.stderr).toContain('apt-get install -y build-essential python3');
    expect(run.stderr).toContain('npm_config_better_sqlite3_binary_host=');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

it('with the build tools present, points at the failed build rather than at tools', () => {
  const { advice, missingTools } = require(SCRIPT) as {
    advice(problem: string, missing: string[]): string;
    missingTools(has: (command: string) => boolean): string[];
  };
  expect(missingTools(() => true)).toEqual([]);
  expect(missingTools((c) => c === 'g++')).toEqual(['make', 'python3']);
  const text = advice('broken', []);
  expect(text).toContain('npm rebuild better-sqlite3 --foreground-scripts');
  expect(text).not.toContain('missing here');
});
