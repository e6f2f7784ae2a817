/**
 * The viewer's linker (src/report/bundle.ts): ES modules named by path, relative imports
 * resolved against the importer's folder, linked into one classic script; anything it cannot
 * link faithfully is an error that names the module.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BundleError, linkModules } from '../../src/report/bundle.js';

function run(code: string): { out?: unknown } {
  const ctx: { out?: unknown } = {};
  runInNewContext(code, ctx);
  return ctx;
}

describe('linkModules', () => {
  it('links named imports and exported declarations in dependency order', () => {
    const files = new Map([
      ['main', "import { twice as t } from './b.js';\nimport { base } from './a.js';\nglobalThis.out = t(base);\n"],
      ['b', "import { base } from './a.js';\nexport function twice(x) { return 2 * x + base; }\n"],
      ['a', 'export const base = 5;\nexport {};\n'],
    ]);
    const code = linkModules(files, 'main');
    expect(run(code).out).toBe(15);
    expect(code.indexOf('a.js')).toBeLessThan(code.indexOf('b.js'));
  });

  it('follows a relative import into another folder, resolving against the importer', () => {
    const files = new Map([
      ['web/src/main', "import { band } from '../../src/catalogue/bands.js';\nimport { label } from './label.js';\nglobalThis.out = label(band(7));\n"],
      ['web/src/label', "import { LIMIT } from '../../src/catalogue/limits.js';\nexport function label(b) { return b + '/' + LIMIT; }\n"],
      ['src/catalogue/bands', "import { LIMIT } from './limits.js';\nexport function band(x) { return x > LIMIT ? 'bad' : 'fine'; }\n"],
      ['src/catalogue/limits', 'export const LIMIT = 5;\n'],
    ]);
    const code = linkModules(files, 'web/src/main');
    expect(run(code).out).toBe('bad/5');
    // One copy of a module imported from two folders.
    expect(code.match(/__modules\["src\/catalogue\/limits"\] =/g)).toHaveLength(1);
    expect(code.indexOf('// ---- src/catalogue/limits.js')).toBeLessThan(code.indexOf('// ---- src/catalogue/bands.js'));
  });

  it('refuses a module outside the linked folders and names the folders it links', () => {
    const files = new Map([
      ['web/src/main', "import { band } from '../../src/catalogue/bands.js';\nglobalThis.out = band;\n"],
      ['src/catalogue/bands', "import { world } from '../model/world.js';\nexport const band = world;\n"],
    ]);
    expect(() => linkModules(files, 'web/src/main')).toThrow(
      'src/catalogue/bands.js imports missing module src/model/world.js (the linked modules are in: src/catalogue, web/src)',
    );
    const escape = new Map([['web/src/main', "import { x } from '../../../outside.js';\n"]]);
    expect(() => linkModules(escape, 'web/src/main')).toThrow(/imports missing module \.\.\/outside\.js/);
  });

  it('rejects syntax it does not handle, package imports, cycles and missing modules', () => {
    expect(() => linkModules(new Map([['main', 'export default 1;']]), 'main')).toThrow(BundleError);
    expect(() => linkModules(new Map([['main', "import * as x from './a.js';"]]), 'main')).toThrow(/unsupported module syntax/);
    expect(() => linkModules(new Map([['main', "import { select } from 'd3';"]]), 'main')).toThrow(/main\.js: unsupported module syntax: import \{ select \} from 'd3'/);
    expect(() => linkModules(new Map([['main', "import { a } from './b.js';"], ['b', "import { m } from './main.js';\nexport const a = 1;"]]), 'main')).toThrow(/cycle/);
    expect(() => linkModules(new Map([['main', "import { a } from './gone.js';"]]), 'main')).toThrow(/missing module gone.js/);
  });
});
