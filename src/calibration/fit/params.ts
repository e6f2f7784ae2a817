/**
 * The model parameters `dcsim calibrate --fit` can fit, each with its bounds, the scale the
 * optimiser searches it on (log for rates spanning decades), where it lives in a scenario, and
 * the overlay that sets it. Host-group parameters apply to every KVM host group, template
 * parameters to every template (overlay.ts).
 *
 * Steal is unmet demand (max-min fair by shares, DOMAIN.md, CPU) plus the run-queue wait of
 * vCPU wake-ups below saturation, scaled by `readyPerRun` (model/cpu/run-queue.ts; seen in steal
 * per VM, replay/metrics.ts, since a host's total trades one guest's wait for another's); the capacity
 * left to the VMs moves the first, through cpuOverheadPct and foreignLoadCores (CPU of non-VM
 * processes on the host, its own input rather than folded into the hypervisor's overhead).
 */
import { DEFAULT_READY_PER_RUN } from '../../model/cpu/run-queue.js';
import { OVERLAY_VERSION, type Overlay } from '../overlay.js';

type Obj = Record<string, unknown>;

export const PARAM_KEYS = [
  'cpuOverheadPct',
  'foreignLoadCores',
  'readyPerRun',
  'ksmPagesPerSec',
  'zeroPct',
  'intraPct',
  'interPct',
  'contentZeroPct',
  'contentSharedPct',
  'compressiblePct',
  'balloonRateMiBps',
  'swapBandwidthMiBps',
] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];

export interface FitParam {
  readonly key: ParamKey;
  readonly label: string;
  readonly unit: string;
  readonly lo: number;
  readonly hi: number;
  readonly scale: 'linear' | 'log';
  /** Its value in a scenario object (first KVM host group / first template), else the model default. */
  readonly baseline: (spec: Obj) => number;
  /** The overlay that sets it; `ksmSleepMs` is the host's sleep_millisecs when the trace had it. */
  readonly overlay: (value: number, final: boolean, ksmSleepMs: number | null) => Overlay;
  readonly decimals: number;
}

function get(o: unknown, ...path: string[]): unknown {
  let x = o;
  for (const k of path) x = typeof x === 'object' && x !== null ? (x as Obj)[k] : undefined;
  return x;
}

function firstKvmGroup(spec: Obj): Obj {
  for (const c of (spec.clusters as Obj[] | undefined) ?? []) {
    for (const g of (c.hosts as Obj[] | undefined) ?? []) if (get(g, 'hypervisor', 'flavour') === 'kvm') return g;
  }
  return {};
}

function firstTemplate(spec: Obj): Obj {
  const t = spec.templates as Obj | undefined;
  const k = t ? Object.keys(t)[0] : undefined;
  return k !== undefined ? ((t as Obj)[k] as Obj) : {};
}

const num = (x: unknown, d: number): number => (typeof x === 'number' && Number.isFinite(x) ? x : d);
const hostOverlay = (hypervisor: Obj): Overlay => ({ dcsimOverlay: OVERLAY_VERSION, hostGroups: { hypervisor } });
const templateOverlay = (memory: Obj): Overlay => ({ dcsimOverlay: OVERLAY_VERSION, templates: { memory } });

/** pages per second as pagesToScan / sleepMs (see README: the model uses only their ratio). */
function ksmSetting(rate: number, final: boolean, sleep: number | null): Obj {
  if (final && sleep !== null && Math.round((rate * sleep) / 1000) >= 50) {
    return { enabled: true, pagesToScan: Math.round((rate * sleep) / 1000), sleepMs: sleep };
  }
  return { enabled: true, pagesToScan: Math.max(1, Math.round(rate)), sleepMs: 1000 };
}

function sharing(key: 'zeroPct' | 'intraPct' | 'interPct', def: number, label: string): FitParam {
  return {
    key,
    label,
    unit: '%',
    lo: 0,
    hi: 100,
    scale: 'linear',
    baseline: (s) => num(get(firstTemplate(s), 'memory', 'sharing', key), def),
    overlay: (v) => templateOverlay({ sharing: { [key]: Number(v.toFixed(2)) } }),
    decimals: 2,
  };
}

/**
 * A template's mergeable content (schema `memory.content`, model/memory/reclaim/ksm-content.ts):
 * setting either turns the content model on for every template. Without it the search starts
 * from 5 % zero and 15 % shared pages (the fixed-fraction model's defaults, assumptions).
 */
function content(key: 'zeroPct' | 'sharedPct', start: number, label: string): FitParam {
  const k = key === 'zeroPct' ? 'contentZeroPct' : 'contentSharedPct';
  return {
    key: k,
    label,
    unit: '% of touched pages',
    lo: 0,
    hi: 100,
    scale: 'linear',
    baseline: (s) => num(get(firstTemplate(s), 'memory', 'content', key), start),
    overlay: (v) => templateOverlay({ content: { [key]: Number(v.toFixed(3)) } }),
    decimals: 3,
  };
}

/**
 * The overlay made valid for the loader: fitted zero and shared content fractions that add up to
 * more than 100 % keep the zero pages and give the shared ones what is left.
 */
export function feasibleOverlay(o: Overlay): Overlay {
  const c = get(o, 'templates', 'memory', 'content') as Obj | undefined;
  if (c === undefined) return o;
  const zero = num(c.zeroPct, 0);
  const shared = num(c.sharedPct, 0);
  if (zero + shared <= 100) return o;
  const out = structuredClone(o);
  ((out.templates as Obj).memory as Obj).content = { ...c, sharedPct: Number((100 - zero).toFixed(3)) };
  return out;
}

export const PARAMS: Record<ParamKey, FitParam> = {
  cpuOverheadPct: {
    key: 'cpuOverheadPct',
    label: 'hypervisor CPU overhead',
    unit: '% of host CPU',
    lo: 0,
    hi: 50,
    scale: 'linear',
    baseline: (s) => num(get(firstKvmGroup(s), 'hypervisor', 'cpuOverheadPct'), get(firstKvmGroup(s), 'hypervisor', 'type') === 2 ? 8 : 2),
    overlay: (v) => hostOverlay({ cpuOverheadPct: Number(v.toFixed(3)) }),
    decimals: 3,
  },
  foreignLoadCores: {
    key: 'foreignLoadCores',
    label: 'foreign (non-VM) load on the host',
    unit: 'cores',
    lo: 0,
    // At most 16 cores: wide enough for an agent or a build job, narrow enough that a fit of
    // about a core is not "next to its bound" in the unit box (confidence.ts, h = 0.02).
    hi: 16,
    scale: 'linear',
    baseline: (s) => num(get(firstKvmGroup(s), 'foreignLoadCores'), 0),
    overlay: (v) => ({ dcsimOverlay: OVERLAY_VERSION, hostGroups: { foreignLoadCores: Number(v.toFixed(3)) } }),
    decimals: 3,
  },
  readyPerRun: {
    key: 'readyPerRun',
    label: 'run-queue wait per unit of run of a waking vCPU (model/cpu/run-queue.ts)',
    unit: 's/s',
    lo: 0,
    hi: 1,
    scale: 'linear',
    baseline: (s) => num(get(firstKvmGroup(s), 'hypervisor', 'readyPerRun'), DEFAULT_READY_PER_RUN.kvm),
    overlay: (v) => hostOverlay({ readyPerRun: Number(v.toFixed(4)) }),
    decimals: 4,
  },
  ksmPagesPerSec: {
    key: 'ksmPagesPerSec',
    label: 'KSM scan rate (pages_to_scan / sleep_millisecs)',
    unit: 'pages/s',
    lo: 10,
    hi: 1e6,
    scale: 'log',
    baseline: (s) => {
      const k = get(firstKvmGroup(s), 'hypervisor', 'memory', 'ksm');
      return (num(get(k, 'pagesToScan'), 100) / num(get(k, 'sleepMs'), 20)) * 1000;
    },
    overlay: (v, final, sleep) => hostOverlay({ memory: { ksm: ksmSetting(v, final, sleep) } }),
    decimals: 0,
  },
  zeroPct: sharing('zeroPct', 5, 'shareable zero pages'),
  intraPct: sharing('intraPct', 2, 'shareable pages within a VM'),
  interPct: sharing('interPct', 15, 'shareable pages across VMs'),
  contentZeroPct: content('zeroPct', 5, 'zero pages (KSM merges them, one kept per max_page_sharing)'),
  contentSharedPct: content('sharedPct', 15, 'pages duplicated across VMs of the same image (one copy kept)'),
  compressiblePct: {
    key: 'compressiblePct',
    label: 'pages that compress 2:1 or better',
    unit: '%',
    lo: 0,
    hi: 100,
    scale: 'linear',
    baseline: (s) => num(get(firstTemplate(s), 'memory', 'compressiblePct'), 50),
    overlay: (v) => templateOverlay({ compressiblePct: Number(v.toFixed(2)) }),
    decimals: 2,
  },
  balloonRateMiBps: {
    key: 'balloonRateMiBps',
    label: 'balloon inflate / deflate rate (turns the balloon policy on)',
    unit: 'MiB/s',
    lo: 1,
    hi: 4096,
    scale: 'log',
    baseline: (s) => num(get(firstKvmGroup(s), 'hypervisor', 'memory', 'balloon', 'rateMiBps'), 64),
    overlay: (v) => hostOverlay({ memory: { balloon: { enabled: true, rateMiBps: Number(v.toPrecision(4)) } } }),
    decimals: 1,
  },
  swapBandwidthMiBps: {
    key: 'swapBandwidthMiBps',
    label: 'swap device bandwidth',
    unit: 'MiB/s',
    lo: 1,
    hi: 10_000,
    scale: 'log',
    baseline: (s) => num(get(firstKvmGroup(s), 'hypervisor', 'memory', 'swap', 'bandwidthMiBps'), 200),
    overlay: (v) => hostOverlay({ memory: { swap: { bandwidthMiBps: Number(v.toPrecision(4)) } } }),
    decimals: 1,
  },
};

/** Other names accepted by --fit. */
const ALIASES: Record<string, ParamKey[]> = {
  overhead: ['cpuOverheadPct'],
  cpuoverhead: ['cpuOverheadPct'],
  ksm: ['ksmPagesPerSec'],
  ksmrate: ['ksmPagesPerSec'],
  sharing: ['zeroPct', 'intraPct', 'interPct'],
  content: ['contentZeroPct', 'contentSharedPct'],
  balloonrate: ['balloonRateMiBps'],
  swapbandwidth: ['swapBandwidthMiBps'],
  compression: ['compressiblePct'],
};

/** The parameters a `--fit` list names, or the message for the first name that is not one. */
export function parseFitList(text: string): ParamKey[] | string {
  const out: ParamKey[] = [];
  for (const raw of text.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const lower = raw.toLowerCase();
    const keys = PARAM_KEYS.filter((k) => k.toLowerCase() === lower);
    const found = keys.length > 0 ? keys : ALIASES[lower];
    if (found === undefined) {
      if (/contention|steal/.test(lower)) {
        return `'${raw}' is not modelled: CPU is shared max-min fair and steal = demand − granted, so no coefficient exists; fit cpuOverheadPct, which sets the capacity left to the VMs`;
      }
      return `unknown parameter '${raw}'; expected some of ${PARAM_KEYS.join(', ')} (aliases: ${Object.keys(ALIASES).join(', ')})`;
    }
    for (const k of found) if (!out.includes(k)) out.push(k);
  }
  return out.length > 0 ? out : 'expected at least one parameter to fit';
}

/** Parameter value → unit-box coordinate, and back. */
export function toUnit(p: FitParam, x: number): number {
  const c = Math.min(p.hi, Math.max(p.lo, x));
  return p.scale === 'log' ? Math.log(c / p.lo) / Math.log(p.hi / p.lo) : (c - p.lo) / (p.hi - p.lo);
}

export function fromUnit(p: FitParam, z: number): number {
  const c = Math.min(1, Math.max(0, z));
  return p.scale === 'log' ? p.lo * (p.hi / p.lo) ** c : p.lo + c * (p.hi - p.lo);
}

/** dx/dz at z (for the confidence estimate). */
export function unitDerivative(p: FitParam, z: number): number {
  return p.scale === 'log' ? fromUnit(p, z) * Math.log(p.hi / p.lo) : p.hi - p.lo;
}
