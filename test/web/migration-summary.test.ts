/**
 * The Migrations panel's summary states the split by cause and the moves per VM
 * (web/src/migrations.ts, migrationSummary): consolidation-finance.yaml's month as the example.
 */
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import type { HeadlineFigures } from '../../src/report/schema.js';
import { migrationSummary } from '../../web/src/migration-summary.js';

const month: HeadlineFigures['migrations'] = {
  completed: 5155,
  aborted: 0,
  meanDurationS: 24.5,
  transferredGiB: 88035.3,
  meanDowntimeMs: 8.1,
  maxDowntimeMs: 30,
  byReason: { balance: 95, dpm: 2616, 'power-on': 2444 },
};

describe('migrationSummary', () => {
  it('names each cause, most first, and 5155 / 400 = 12.9 moves per VM', () => {
    expect(migrationSummary(month, 400)).toMatch(
      /^5,155 migrations completed: .* By cause: 2,616 DPM evacuations \(dpm\), 2,444 refills of hosts woken from standby \(power-on\), 95 DRS balancing \(balance\); 12\.9 per VM\.$/,
    );
  });

  it('leaves the per-VM figure out without a VM count, and an unknown reason by its name', () => {
    expect(migrationSummary({ ...month, completed: 3, byReason: { custom: 3 } })).toMatch(/By cause: 3 custom \(custom\)\.$/);
  });

  it('says so when nothing moved', () => {
    expect(migrationSummary({ ...month, completed: 0, byReason: {} }, 400)).toBe('No VM was migrated during the run.');
  });
});
