/**
 * Command line of `npm run bench` (after `--`):
 *   --only kernel,week,memory,w1,sweep,split   run only these groups (repeatable; default all)
 *   --quick                                     smallest sizes only
 *   --rounds N                                  alternating dcsim/floor rounds per ratio case (default 3)
 */
export const GROUPS = ['kernel', 'week', 'memory', 'w1', 'sweep', 'split'] as const;
export type Group = (typeof GROUPS)[number];

export interface BenchOptions {
  readonly groups: ReadonlySet<Group>;
  readonly quick: boolean;
  readonly rounds: number;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const picked = new Set<Group>();
  let quick = false;
  let rounds = 3;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') {
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
      throw new Error(`bench: unknown option "${a}"; expected --only <groups>, --quick or --rounds <n>`);
    }
  }
  return { groups: picked.size === 0 ? new Set(GROUPS) : picked, quick, rounds };
}
