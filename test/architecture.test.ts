/**
 * Rules that keep the architecture what the folder tree promises: the machine is pure; the
 * engine knows no adapter, HTTP server or store; adapters stand on the public surface
 * (src/index.ts) alone, as a third-party adapter must; and every word a person reads lives in
 * locales/.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return entry.name.endsWith('.ts') ? [rel] : [];
  });
}

/** Code with comments removed, so rules apply to what runs. */
function code(file: string): string {
  return fs
    .readFileSync(path.join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('machines/', () => {
  const files = sourceFiles('machines');

  it.each(files)('%s imports only xstate and other files in machines/', (file) => {
    const imports = [...code(file).matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!);
    const outside = imports.filter((i) => {
      if (i === 'xstate') return false;
      if (!i.startsWith('.')) return true;
      return !path.resolve(root, path.dirname(file), i).startsWith(path.join(root, 'machines') + path.sep);
    });
    expect(outside).toEqual([]);
  });

  it.each(files)('%s reads no clock, randomness or timers, and performs no I/O', (file) => {
    expect(code(file)).not.toMatch(/Date\.now|new Date\(\)|Math\.random|setTimeout|setInterval|\bafter:|invoke:|spawn|console\.|process\./);
  });
});

/** Where each relative import of `file` lands, as a path from the project root. */
function importsOf(file: string): string[] {
  return [...code(file).matchAll(/from\s+'(\.[^']*)'/g)].map((m) => path.relative(root, path.resolve(root, path.dirname(file), m[1]!)));
}

/** Imports of files under `dir` that land in one of `forbidden` (folders or files, from the root). */
function violations(dir: string, allowed: (target: string, file: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .filter((target) => !allowed(target, file))
      .map((target) => `${file} -> ${target}`),
  );
}

const under = (target: string, ...folders: string[]) => folders.some((f) => target === f || target.startsWith(`${f}/`));

describe('layers', () => {
  it('src/core imports no adapter, HTTP server, store, kit or composition root', () => {
    expect(
      violations('src/core', (target) => !under(target, 'src/adapters', 'src/http', 'src/stores', 'src/kit', 'src/app', 'src/main', 'src/config')),
    ).toEqual([]);
  });

  it('the adapter kit (src/kit) imports no adapter, HTTP server, store or composition root', () => {
    expect(violations('src/kit', (target) => !under(target, 'src/adapters', 'src/http', 'src/stores', 'src/app', 'src/main', 'src/config'))).toEqual([]);
  });

  it('each adapter imports only the public surface (src/index.ts) and its own folder', () => {
    const adapters = fs.readdirSync(path.join(root, 'src/adapters'));
    const found = adapters.flatMap((adapter) =>
      violations(`src/adapters/${adapter}`, (target) => target === 'src/index' || under(target, `src/adapters/${adapter}`)),
    );
    expect(found).toEqual([]);
  });

  it('src/config.ts imports no adapter', () => {
    expect(importsOf('src/config.ts').filter((target) => under(target, 'src/adapters', 'src/app'))).toEqual([]);
  });

  it('the languages are listed once (machines/types.ts); everything else reads LANGS', () => {
    const restated = [...sourceFiles('machines'), ...sourceFiles('src')].filter(
      (file) =>
        file !== 'machines/types.ts' &&
        !file.startsWith('src/understanding/') &&
        /['"]zh['"]\s*[,|]\s*['"]en['"]|\[\s*['"]zh['"],\s*['"]en['"]\s*\]/.test(code(file)),
    );
    expect(restated).toEqual([]);
  });
});

describe('user-visible text', () => {
  const files = [...sourceFiles('machines'), ...sourceFiles('src')];

  // src/understanding/ reads Chinese input (numerals, date words); it never shows text.
  it.each(files.filter((f) => !f.startsWith('src/understanding/')))('%s has no Chinese text in code', (file) => {
    expect(code(file)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  // src/understanding/ reads English input (date phrases, answers) as well; it never shows text.
  it.each(files.filter((f) => !f.startsWith('src/understanding/')))('%s has no English sentence outside logs and errors', (file) => {
    const sentences = code(file)
      .split('\n')
      .filter((line) => !/logger\.|Error\(|ConfigError|describe\(|it\(/.test(line))
      .flatMap((line) => [...line.matchAll(/(['"`])((?:(?!\1).)*)\1/g)].map((m) => m[2]!))
      .filter((s) => /^[A-Z]?[a-z]+( [a-z,'’]+){3,}[.!?]?$/.test(s));
    expect(sentences).toEqual([]);
  });
});
