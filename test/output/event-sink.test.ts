/**
 * events.ndjson lines: eventLine gives the bytes of JSON.stringify({ time, ...event }) for any
 * event (fields of every JSON kind, keys that look like integers, a time of its own), and the
 * sink writes one per event with its instant's ISO time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventSink, eventLine } from '../../src/output/event-sink.js';
import type { ReportEvent } from '../../src/report/schema.js';

const key = fc.oneof(fc.constantFrom('t', 'type', 'vm', 'host', 'time', '0', '12', 'a"b', 'é'), fc.string({ maxLength: 4 }));
const value = fc.jsonValue({ maxDepth: 2 });

describe('eventLine', () => {
  it('equals JSON.stringify({ time, ...event }) and a newline for any event', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.constantFrom('vm.placed', 'alarm.raised'), fc.dictionary(key, value, { maxKeys: 6 }), (t, type, rest) => {
        const e = { t, type, ...rest } as unknown as ReportEvent;
        const time = new Date(Date.UTC(2026, 2, 2) + t).toISOString();
        expect(eventLine(time, e)).toBe(`${JSON.stringify({ time, ...e })}\n`);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('EventSink', () => {
  it('writes a line per event with its instant\'s time, counts them by type', () => {
    const lines: string[] = [];
    const sink = new EventSink({ write: (text) => lines.push(text), close: () => {} }, Date.UTC(2026, 2, 2), 10);
    sink.write({ t: 0, type: 'vm.placed', vm: 'v1', host: 'h1' } as ReportEvent, String);
    sink.write({ t: 3_600_000, type: 'alarm.raised', rule: 'cpu-ready', target: 'v1' } as unknown as ReportEvent, String);
    sink.write({ t: 3_600_000, type: 'alarm.raised', rule: 'cpu-ready', target: 'v2' } as unknown as ReportEvent, String);
    expect(lines).toEqual([
      '{"time":"2026-03-02T00:00:00.000Z","t":0,"type":"vm.placed","vm":"v1","host":"h1"}\n',
      '{"time":"2026-03-02T01:00:00.000Z","t":3600000,"type":"alarm.raised","rule":"cpu-ready","target":"v1"}\n',
      '{"time":"2026-03-02T01:00:00.000Z","t":3600000,"type":"alarm.raised","rule":"cpu-ready","target":"v2"}\n',
    ]);
    expect(sink.counts).toEqual({ 'vm.placed': 1, 'alarm.raised': 2 });
  });
});
