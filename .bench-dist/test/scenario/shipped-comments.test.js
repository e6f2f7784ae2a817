/**
 * Shipped scenarios say what they do: a server named in a scenario's leading comment is one of
 * the SPECpower curves its YAML uses (consolidation-finance once named the HP DL360 Gen9 while
 * using the Dell R640 row), and the keepHosts a comment quotes is the one its windows set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate.js';
import { SCENARIOS_DIR, scenarioOf } from '../helpers/sim.js';
const VENDORS = /(HP ProLiant|Dell PowerEdge|Fujitsu PRIMERGY|IBM System x|Huawei RH|Acer A[\w]+)\s+[A-Z]{0,3}\d+[\w ]*?(?=[\s,.;:)]|$)/g;
function split(file) {
    const text = readFileSync(join(SCENARIOS_DIR, file), 'utf8');
    const lines = text.split('\n');
    const head = lines.findIndex((l) => !l.startsWith('#'));
    return { comment: lines.slice(0, head).join(' ').replace(/#\s?/g, ' ').replace(/\s+/g, ' '), yaml: lines.slice(head).join('\n') };
}
const files = readdirSync(SCENARIOS_DIR).filter((f) => f.endsWith('.yaml'));
describe('shipped scenario comments', () => {
    it.each(files)('%s: every server its comment names is a curve its YAML uses', (file) => {
        const { comment, yaml } = split(file);
        const used = [...yaml.matchAll(/server:\s*'?([^'},\n]+)'?/g)].map((m) => m[1].trim());
        for (const m of comment.matchAll(VENDORS)) {
            const named = m[0].trim();
            expect(used.some((u) => u.startsWith(named) || named.startsWith(u)), `${file} names "${named}" but uses ${JSON.stringify(used)}`).toBe(true);
        }
    });
    it('dpm.yaml: the comment quotes the keepHosts its windows set, and the weekend chain to Monday 07:00', () => {
        const { comment, yaml } = split('dpm.yaml');
        const quoted = /keep (\d+) of 10 hosts on/.exec(comment);
        expect(quoted).not.toBeNull();
        const set = [...yaml.matchAll(/keepHosts: (\d+)/g)].map((m) => m[1]);
        expect(set.length).toBe(3);
        expect(new Set(set)).toEqual(new Set([quoted[1]]));
        expect(comment).toContain('Friday 20:00 to Monday 07:00');
        expect(yaml).toMatch(/days: \[mon\], from: '00:00', to: '07:00'/);
    });
});
describe('consolidation-finance.yaml', () => {
    it('"without DPM this load needs no migration at all": a month with DPM off migrates nothing', () => {
        const text = readFileSync(join(SCENARIOS_DIR, 'consolidation-finance.yaml'), 'utf8');
        expect(text).toContain('Without DPM this load needs no');
        const off = text.replace(/power: \{ dpm: \{ enabled: true[^\n]*\}\s*\}/, 'power: { dpm: { enabled: false } }');
        expect(off).not.toBe(text);
        const r = simulate(scenarioOf(off));
        expect(r.migrator.records.length).toBe(0);
    }, 120_000);
});
//# sourceMappingURL=shipped-comments.test.js.map