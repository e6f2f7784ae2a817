/** The terminal's alarm line, and why a fine CPU ready band and cpu-ready alarms both hold. */
import { describe, expect, it } from 'vitest';
import { renderAlarms } from '../../src/cli/render.js';
describe('renderAlarms', () => {
    it('counts by rule; explains cpu-ready alarms beside a fine band, and only then', () => {
        const byRule = { 'cpu-ready': 63, 'host-cpu': 15, 'host-swapping': 0 };
        expect(renderAlarms(0, 0, {}, 'fine')).toBe('  alarms      none raised\n');
        expect(renderAlarms(78, 0, byRule, 'watch')).toBe('  alarms      78 raised (cpu-ready 63, host-cpu 15), 0 still raised at the end\n');
        expect(renderAlarms(78, 0, byRule, 'fine')).toBe('  alarms      78 raised (cpu-ready 63, host-cpu 15), 0 still raised at the end\n' +
            '              (CPU ready is fine over the run and all VMs, yet single VMs waited at peaks: the cpu-ready alarms say which and when)\n');
        expect(renderAlarms(15, 1, { 'host-cpu': 15 }, 'fine')).toBe('  alarms      15 raised (host-cpu 15), 1 still raised at the end\n');
    });
});
//# sourceMappingURL=render-alarms.test.js.map