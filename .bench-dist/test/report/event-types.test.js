/**
 * Every lifecycle event type the models emit is declared in the report contract: a new event
 * that is not would make report.json invalid for its readers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_EVENT_TYPES } from '../../src/report/schema.js';
import { ROOT } from '../helpers/sim.js';
function sources(dir) {
    return readdirSync(dir).flatMap((name) => {
        const p = join(dir, name);
        return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
    });
}
describe('lifecycle event types', () => {
    it('declares every type emitted under src/model and src/api', () => {
        const emitted = new Set();
        for (const file of [...sources(join(ROOT, 'src/model')), ...sources(join(ROOT, 'src/api'))]) {
            const text = readFileSync(file, 'utf8');
            for (const m of text.matchAll(/\btype: '([a-z-]+(?:\.[a-z-]+)+|action)'/g))
                emitted.add(m[1]);
            for (const m of text.matchAll(/\btype: `autoscale\.\$\{/g)) {
                void m;
                emitted.add('autoscale.out');
                emitted.add('autoscale.in');
            }
        }
        expect(emitted.size).toBeGreaterThan(40);
        const declared = new Set(LIFECYCLE_EVENT_TYPES);
        expect([...emitted].filter((t) => !declared.has(t)).sort()).toEqual([]);
    });
});
//# sourceMappingURL=event-types.test.js.map