/**
 * Links the viewer's compiled ES modules (dist/web/…) into one classic script for inlining in
 * report.html, where a page opened from the file system cannot load modules from files.
 *
 * The viewer's modules keep to a small subset of module syntax, which this linker checks:
 *   import { a, b as c } from './name.js';       (named imports of sibling modules only)
 *   export function | class | const | let name     (exported declarations)
 * Anything else (default exports, `export { … }` lists, `import *`, packages) is an error here,
 * so a build never silently produces a broken page.
 */
export class BundleError extends Error {
}
const IMPORT_NAMED = /^import\s*\{([^}]*)\}\s*from\s*['"]\.\/([\w.-]+)\.js['"]\s*;?[ \t]*$/gm;
const IMPORT_BARE = /^import\s*['"]\.\/([\w.-]+)\.js['"]\s*;?[ \t]*$/gm;
const EXPORT_DECL = /^export\s+((?:async\s+)?function\*?|class|const|let|var)\s+([A-Za-z_$][\w$]*)/gm;
const EXPORT_EMPTY = /^export\s*\{\s*\}\s*;?[ \t]*$/gm;
const SOURCE_MAP = /^\/\/# sourceMappingURL=.*$/gm;
function parse(name, code) {
    const deps = [];
    const exports = [];
    let body = code.replace(SOURCE_MAP, '').replace(EXPORT_EMPTY, '');
    body = body.replace(IMPORT_NAMED, (_m, names, from) => {
        deps.push(from);
        const bindings = names
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
            .map((s) => {
            const m = /^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/.exec(s);
            if (!m)
                throw new BundleError(`${name}.js: unsupported import binding '${s}'`);
            return m[2] ? `${m[1]}: ${m[2]}` : m[1];
        });
        return `const { ${bindings.join(', ')} } = __modules[${JSON.stringify(from)}];`;
    });
    body = body.replace(IMPORT_BARE, (_m, from) => {
        deps.push(from);
        return '';
    });
    body = body.replace(EXPORT_DECL, (_m, kind, id) => {
        exports.push(id);
        return `${kind} ${id}`;
    });
    const left = /^\s*(import\b(?!\s*\()|export\b).*$/m.exec(body);
    if (left)
        throw new BundleError(`${name}.js: unsupported module syntax: ${left[0].trim().slice(0, 80)}`);
    return { name, deps, body, exports };
}
/**
 * One script that evaluates the modules in dependency order (each in its own function scope)
 * and runs `entry` last. `files` maps module names (file names without `.js`) to their code.
 */
export function linkModules(files, entry) {
    // Only modules reachable from the entry are parsed and linked (a stale file is ignored).
    const modules = new Map();
    const order = [];
    const state = new Map();
    const visit = (name, from) => {
        const s = state.get(name);
        if (s === 'done')
            return;
        if (s === 'visiting')
            throw new BundleError(`import cycle through ${name}.js`);
        const code = files.get(name);
        if (code === undefined)
            throw new BundleError(`${from ? `${from}.js imports ` : ''}missing module ${name}.js`);
        const m = parse(name, code);
        modules.set(name, m);
        state.set(name, 'visiting');
        for (const d of m.deps)
            visit(d, name);
        state.set(name, 'done');
        order.push(name);
    };
    visit(entry, null);
    const parts = ['(function () {', '"use strict";', 'const __modules = Object.create(null);'];
    for (const name of order) {
        const m = modules.get(name);
        parts.push(`// ---- ${name}.js`);
        parts.push(`__modules[${JSON.stringify(name)}] = (function () {`);
        parts.push(m.body.trim());
        parts.push(`return { ${m.exports.join(', ')} };`);
        parts.push('})();');
    }
    parts.push('})();');
    return `${parts.join('\n')}\n`;
}
//# sourceMappingURL=bundle.js.map