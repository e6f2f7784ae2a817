/**
 * Links the viewer's compiled ES modules (dist/web/…) into one classic script for inlining in
 * report.html, where a page opened from the file system cannot load modules from files.
 *
 * Modules are named by their path without `.js` (`web/src/main`, `src/catalogue/ready-bands`);
 * a relative import resolves against the importer's folder, and only the modules handed to the
 * linker can be reached (the viewer's own folder and the one shared folder, see viewer-assets.ts).
 * The modules keep to a small subset of module syntax, which this linker checks:
 *   import { a, b as c } from './name.js';        (named imports of relative paths)
 *   import { a } from '../../src/catalogue/x.js';
 *   export function | class | const | let name     (exported declarations)
 * Anything else (default exports, `export { … }` lists, `import *`, packages) is an error here,
 * so a build never silently produces a broken page.
 */
import path from 'node:path';

export class BundleError extends Error {}

interface Module {
  readonly name: string;
  readonly deps: string[];
  readonly body: string;
  readonly exports: string[];
}

const IMPORT_NAMED = /^import\s*\{([^}]*)\}\s*from\s*['"](\.\.?\/[\w./-]+)\.js['"]\s*;?[ \t]*$/gm;
const IMPORT_BARE = /^import\s*['"](\.\.?\/[\w./-]+)\.js['"]\s*;?[ \t]*$/gm;
const EXPORT_DECL = /^export\s+((?:async\s+)?function\*?|class|const|let|var)\s+([A-Za-z_$][\w$]*)/gm;
const EXPORT_EMPTY = /^export\s*\{\s*\}\s*;?[ \t]*$/gm;
const SOURCE_MAP = /^\/\/# sourceMappingURL=.*$/gm;

/** The module a relative specifier (without `.js`) names, seen from module `from`. */
function resolve(from: string, spec: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
}

function parse(name: string, code: string): Module {
  const deps: string[] = [];
  const exports: string[] = [];
  let body = code.replace(SOURCE_MAP, '').replace(EXPORT_EMPTY, '');
  body = body.replace(IMPORT_NAMED, (_m, names: string, spec: string) => {
    const from = resolve(name, spec);
    deps.push(from);
    const bindings = names
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const m = /^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/.exec(s);
        if (!m) throw new BundleError(`${name}.js: unsupported import binding '${s}'`);
        return m[2] ? `${m[1]}: ${m[2]}` : (m[1] as string);
      });
    return `const { ${bindings.join(', ')} } = __modules[${JSON.stringify(from)}];`;
  });
  body = body.replace(IMPORT_BARE, (_m, spec: string) => {
    deps.push(resolve(name, spec));
    return '';
  });
  body = body.replace(EXPORT_DECL, (_m, kind: string, id: string) => {
    exports.push(id);
    return `${kind} ${id}`;
  });
  const left = /^\s*(import\b(?!\s*\()|export\b).*$/m.exec(body);
  if (left) throw new BundleError(`${name}.js: unsupported module syntax: ${left[0].trim().slice(0, 80)}`);
  return { name, deps, body, exports };
}

/**
 * One script that evaluates the modules in dependency order (each in its own function scope)
 * and runs `entry` last. `files` maps module names (paths without `.js`, relative to one root)
 * to their code; an import of any other module is an error that names the folders linked.
 */
export function linkModules(files: ReadonlyMap<string, string>, entry: string): string {
  // Only modules reachable from the entry are parsed and linked (a stale file is ignored).
  const modules = new Map<string, Module>();
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, from: string | null) => {
    const s = state.get(name);
    if (s === 'done') return;
    if (s === 'visiting') throw new BundleError(`import cycle through ${name}.js`);
    const code = files.get(name);
    if (code === undefined) {
      const folders = [...new Set([...files.keys()].map((f) => path.posix.dirname(f)))].sort().join(', ');
      throw new BundleError(`${from ? `${from}.js imports ` : ''}missing module ${name}.js (the linked modules are in: ${folders})`);
    }
    const m = parse(name, code);
    modules.set(name, m);
    state.set(name, 'visiting');
    for (const d of m.deps) visit(d, name);
    state.set(name, 'done');
    order.push(name);
  };
  visit(entry, null);
  const parts = ['(function () {', '"use strict";', 'const __modules = Object.create(null);'];
  for (const name of order) {
    const m = modules.get(name) as Module;
    parts.push(`// ---- ${name}.js`);
    parts.push(`__modules[${JSON.stringify(name)}] = (function () {`);
    parts.push(m.body.trim());
    parts.push(`return { ${m.exports.join(', ')} };`);
    parts.push('})();');
  }
  parts.push('})();');
  return `${parts.join('\n')}\n`;
}
