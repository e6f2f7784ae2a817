/**
 * The layer rules of src/README.md, checked on the import statements of every file under src/
 * (static imports, `export … from` and dynamic `import()`, type-only ones included: a type
 * import still ties the importer to the imported file's layer).
 *
 * A unit is a folder directly under src/, or a single file named in LAYERS. A unit may import its
 * own files and units of lower layers, never a unit of its own layer or above; no folder and no
 * file may take part in an import cycle. The violations present when the rules were written are
 * listed in EXCEPTIONS, each with the issue that removes it: the test passes with them and fails
 * on any new one, and on an exception that no longer occurs (remove it from the list).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

/** Lowest first. Keep in step with the drawing in src/README.md. */
const LAYERS: readonly (readonly string[])[] = [
  ['catalogue'],
  ['engine', 'threads', 'version.ts', 'io.ts', 'report/schema.ts', 'report/sweep-schema.ts', 'report/sizing-schema.ts', 'report/calibration-schema.ts', 'report/planning-schema.ts'],
  ['scenario'],
  ['model'],
  ['metrics', 'policy'],
  ['output'],
  ['report'],
  ['run'],
  ['api'],
  ['inventory'],
  ['calibration', 'sweep', 'lab', 'rightsizing'],
  ['runway', 'validation'],
  ['cli'],
  ['index.ts'],
];

/**
 * Imports that break the rules, as "from -> to" (paths under src/), each with the issue that
 * removes it. None remain; a violation accepted for a while is named here, never hidden.
 */
const EXCEPTIONS: ReadonlyMap<string, string> = new Map<string, string>([]);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (e.name.endsWith('.ts')) out.push(relative(SRC, p).split('\\').join('/'));
  }
  return out.sort();
}

/** The files under src/ that `file` imports (relative specifiers only; packages are outside the rules). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const out: string[] = [];
  for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
    if (!fileName.startsWith('.')) continue;
    out.push(normalize(join(dirname(file), fileName)).split('\\').join('/').replace(/\.js$/, '.ts'));
  }
  return out;
}

const UNITS = new Map<string, number>(LAYERS.flatMap((units, layer) => units.map((u) => [u, layer] as const)));

/** The unit a file belongs to: the file itself when LAYERS names it, else its top folder under src/. */
function unitOf(file: string): string {
  if (UNITS.has(file)) return file;
  const slash = file.indexOf('/');
  return slash < 0 ? file : file.slice(0, slash);
}

/** Groups of nodes that reach each other (Tarjan's strongly connected components), larger than one. */
function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

const files = sourceFiles(SRC);
const edges = files.flatMap((from) => importsOf(from).map((to) => ({ from, to, key: `${from} -> ${to}` })));
const kept = edges.filter((e) => !EXCEPTIONS.has(e.key));

describe('src/ layering (src/README.md)', () => {
  it('reads the imports of every source file, and every relative import names a file under src/', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges.length).toBeGreaterThan(files.length);
    const known = new Set(files);
    expect(edges.filter((e) => !known.has(e.to)).map((e) => e.key)).toEqual([]);
  });

  it('places every unit of src/ in a layer', () => {
    expect([...new Set(files.map(unitOf))].filter((u) => !UNITS.has(u))).toEqual([]);
  });

  it('imports only the own unit and lower layers, but for the listed exceptions', () => {
    const broken = kept.filter((e) => {
      const a = unitOf(e.from);
      const b = unitOf(e.to);
      return a !== b && (UNITS.get(b) as number) >= (UNITS.get(a) as number);
    });
    expect(broken.map((e) => e.key)).toEqual([]);
  });

  it('has no folder cycle and no file cycle, but for the listed exceptions', () => {
    const folders = new Map<string, Set<string>>();
    const byFile = new Map<string, Set<string>>();
    for (const e of kept) {
      const a = unitOf(e.from);
      const b = unitOf(e.to);
      if (a !== b) (folders.get(a) ?? folders.set(a, new Set()).get(a))?.add(b);
      (byFile.get(e.from) ?? byFile.set(e.from, new Set()).get(e.from))?.add(e.to);
    }
    expect(cycles(folders)).toEqual([]);
    expect(cycles(byFile)).toEqual([]);
  });

  it('lists only exceptions that still occur (remove the ones a change has fixed)', () => {
    const present = new Set(edges.map((e) => e.key));
    expect([...EXCEPTIONS.keys()].filter((k) => !present.has(k))).toEqual([]);
  });

  it('finds a cycle and an upward import when one is there (the checks can fail)', () => {
    const g = new Map([
      ['model/a.ts', new Set(['model/b.ts'])],
      ['model/b.ts', new Set(['model/a.ts'])],
      ['engine/c.ts', new Set<string>()],
    ]);
    expect(cycles(g)).toEqual([['model/a.ts', 'model/b.ts']]);
    expect(unitOf('report/schema.ts')).toBe('report/schema.ts');
    expect(unitOf('report/build-report.ts')).toBe('report');
    expect((UNITS.get(unitOf('engine/kernel.ts')) as number) < (UNITS.get(unitOf('model/world.ts')) as number)).toBe(true);
  });
});

/** What web/src may import from src/: the contracts (types only) and the catalogue (linked into the page). */
const WEB = join(SRC, '..', 'web', 'src');
const WEB_MAY_IMPORT = /^(src\/report\/(schema|sweep-schema|sizing-schema|calibration-schema|planning-schema)\.ts|src\/catalogue\/[\w-]+\.ts)$/;

describe('web/src imports (src/README.md: the contracts and the catalogue only)', () => {
  const webEdges = readdirSync(WEB)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) =>
      ts.preProcessFile(readFileSync(join(WEB, f), 'utf8'), true, true).importedFiles.map(({ fileName }) => ({
        from: `web/src/${f}`,
        to: fileName.startsWith('.') ? relative(join(SRC, '..'), join(WEB, fileName)).split('\\').join('/').replace(/\.js$/, '.ts') : fileName,
      })),
    );

  it('reads the viewer\'s imports, the catalogue among them', () => {
    expect(webEdges.some((e) => e.to === 'src/catalogue/ready-bands.ts')).toBe(true);
  });

  it('imports only its own folder, the report contracts and src/catalogue (and the types of the global d3)', () => {
    // A value import of 'd3' would fail the linker (report/bundle.ts); the page has d3 as a global.
    const outside = webEdges.filter((e) => !e.to.startsWith('web/src/') && !WEB_MAY_IMPORT.test(e.to) && e.to !== 'd3');
    expect(outside.map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
  });

  it('takes the catalogue files it imports from a folder that imports nothing outside itself', () => {
    const catalogue = files.filter((f) => f.startsWith('catalogue/'));
    expect(edges.filter((e) => catalogue.includes(e.from) && !e.to.startsWith('catalogue/')).map((e) => e.key)).toEqual([]);
  });
});
