/** The validation suite: cases against public data, judged against their pinned tolerances. */
import { judge, type CaseResult, type ValidationCase } from './case.js';
import { CASES } from './cases/index.js';

export { CASES } from './cases/index.js';
export { formatResult, judge, summaryLine, type CaseOutcome, type CaseResult, type ValidationCase } from './case.js';

/** Runs each case on the shared data folder; a case that throws is reported, not swallowed. */
export function runCases(dataDir: string, cases: readonly ValidationCase[] = CASES): CaseResult[] {
  return cases.map((c) => judge(c, c.run(dataDir)));
}
