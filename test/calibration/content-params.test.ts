/**
 * The mergeable-content parameters of `dcsim calibrate` (src/calibration/fit/params.ts) and the
 * KSM start state a replay takes from its trace (replay/build-scenario.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feasibleOverlay, parseFitList, PARAMS } from '../../src/calibration/fit/params.js';
import { importTrace } from '../../src/calibration/import/index.js';
import { OVERLAY_VERSION } from '../../src/calibration/overlay.js';
import { gridOf } from '../../src/calibration/resample.js';
import { buildReplay } from '../../src/calibration/replay/build-scenario.js';

const SCENARIOS = join(process.cwd(), 'scenarios/calibration');

function replayKsm(trace: string): Record<string, unknown> {
  const t = importTrace(join(SCENARIOS, trace));
  const g = gridOf(t);
  if (typeof g === 'string') throw new Error(g);
  const plan = buildReplay(t, g);
  const host = ((plan.spec.clusters as Record<string, unknown>[])[0]!.hosts as Record<string, unknown>[])[0]!;
  return ((host.hypervisor as Record<string, unknown>).memory as Record<string, unknown>).ksm as Record<string, unknown>;
}

describe('content parameters', () => {
  it("'content' names both fractions; each sets memory.content of every template", () => {
    expect(parseFitList('content')).toEqual(['contentZeroPct', 'contentSharedPct']);
    expect(PARAMS.contentZeroPct.overlay(9.6004, true, 20)).toEqual({ dcsimOverlay: OVERLAY_VERSION, templates: { memory: { content: { zeroPct: 9.6 } } } });
    expect(PARAMS.contentSharedPct.overlay(18.17255, true, 20)).toEqual({ dcsimOverlay: OVERLAY_VERSION, templates: { memory: { content: { sharedPct: 18.173 } } } });
    expect([PARAMS.contentZeroPct.lo, PARAMS.contentZeroPct.hi]).toEqual([0, 100]);
  });

  it('the search starts from the first template’s content, else from 5 % zero and 15 % shared', () => {
    expect(PARAMS.contentZeroPct.baseline({ templates: { a: { memory: { content: { zeroPct: 12 } } } } })).toBe(12);
    expect(PARAMS.contentZeroPct.baseline({ templates: { a: {} } })).toBe(5);
    expect(PARAMS.contentSharedPct.baseline({})).toBe(15);
  });

  it('feasibleOverlay gives the shared pages what the zero pages leave when the pair exceeds 100 %', () => {
    const o = { dcsimOverlay: OVERLAY_VERSION, templates: { memory: { content: { zeroPct: 70, sharedPct: 45 } } } } as const;
    expect(feasibleOverlay(o)).toEqual({ dcsimOverlay: OVERLAY_VERSION, templates: { memory: { content: { zeroPct: 70, sharedPct: 30 } } } });
    expect(o.templates.memory.content.sharedPct).toBe(45);
    const fine = { dcsimOverlay: OVERLAY_VERSION, templates: { memory: { content: { zeroPct: 10, sharedPct: 20 } } } } as const;
    expect(feasibleOverlay(fine)).toBe(fine);
  });
});

describe('replay: the KSM state the trace starts in', () => {
  it('capture-calib starts with KSM merged: the replay starts from its first pages_sharing, with max_page_sharing as read', () => {
    expect(replayKsm('capture-calib')).toEqual({ enabled: true, pagesToScan: 100, sleepMs: 20, maxPageSharing: 256, initialPagesSharing: 13_684 });
  });

  it('a trace that starts with nothing merged (the synthetic one) starts from nothing', () => {
    const ksm = replayKsm('synthetic-kvm.ndjson');
    expect(ksm.initialPagesSharing).toBeUndefined();
    expect(ksm.enabled).toBe(true);
  });
});
