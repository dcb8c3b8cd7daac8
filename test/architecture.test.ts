/**
 * Rules that keep the architecture what the folder tree promises: the machine is pure, and
 * every word a person reads lives in locales/.
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

describe('user-visible text', () => {
  const files = [...sourceFiles('machines'), ...sourceFiles('src')];

  // src/understanding/ reads Chinese input (numerals, date words); it never shows text.
  it.each(files.filter((f) => !f.startsWith('src/understanding/')))('%s has no Chinese text in code', (file) => {
    expect(code(file)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(files)('%s has no English sentence outside logs and errors', (file) => {
    const sentences = code(file)
      .split('\n')
      .filter((line) => !/logger\.|Error\(|ConfigError|describe\(|it\(/.test(line))
      .flatMap((line) => [...line.matchAll(/(['"`])((?:(?!\1).)*)\1/g)].map((m) => m[2]!))
      .filter((s) => /^[A-Z]?[a-z]+( [a-z,'’]+){3,}[.!?]?$/.test(s));
    expect(sentences).toEqual([]);
  });
});
