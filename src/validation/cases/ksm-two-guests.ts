import { join } from 'node:path';
import { simulate } from '../../run/simulate.js';
import { parseScenarioText } from '../../scenario/index.js';
import type { ValidationCase } from '../case.js';
import { csvRow } from '../csv-row.js';

const SNAPSHOT = 'kvm/ksm_snapshots.csv';
const SOURCE_URL = 'https://www.itfromallangles.com/2011/03/linux-kvm-taking-advantage-of-memory-deduplication/';
const MIB = 1024 * 1024;
const TOUCHED_MIB = 2048;

/**
 * KSM on the snapshot's host (two 2 GB KVM guests): the guests' sharing fractions are set from the
 * snapshot's own pages_shared (one kept copy of each inter-VM duplicate) and pages_sharing, as a
 * user states a template's mergeable content; the case checks that the model's scanning and
 * accounting, run for 10 minutes of 100 pages / 20 ms (past the 210 s full scan), end at the
 * pages_sharing the kernel reported (kernel doc admin-guide/mm/ksm: pages_sharing = how much is saved).
 *   x = pages_shared × 4 KiB / T (inter-VM), z = (pages_sharing − pages_shared) × 4 KiB / 2T (zero).
 * It validates the accounting, not a prediction of the fractions (those come from the same row).
 */
export const ksmTwoGuests: ValidationCase = {
  name: 'ksm-two-2GiB-guests-pages-sharing',
  source: `shared/data/kvm/ksm_snapshots.csv, row ${SOURCE_URL}: pages_sharing 835,511 (pages_shared 60,887 sets the inter-VM fraction)`,
  unit: 'pages',
  tolerancePct: 0.1,
  run: (dataDir) => {
    const row = csvRow(join(dataDir, SNAPSHOT), SOURCE_URL);
    const page = Number(row.page_size_bytes);
    const shared = Number(row.pages_shared);
    const sharing = Number(row.pages_sharing);
    const interPct = ((shared * page) / MIB / TOUCHED_MIB) * 100;
    const zeroPct = (((sharing - shared) * page) / MIB / (2 * TOUCHED_MIB)) * 100;
    const spec = {
      name: 'validation-ksm',
      seed: 1,
      start: '2026-03-02T00:00:00Z',
      duration: '10m',
      step: '5m',
      templates: { guest: { vcpus: 1, memoryGiB: 2, guestOs: 'linux', memory: { touchedPct: 100, sharing: { zeroPct, intraPct: 0, interPct } } } },
      clusters: [
        {
          name: 'c1',
          placement: { algorithm: 'first-fit', maxVcpuPerCore: null, maxMemoryOvercommit: null },
          hosts: [
            {
              name: 'h',
              count: 1,
              sockets: 1,
              coresPerSocket: 16,
              mhz: 2000,
              memoryGiB: 16,
              hypervisor: { flavour: 'kvm', cpuOverheadPct: 0, memoryOverheadMiB: 0, memory: { ksm: { enabled: true, pagesToScan: 100, sleepMs: 20 } } },
            },
          ],
          vms: [{ name: 'vm', count: 2, template: 'guest', workload: { type: 'constant', cpu: 0.1, memory: 0.1 } }],
        },
      ],
    };
    const { memory } = simulate(parseScenarioText(JSON.stringify(spec), 'validation-ksm.yaml', dataDir));
    const savedMiB = (memory.vm.sharedMiB[0]) + (memory.vm.sharedMiB[1]);
    return { dcsim: (savedMiB * MIB) / page, reference: sharing };
  },
};
