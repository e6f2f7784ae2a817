/**
 * The event-kind table (src/model/event-kinds.ts): one number per name, the numbers that saved
 * checkpoints hold unchanged, and no kind numbered anywhere else in src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Kernel } from '../../src/engine/index.js';
import { EVENT_KIND, eventKindName, KIND_DR, KIND_GUEST_FAILURE, KIND_MEMORY_TICK, KIND_SAMPLE } from '../../src/model/event-kinds.js';
const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');
function sourceFiles(dir) {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}
describe('EVENT_KIND', () => {
    it('keeps the numbers kinds had when they were numbered by hand (checkpoints hold them)', () => {
        expect(EVENT_KIND).toEqual({
            workloadStep: 1,
            onOffSwitch: 2,
            memoryTick: 3,
            hostFailure: 4,
            hostRepair: 5,
            haDetected: 6,
            haRetry: 7,
            vmBooted: 8,
            migrationDone: 9,
            drsPass: 10,
            scripted: 11,
            isolationEnd: 12,
            maintenanceEnd: 13,
            failoverSample: 14,
            powerTransition: 15,
            dpmPass: 16,
            vmReady: 17,
            provisioning: 18,
            storage: 19,
            sample: 20,
            energyHour: 21,
            dr: 24,
            guestFailure: 26,
        });
        expect([KIND_MEMORY_TICK, KIND_SAMPLE, KIND_DR, KIND_GUEST_FAILURE]).toEqual([3, 20, 24, 26]);
    });
    it('gives every name its own positive integer, and names each number back', () => {
        const values = Object.values(EVENT_KIND);
        expect(new Set(values).size).toBe(values.length);
        for (const v of values)
            expect(Number.isInteger(v) && v > 0).toBe(true);
        for (const [name, v] of Object.entries(EVENT_KIND))
            expect(eventKindName(v)).toBe(name);
        expect(eventKindName(22)).toBeUndefined();
    });
    it('is the only place in src/ that gives a KIND_ constant a number', () => {
        const numbered = sourceFiles(SRC)
            .filter((f) => !f.endsWith(join('model', 'event-kinds.ts')))
            .filter((f) => /\bKIND_[A-Z_]+\s*=\s*\d/.test(readFileSync(f, 'utf8')));
        expect(numbered).toEqual([]);
    });
    it('lets the kernel refuse a second handler for a kind, so a clash fails at wiring', () => {
        const kernel = new Kernel();
        kernel.on(EVENT_KIND.sample, () => undefined);
        expect(() => kernel.on(KIND_SAMPLE, () => undefined)).toThrow('a handler is already registered for kind 20');
        for (const v of Object.values(EVENT_KIND))
            expect(() => new Kernel().on(v, () => undefined)).not.toThrow();
    });
});
//# sourceMappingURL=event-kinds.test.js.map