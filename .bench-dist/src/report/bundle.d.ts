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
export declare class BundleError extends Error {
}
/**
 * One script that evaluates the modules in dependency order (each in its own function scope)
 * and runs `entry` last. `files` maps module names (file names without `.js`) to their code.
 */
export declare function linkModules(files: ReadonlyMap<string, string>, entry: string): string;
