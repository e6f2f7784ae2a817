/**
 * Command line of `npm run bench` (after `--`):
 *   --only kernel,week,memory,w1,sweep,split   run only these groups (repeatable; default all)
 *   --quick                                     smallest sizes only
 *   --rounds N                                  alternating dcsim/floor rounds per ratio case (default 3)
 *   --region                                    the hyperscale region only (with --only: those groups too)
 *   --region-clusters N                         run its first N clusters (default 100: all) and project
 *   --region-days D                             simulated days (default 1)
 *   --region-workers N                          worker threads (default 2)
 */
export const GROUPS = ['kernel', 'week', 'memory', 'w1', 'sweep', 'split'] as const;
export type Group = (typeof GROUPS)[number];

export interface RegionOptions {
  readonly clusters: number;
  readonly days: number;
  readonly workers: number;
}

export interface BenchOptions {
  readonly groups: ReadonlySet<Group>;
  readonly quick: boolean;
  readonly rounds: number;
  /** The region case, when asked for. */
  readonly region: RegionOptions | null;
}

function positiveInt(option: string, value: string | undefined, max = Infinity): number {
  const n = Number(value);
  if (!(Number.isInteger(n) && n >= 1 && n <= max)) throw new Error(`bench: ${option} needs a whole number from 1${max < Infinity ? ` to ${max}` : ''}, got ${value}`);
  return n;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const picked = new Set<Group>();
  let quick = false;
  let rounds = 3;
  let region: { clusters: number; days: number; workers: number } | null = null;
  const regionSet = (): { clusters: number; days: number; workers: number } => (region ??= { clusters: 100, days: 1, workers: 2 });
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--region') {
      regionSet();
    } else if (a === '--region-clusters') {
      regionSet().clusters = positiveInt(a, argv[++i], 100);
    } else if (a === '--region-days') {
      regionSet().days = positiveInt(a, argv[++i], 365);
    } else if (a === '--region-workers') {
      regionSet().workers = positiveInt(a, argv[++i]);
    } else if (a === '--quick') {
      quick = true;
    } else if (a === '--only' || a.startsWith('--only=')) {
      const value = a === '--only' ? argv[++i] : a.slice('--only='.length);
      if (value === undefined || value === '') throw new Error(`bench: --only needs a group list (${GROUPS.join(', ')})`);
      for (const g of value.split(',')) {
        if (!(GROUPS as readonly string[]).includes(g)) {
          throw new Error(`bench: unknown group "${g}" in --only; expected one of ${GROUPS.join(', ')}`);
        }
        picked.add(g as Group);
      }
    } else if (a === '--rounds' || a.startsWith('--rounds=')) {
      const value = a === '--rounds' ? argv[++i] : a.slice('--rounds='.length);
      rounds = Number(value);
      if (!(Number.isInteger(rounds) && rounds >= 1)) throw new Error(`bench: --rounds needs a positive integer, got ${value}`);
    } else {
      throw new Error(`bench: unknown option "${a}"; expected --only <groups>, --quick, --rounds <n> or --region [--region-clusters <n>] [--region-days <d>] [--region-workers <n>]`);
    }
  }
  // --region alone runs the region only: it is long, and the other groups have their own runs.
  const groups = picked.size > 0 ? picked : region === null ? new Set(GROUPS) : new Set<Group>();
  return { groups, quick, rounds, region };
}
