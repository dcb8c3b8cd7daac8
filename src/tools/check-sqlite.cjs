#!/usr/bin/env node
/**
 * Install check (package.json "postinstall"): does better-sqlite3, the default SQLite store,
 * load? It is an optional dependency only so that npm goes on when it cannot be built and this
 * check can say why in plain words, instead of ending the install on node-gyp's own errors.
 *
 * better-sqlite3 first tries to download a prebuilt binary (from GitHub); where that fails (no
 * binary for this platform or Node, or GitHub out of reach, as in mainland China) it compiles
 * SQLite from source, which needs a C/C++ compiler, make and Python 3. When neither worked, this
 * prints what is missing and how to install it, and fails the install. When it loads, it says
 * nothing. Plain CommonJS, no dependencies: it runs before the project is built.
 */
'use strict';
const { spawnSync } = require('node:child_process');

/** Opens an in-memory database; returns why not, or undefined when it works. */
function sqliteProblem(load = () => require('better-sqlite3')) {
  try {
    const Database = load();
    new Database(':memory:').close();
    return undefined;
  } catch (error) {
    if (error?.code === 'MODULE_NOT_FOUND' && /'better-sqlite3'/.test(error.message)) {
      return 'it is not installed (its build failed, or optional dependencies were left out)';
    }
    return String(error?.message || error).split('\n')[0];
  }
}

function onPath(command) {
  const found =
    process.platform === 'win32'
      ? spawnSync('where', [command], { stdio: 'ignore' })
      : spawnSync('/bin/sh', ['-c', 'command -v "$1"', 'sh', command], { stdio: 'ignore' });
  return found.status === 0;
}

/** The build tools node-gyp needs that are not on PATH. */
function missingTools(has = onPath) {
  const missing = [];
  if (!['c++', 'g++', 'clang++'].some(has)) missing.push('a C/C++ compiler');
  if (process.platform !== 'win32' && !['make', 'gmake'].some(has)) missing.push('make');
  if (!['python3', 'python'].some(has)) missing.push('python3');
  return missing;
}

function advice(problem, missing) {
  const lines = [
    '',
    `refund-coach: better-sqlite3 (the SQLite store, STORE_URL=sqlite:...) does not load: ${problem}.`,
    `No prebuilt binary could be used for Node ${process.version} on ${process.platform}-${process.arch}, so it must be compiled from source.`,
  ];
  if (missing.length > 0) {
    lines.push(
      `Compiling needs a C/C++ compiler, make and python3; missing here: ${missing.join(', ')}. Install them, then run npm ci (or npm install) again:`,
      '  Debian, Ubuntu:  sudo apt-get install -y build-essential python3',
      '  Fedora, RHEL:    sudo dnf install -y gcc-c++ make python3',
      '  Alpine:          apk add build-base python3',
      '  macOS:           xcode-select --install',
      '  Windows:         Visual Studio Build Tools ("Desktop development with C++") and Python 3',
    );
  } else {
    lines.push('The build tools are here, so the build itself failed; to see why: npm rebuild better-sqlite3 --foreground-scripts');
  }
  lines.push(
    'Or download the prebuilt binary from a mirror instead of GitHub (for example in mainland China):',
    '  npm_config_better_sqlite3_binary_host=https://registry.npmmirror.com/-/binary/better-sqlite3 npm ci',
    '',
  );
  return lines.join('\n');
}

module.exports = { sqliteProblem, missingTools, advice };

if (require.main === module) {
  const problem = sqliteProblem();
  if (problem) {
    process.stderr.write(advice(problem, missingTools()));
    process.exitCode = 1;
  }
}
