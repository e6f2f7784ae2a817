import { join } from 'node:path';
import { simulate } from '../../run/simulate.js';
import { parseScenarioText } from '../../scenario/index.js';
import type { ValidationCase } from '../case.js';
import { csvNumber } from '../csv-row.js';

const SERVER = 'HP ProLiant ML110 G4';

/**
 * A host with `power: { model: specpower, server: HP ProLiant ML110 G4 }` (2 cores of 1860 MHz,
 * as the row states) running one 1-vCPU VM flat out for an hour: 50 % busy, so its mean power is
 * the curve's 50 % point (CloudSim's PowerModelSpecPowerHpProLiantMl110G4Xeon3040).
 */
export const specpowerHalfLoad: ValidationCase = {
  name: 'specpower-ml110g4-mean-power-at-50pct',
  source: 'shared/data/power/specpower_curves.csv, row "HP ProLiant ML110 G4", column w_50pct (SPECpower_ssj2008 via CloudSim)',
  unit: 'W',
  tolerancePct: 0.01,
  run: (dataDir) => {
    const spec = {
      name: 'validation-specpower',
      seed: 1,
      start: '2026-03-02T00:00:00Z',
      duration: '1h',
      step: '5m',
      templates: { one: { vcpus: 1, memoryGiB: 1 } },
      clusters: [
        {
          name: 'c1',
          placement: { algorithm: 'first-fit' },
          hosts: [{ name: 'ml110', count: 1, sockets: 1, coresPerSocket: 2, mhz: 1860, memoryGiB: 4, hypervisor: { cpuOverheadPct: 0 }, power: { model: 'specpower', server: SERVER } }],
          vms: [{ name: 'busy', count: 1, template: 'one', workload: { type: 'constant', cpu: 1 } }],
        },
      ],
    };
    const { world } = simulate(parseScenarioText(JSON.stringify(spec), 'validation-specpower.yaml', dataDir));
    const meanW = (world.hosts.energyInt[0]) / 3_600_000;
    return { dcsim: meanW, reference: csvNumber(join(dataDir, 'power/specpower_curves.csv'), SERVER, 'w_50pct') };
  },
};
