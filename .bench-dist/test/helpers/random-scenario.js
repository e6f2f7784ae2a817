/**
 * fast-check arbitraries for small random scenarios: 1–4 hosts, 1–20 VMs, random templates
 * (reservations, limits, shares) and workloads of every generated kind but traces.
 */
import fc from 'fast-check';
const centi = (min, max) => fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((x) => x / 100);
const fractionPair = fc.tuple(centi(0, 1), centi(0, 1)).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
export const workloadArb = fc.oneof(fc.record({ type: fc.constant('constant'), cpu: centi(0, 1), memory: centi(0, 1) }), fc
    .record({
    lh: fractionPair,
    peakHour: fc.integer({ min: 0, max: 23 }),
    weekendFactor: centi(0, 2),
    noise: centi(0, 0.5),
    memory: centi(0, 1),
    phase: fc.constantFrom('aligned', 'random'),
})
    .map(({ lh, ...r }) => ({ type: 'diurnal', low: lh[0], high: lh[1], ...r })), fc
    .record({ mm: fractionPair, s: centi(0, 1), sigma: centi(0, 0.3), phase: fc.constantFrom('aligned', 'random') })
    .map(({ mm, s, sigma, phase }) => ({
    type: 'random-walk',
    min: mm[0],
    max: mm[1],
    start: Math.min(mm[1], mm[0] + (mm[1] - mm[0]) * s),
    sigma,
    phase,
})), fc.record({ mm: fractionPair, phase: fc.constantFrom('aligned', 'random') }).map(({ mm, phase }) => ({ type: 'uniform', min: mm[0], max: mm[1], phase })), fc.record({
    type: fc.constant('on-off'),
    on: centi(0, 1),
    off: centi(0, 0.2),
    meanOn: fc.constantFrom('5m', '17m', '1h'),
    meanOff: fc.constantFrom('7m', '30m', '2h'),
}));
const templateArb = fc
    .record({
    vcpus: fc.integer({ min: 1, max: 8 }),
    memoryGiB: fc.constantFrom(1, 2, 4, 8, 16, 32),
    reservationMHz: fc.constantFrom(0, 0, 500, 1500),
    limitMHz: fc.constantFrom(null, null, 1500, 4000),
    shares: fc.oneof(fc.constantFrom('low', 'normal', 'high'), fc.integer({ min: 1, max: 5000 })),
})
    .map((t) => ({
    vcpus: t.vcpus,
    memoryGiB: t.memoryGiB,
    cpu: {
        reservationMHz: t.limitMHz === null ? t.reservationMHz : Math.min(t.reservationMHz, t.limitMHz),
        limitMHz: t.limitMHz,
        shares: t.shares,
    },
}));
const hostArb = fc.record({
    count: fc.integer({ min: 1, max: 4 }),
    sockets: fc.integer({ min: 1, max: 2 }),
    coresPerSocket: fc.integer({ min: 1, max: 8 }),
    mhz: fc.constantFrom(1000, 2000, 2600),
    memoryGiB: fc.constantFrom(16, 32, 64, 128, 256),
    hypervisor: fc.record({ type: fc.constantFrom(1, 2), cpuOverheadPct: fc.constantFrom(0, 2, 10) }),
    power: fc.record({ idleW: fc.integer({ min: 0, max: 200 }), extra: fc.integer({ min: 1, max: 300 }) }).map((p) => ({ idleW: p.idleW, maxW: p.idleW + p.extra })),
});
const groupArb = fc.record({ count: fc.integer({ min: 1, max: 7 }), template: fc.integer({ min: 0, max: 2 }), workload: workloadArb });
/** Step and interval (a whole multiple of the step) and a duration of at least one step. */
const timingArb = fc
    .record({ step: fc.constantFrom(5, 15, 60), mult: fc.integer({ min: 1, max: 3 }), hours: fc.integer({ min: 2, max: 48 }) })
    .map(({ step, mult, hours }) => ({ step: `${step}m`, interval: `${step * mult}m`, duration: `${hours}h` }));
export const scenarioSpecArb = fc
    .record({
    seed: fc.integer({ min: 0, max: 1_000_000 }),
    start: fc.constantFrom('2026-03-02T00:00:00Z', '2026-03-06T13:30:00Z', '2026-03-07T00:00:00Z'),
    timing: timingArb,
    templates: fc.array(templateArb, { minLength: 3, maxLength: 3 }),
    hosts: hostArb,
    groups: fc.array(groupArb, { minLength: 1, maxLength: 3 }),
    placement: fc.record({
        algorithm: fc.constantFrom('first-fit', 'best-fit', 'spread', 'round-robin'),
        maxVcpuPerCore: fc.constantFrom(null, 2, 4, 8),
        maxMemoryOvercommit: fc.constantFrom(null, 1, 1.5),
    }),
    hysteresisPct: fc.constantFrom(0, 10, 50),
})
    .map((r) => ({
    name: 'rand',
    seed: r.seed,
    start: r.start,
    duration: r.timing.duration,
    step: r.timing.step,
    templates: Object.fromEntries(r.templates.map((t, i) => [`t${i}`, t])),
    clusters: [
        {
            name: 'c',
            placement: r.placement,
            memoryState: { hysteresisPct: r.hysteresisPct },
            hosts: [{ name: 'h', ...r.hosts }],
            vms: r.groups.map((g, i) => ({ name: `g${i}`, count: g.count, template: `t${g.template}`, workload: g.workload })),
        },
    ],
    outputs: { interval: r.timing.interval },
}));
//# sourceMappingURL=random-scenario.js.map