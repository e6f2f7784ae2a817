/**
 * `npm run validate`: runs every case on the shared data folder (default ../shared/data beside
 * the checkout, as the tests find it; or the first argument) and prints each figure beside its
 * reference; exit code 1 when any case misses its tolerance, known misses included.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatResult, judge, summaryLine, type CaseResult } from './case.js';
import { CASES } from './cases/index.js';

function main(argv: readonly string[]): number {
  const dataDir = resolve(argv[0] ?? resolve(process.cwd(), '../shared/data'));
  if (!existsSync(dataDir)) {
    process.stderr.write(`validate: data folder ${dataDir} not found; pass the shared/data folder as the first argument\n`);
    return 2;
  }
  const results: CaseResult[] = [];
  let failed = 0;
  for (const c of CASES) {
    try {
      const r = judge(c, c.run(dataDir));
      results.push(r);
      process.stdout.write(`${formatResult(r)}\n`);
    } catch (e) {
      // A case that cannot run (missing file, bad row) is a failure, named with its message.
      failed++;
      process.stdout.write(`${c.name}: could not run: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  process.stdout.write(`${summaryLine(results)}${failed > 0 ? `, ${failed} could not run` : ''}\n`);
  return failed === 0 && results.every((r) => r.ok) ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
