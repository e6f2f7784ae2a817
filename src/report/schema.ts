/**
 * The report contract: what `report.json` holds, for the web viewer and any other reader.
 * The viewer imports only this module. Changing the shape means bumping REPORT_VERSION and
 * saying what changed in the history below.
 *
 * Version history:
 * - 1: run metadata, headline figures (datacenter and per cluster), clusters, hosts, per-VM
 *      summary, cluster series, optional host series, first events.
 * - 2: memory reclamation: headline.memory gains shared / ballooned / compressed / swapped
 *      figures, swap traffic, stall and blocked allocations; cluster and host series gain the
 *      same per interval; vms gain per-VM reclamation means and stall.
 * - 3: alarms: the rules in force, counts by rule, the alarms raised (when, where, how long, peak)
 *      and alarm.raised / alarm.cleared events.
 * - 4: headline.energy gains facility energy (PUE), cost, operational and embodied CO2.
 * - 5: lifecycle: headline.availability (outages, downtime by reason, nines, HA restarts,
 *      incidents, per restart priority) and headline.migrations; lifecycle events (host failures,
 *      HA restarts, migrations, DRS, maintenance); cluster series gain hostsUp, vmsDown,
 *      failoverHosts, imbalance and migrationsActive; host series gain upPct and state; hosts and
 *      vms gain failures / outages / downtime / availability / migrations; top-level incidents,
 *      host-group failure statistics and migration records. Capacity series count hosts only
 *      while they serve. Power states and finance: headline.energy gains the energy by host state
 *      (serving, transitions, standby) and prices each hour (time-of-use, hourly PUE and grid
 *      intensity); headline.finance compares the run with a physical baseline; cluster series gain
 *      power by host state; top-level energy.hours holds the datacenter's hourly energy and cost.
 * - 6: power management apart from maintenance: host state `entering-standby`; events
 *      host.standby-entering / -evacuated / -aborted (reason dpm, power-window or power-off).
 *      energy.clusters: each cluster's hourly energy. comparison: the clusters side by side
 *      (energy, cost, CO2, hosts on, CPU ready, swap, availability, migrations), each against
 *      the first, with an annualised finance sentence per cluster.
 * - 7: lifecycle events cluster.policy-changed / -refused and host.repair-skipped (scripted
 *      policy changes and repairs). Achieved density: headline.density (hosts in use at initial placement, vCPU:pCPU and
 *      memory overcommit over them, mean and busiest host, beside the caps, and which constraint
 *      bound each placement); headline.hostsInUse, and vcpuPerCore / memoryOvercommit now over
 *      the hosts serving VMs at the end (empty hosts no longer dilute them).
 *      Events: every event up to a budget, then annotating kinds folded into events.aggregated
 *      (hourly counts, first and last); truncated only when kept kinds were cut too.
 *      headline.migrations gains byReason.
 * - 8: headline.placementQueue (VMs that waited for capacity at power-on, placed from the queue,
 *      still waiting; their waits) and events vm.queued / vm.placed-from-queue.
 *
 * Conventions: times `t` are ms from the run start (the series' `t` is each interval's start);
 * percentages are 0–100; CPU in MHz (or GHz where named), memory in MiB (or GiB where named),
 * energy in kWh. Ids are hierarchical: `site/cluster/host-001`, `site/cluster/group-0001`.
 */
import { z } from 'zod';
import { MEMORY_STATES } from '../catalogue/memory-states.js';
import { READY_BAND_NAMES } from '../catalogue/ready-bands.js';

export const REPORT_VERSION = 9;

const MemoryStateName = z.enum(MEMORY_STATES);
const AlarmRuleName = z.enum(['cpu-ready', 'host-cpu', 'host-swapping', 'host-memory-state']);
const HostStateName = z.enum(['on', 'maintenance', 'failed', 'standby', 'booting', 'shutting-down', 'isolated', 'entering-standby']);
const PriorityFigures = z.object({ vms: z.number().int(), meanAvailabilityPct: z.number(), downtimeVmHours: z.number() });
const StateHours = z.object({ high: z.number(), clear: z.number(), soft: z.number(), hard: z.number(), low: z.number() });

const BoundBy = z.object({
  none: z.number().int().describe('every available host would have taken the VM'),
  cpuCap: z.number().int().describe('the vCPU:pCPU cap'),
  memoryCap: z.number().int().describe('the memory overcommit cap'),
  reservations: z.number().int().describe('CPU or memory reservations'),
  rules: z.number().int().describe('affinity, anti-affinity or VM-host rules'),
  hostWidth: z.number().int().describe('the VM has more vCPUs than a host has cores'),
});

/** What the placement reached, measured on the hosts it used (src/model/placement/density.ts). */
const Density = z.object({
  measuredAt: z.literal('initial placement'),
  hostsInUse: z.number().int().describe('hosts serving at least one VM'),
  hostsSpare: z.number().int().describe('hosts left empty by the placement'),
  spareHosts: z.enum(['on', 'standby', 'mixed']).describe('whether spare hosts stayed powered on (their idle energy counted) or went to standby after placement (only their shutdown and standby draw counted); mixed when clusters differ'),
  vcpuPerCore: z.number().describe('vCPUs / cores over the hosts in use'),
  busiestVcpuPerCore: z.number().describe('the highest vCPU:pCPU of any host'),
  maxVcpuPerCore: z.number().nullable().describe('the cap; null for none (or clusters with different caps)'),
  memoryOvercommit: z.number().describe('configured VM memory / host memory over the hosts in use'),
  busiestMemoryOvercommit: z.number().describe('the highest memory overcommit of any host'),
  maxMemoryOvercommit: z.number().nullable().describe('the cap; null for none (or clusters with different caps)'),
  boundBy: BoundBy.describe('placed VMs by the constraint most hosts refused them for when they were placed'),
  unplacedBoundBy: BoundBy.describe('VMs placement could not power on, by the constraint most hosts refused them for'),
  binding: z.enum(['none', 'cpuCap', 'memoryCap', 'reservations', 'rules', 'hostWidth']).describe("the constraint that bound most placements, placed or not; 'none' only when no placement was bound"),
});

/** Headline figures for a set of hosts and their VMs (one cluster or the whole datacenter). */
export const Headline = z.object({
  hosts: z.number().int(),
  hostsInUse: z.number().int().describe('hosts serving at least one VM at the end'),
  cores: z.number().int(),
  vms: z.number().int(),
  vmsPlaced: z.number().int(),
  vmsUnplaceable: z.number().int(),
  vcpus: z.number().int().describe('vCPUs of placed VMs'),
  vcpuPerCore: z.number().describe('vCPUs / physical cores of the hosts serving VMs at the end'),
  hostMemoryGiB: z.number(),
  vmMemoryGiB: z.number().describe('configured memory of placed VMs'),
  memoryOvercommit: z.number().describe('configured VM memory / host memory of the hosts serving VMs at the end'),
  density: Density,
  placementQueue: z
    .object({
      vmsQueued: z.number().int().describe('VMs that fitted on no host at power-on and waited (placement unplaced: wait)'),
      vmsPlacedFromQueue: z.number().int().describe('of them, placed when capacity freed'),
      vmsStillWaiting: z.number().int().describe('still waiting at the end (counted as unplaceable)'),
      meanWaitMinutes: z.number().nullable().describe('mean wait of the VMs placed from the queue; null when none was'),
      maxWaitMinutes: z.number().nullable().describe('longest wait of a VM placed from the queue; null when none was'),
      longestStillWaitingMinutes: z.number().nullable().describe('longest wait so far of a VM still waiting at the end (a lower bound); null when none is'),
    })
    .describe('the queue of VMs waiting for capacity at power-on'),
  cpu: z.object({
    capacityGHz: z.number().describe('usable: cores × MHz less hypervisor overhead'),
    meanDemandGHz: z.number(),
    meanGrantedGHz: z.number(),
    meanUtilPct: z.number(),
    peakUtilPct: z.number().describe('highest output-interval average'),
    unmetDemandPct: z.number().describe('demand not granted, % of demand'),
  }),
  cpuReady: z.object({
    meanPct: z.number().describe('per vCPU, time- and vCPU-weighted over all placed VMs'),
    p95OfVmP95Pct: z.number().describe('95th percentile over VMs of each VM p95 interval ready %'),
    worstVmP95Pct: z.number(),
    vmsOver5PctP95: z.number().int().describe('VMs whose p95 ready exceeds 5 %'),
    band: z.enum(READY_BAND_NAMES).describe('rule-of-thumb band of p95OfVmP95Pct'),
  }),
  memory: z.object({
    peakConsumedGiB: z.number().describe('highest interval-average consumed memory, summed over hosts'),
    lowestFreeMiB: z.number().describe('lowest free memory any host reached'),
    hostsEverBelowHigh: z.number().int(),
    stateHours: StateHours.describe('host-hours in each memory state'),
    sharedSavedGiB: z.number().describe('mean memory saved by page sharing'),
    balloonedGiB: z.number().describe('mean memory held by balloons'),
    compressionCacheGiB: z.number().describe('mean size of compression caches / zswap pools'),
    compressionSavedGiB: z.number().describe('mean memory saved by compression'),
    swappedGiB: z.number().describe('mean memory in host swap'),
    peakSwappedGiB: z.number(),
    swapInGiB: z.number().describe('total read back from swap'),
    swapOutGiB: z.number().describe('total written to swap'),
    stallPct: z.number().describe('CPU demand lost waiting on reclaimed pages, % of demand'),
    blockedGiBHours: z.number().describe('guest allocations blocked in the low state, GiB × hours'),
  }),
  energy: z.object({
    itKWh: z.number(),
    meanPowerKW: z.number(),
    pue: z.number(),
    facilityKWh: z.number().describe('IT energy × PUE'),
    cost: z.number().nullable().describe('facility kWh × price; null when no price is given'),
    currency: z.string(),
    operationalKgCo2: z.number().nullable().describe('facility kWh × grid intensity; null when no intensity is given'),
    embodiedKgCo2: z.number().describe("the hosts' embodied carbon for the run's share of their life"),
    servingKWh: z.number().describe('IT energy of hosts serving VMs (on, maintenance, isolated)'),
    transitionKWh: z.number().describe('IT energy of hosts booting or shutting down'),
    standbyKWh: z.number().describe('IT energy of hosts in standby'),
  }),
  finance: z.object({
    currency: z.string(),
    servers: z.number().int(),
    baselineServers: z.number().int().describe('physical servers without virtualization (finance.baseline.vmsPerServer VMs each)'),
    serversSaved: z.number().int(),
    itKWh: z.number(),
    baselineItKWh: z.number(),
    facilityKWh: z.number(),
    baselineFacilityKWh: z.number(),
    energyCost: z.number().nullable(),
    baselineEnergyCost: z.number().nullable(),
    hardwareCost: z.number().nullable().describe("servers' purchase price for the run's share of their life"),
    baselineHardwareCost: z.number().nullable(),
    licenceCost: z.number(),
    adminCost: z.number(),
    baselineAdminCost: z.number(),
    totalCost: z.number().nullable(),
    baselineTotalCost: z.number().nullable(),
    saving: z.number().nullable(),
    savingPct: z.number().nullable(),
    kgCo2: z.number().nullable().describe('operational + embodied'),
    baselineKgCo2: z.number().nullable(),
    kgCo2Saved: z.number().nullable(),
  }),
  availability: z.object({
    vmsEverRunning: z.number().int(),
    meanVmAvailabilityPct: z.number().describe('mean over VMs of time up / time since first power-on'),
    worstVmAvailabilityPct: z.number(),
    nines: z.number().describe('-log10(1 - mean availability), 9 when nothing was ever down'),
    outages: z.number().int(),
    downtimeVmHours: z.number(),
    downtimeByReasonVmHours: z.record(z.string(), z.number()).describe('host-failure, waiting-for-capacity, restarting, isolation, not-protected, …'),
    vmsDownAtEnd: z.number().int(),
    hostFailures: z.number().int(),
    incidents: z.number().int(),
    restarts: z.number().int().describe('HA restarts'),
    meanRecoveryS: z.number().describe('incident start to the last affected VM running again, mean over recovered incidents'),
    worstRecoveryS: z.number(),
    byPriority: z.object({ disabled: PriorityFigures, low: PriorityFigures, medium: PriorityFigures, high: PriorityFigures }),
  }),
  migrations: z.object({
    completed: z.number().int(),
    aborted: z.number().int(),
    meanDurationS: z.number(),
    transferredGiB: z.number(),
    meanDowntimeMs: z.number(),
    maxDowntimeMs: z.number(),
    byReason: z.record(z.string(), z.number().int()).describe("completed migrations by reason: balance, dpm, power-window, power-off, maintenance, rule, …"),
  }),
});

/** Lifecycle events: failures, HA, migrations, balancing, maintenance, power. */
export const LIFECYCLE_EVENT_TYPES = [
  'host.failed', 'host.repaired', 'domain.failed', 'ha.failure-detected', 'vm.down', 'vm.restarting', 'vm.restarted',
  'ha.restart-failed', 'ha.incident-recovered', 'host.isolated', 'host.isolation-ended', 'migration.started',
  'migration.completed', 'migration.aborted', 'migration.refused', 'drs.recommendation', 'host.maintenance-entered',
  'host.maintenance-ready', 'host.maintenance-exited', 'host.maintenance-refused', 'host.evacuation-blocked', 'host.power', 'host.power-skipped',
  'host.standby-entering', 'host.standby-evacuated', 'host.standby-aborted',
  'vm.provisioning', 'vm.created', 'vm.ready', 'vm.create-failed', 'vm.deleted', 'create-vms.incomplete', 'autoscale.out', 'autoscale.in',
  'vm.hot-added', 'vm.reconfigured', 'vm.rebooting-for-change', 'vm.rebooted-for-change', 'hot-add.refused', 'vm.paused', 'vm.resumed',
  'datastore.full', 'datastore.space-freed', 'snapshot.created', 'snapshot.deleted', 'snapshot.refused', 'storage-migration.started',
  'storage-migration.completed', 'storage-migration.refused', 'action', 'vm.guest-failed', 'vm.guest-restarted',
  'site.failed', 'site.repaired', 'dr.failover-started', 'dr.replica-running', 'dr.failback-completed',
  'cluster.policy-changed', 'cluster.policy-refused', 'host.repair-skipped', 'vm.queued', 'vm.placed-from-queue',
  'vm.powered-off', 'vm.powered-on', 'vm.power-skipped', 'vm.balloon-target-set', 'vm.balloon-target-skipped',
  'vm.hot-removed', 'hot-remove.refused',
] as const;

export const ReportEvent = z.union([
  z.object({ t: z.number(), type: z.literal('vm.placed'), vm: z.string(), host: z.string() }),
  z.object({ t: z.number(), type: z.literal('vm.unplaceable'), vm: z.string(), reason: z.string() }),
  z.object({ t: z.number(), type: z.literal('host.memory-state'), host: z.string(), from: MemoryStateName, to: MemoryStateName }),
  z.object({
    t: z.number(),
    type: z.literal('alarm.raised'),
    rule: AlarmRuleName,
    target: z.string(),
    value: z.number(),
    threshold: z.number(),
    since: z.number(),
  }),
  z.object({ t: z.number(), type: z.literal('alarm.cleared'), rule: AlarmRuleName, target: z.string(), raisedAt: z.number(), peak: z.number() }),
  z
    .object({ t: z.number(), type: z.enum(LIFECYCLE_EVENT_TYPES) })
    .catchall(z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .describe('lifecycle events: their fields are flat (ids as strings, times in ms)'),
]);

export const Alarm = z.object({
  rule: AlarmRuleName,
  target: z.string().describe('VM or host id'),
  since: z.number().describe('start of the first interval in which the condition held (ms)'),
  raisedAt: z.number(),
  clearedAt: z.number().nullable().describe('null when still raised at the end'),
  durationMs: z.number().describe('raised until cleared or the end of the run'),
  peak: z.number().describe('worst value while raised (host-memory-state: index of the state, 0 = high)'),
  threshold: z.number(),
  unit: z.string(),
});

export const ClusterSeries = z.object({
  capacityMhz: z.array(z.number()),
  demandMhz: z.array(z.number()),
  grantedMhz: z.array(z.number()),
  utilPct: z.array(z.number()),
  maxHostUtilPct: z.array(z.number()),
  readyMeanPct: z.array(z.number()),
  readyP50Pct: z.array(z.number()),
  readyP95Pct: z.array(z.number()),
  readyP99Pct: z.array(z.number()),
  memoryMiB: z.array(z.number()),
  consumedMiB: z.array(z.number()),
  activeMiB: z.array(z.number()),
  powerW: z.array(z.number()),
  energyWh: z.array(z.number()),
  worstMemState: z.array(MemoryStateName),
  sharedMiB: z.array(z.number()),
  balloonMiB: z.array(z.number()),
  compressedMiB: z.array(z.number()),
  compressionSavedMiB: z.array(z.number()),
  swappedMiB: z.array(z.number()),
  swapInMiBps: z.array(z.number()),
  swapOutMiBps: z.array(z.number()),
  stallPct: z.array(z.number()),
  hostsUp: z.array(z.number()).describe('mean number of hosts serving VMs'),
  vmsDown: z.array(z.number()).describe('VMs down or restarting after an outage, at the interval end'),
  failoverHosts: z.array(z.number().nullable()).describe('host failures HA could absorb (slot arithmetic); null without HA'),
  imbalance: z.array(z.number().nullable()).describe('std-dev of host load (max of CPU and memory); null without a balancer'),
  migrationsActive: z.array(z.number()),
  powerServingW: z.array(z.number()).describe('mean power of hosts serving VMs'),
  powerTransitionW: z.array(z.number()).describe('mean power of hosts booting or shutting down'),
  powerStandbyW: z.array(z.number()).describe('mean power of hosts in standby'),
  hostsStandby: z.array(z.number()).describe('hosts in standby or on their way to or from it, at the interval end'),
});

export const HostSeries = z.object({
  utilPct: z.array(z.number()),
  readyPct: z.array(z.number()),
  consumedMiB: z.array(z.number()),
  activeMiB: z.array(z.number()),
  powerW: z.array(z.number()),
  memState: z.array(MemoryStateName),
  sharedMiB: z.array(z.number()),
  balloonMiB: z.array(z.number()),
  compressedMiB: z.array(z.number()),
  swappedMiB: z.array(z.number()),
  stallPct: z.array(z.number()),
  upPct: z.array(z.number()),
  state: z.array(HostStateName),
});

export const Incident = z.object({
  id: z.number().int(),
  t: z.number(),
  cause: z.string().describe('random, scripted, domain or isolation'),
  hosts: z.array(z.string()),
  vmsAffected: z.number().int(),
  vmsRecovered: z.number().int(),
  recoveredAt: z.number().nullable(),
  recoveryMs: z.number().nullable(),
});

export const MigrationItem = z.object({
  vm: z.string(),
  from: z.string(),
  to: z.string(),
  reason: z.string(),
  startedAt: z.number(),
  durationMs: z.number(),
  rounds: z.number().int(),
  transferredMiB: z.number(),
  downtimeMs: z.number(),
  converged: z.boolean(),
});

const EnergyHours = z.object({
  t: z.array(z.number()).describe('hour starts, ms from the run start (the first and last may be partial)'),
  itKWh: z.array(z.number()),
  facilityKWh: z.array(z.number()),
  cost: z.array(z.number().nullable()),
  kgCo2: z.array(z.number().nullable()),
  servingKWh: z.array(z.number()),
  transitionKWh: z.array(z.number()),
  standbyKWh: z.array(z.number()),
});

/** The figures a cluster is compared on (one row of the comparison table). */
const ComparisonFigures = z.object({
  itKWh: z.number(),
  facilityKWh: z.number(),
  cost: z.number().nullable(),
  kgCo2: z.number().nullable().describe('operational CO2 (grid), kg'),
  meanHostsOn: z.number().describe('hosts serving VMs, averaged over the run'),
  cpuReadyMeanPct: z.number(),
  cpuReadyP95Pct: z.number().describe('p95 over VMs of each VM p95'),
  swappedGiB: z.number().describe('mean swapped memory over the run'),
  availabilityPct: z.number().describe('mean VM availability'),
  migrations: z.number().int(),
});

/** Clusters side by side, each against the first: the answer when clusters are variants of one design. */
export const ClusterComparison = z.object({
  reference: z.string().describe('id of the first cluster: every difference is against it'),
  durationMs: z.number(),
  yearFactor: z.number().describe('a year (365.25 days) over the run length: what annualised figures are multiplied by'),
  currency: z.string(),
  rows: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      hosts: z.number().int(),
      vms: z.number().int(),
      figures: ComparisonFigures,
      difference: ComparisonFigures.nullable().describe('this row − the reference row; null on the reference'),
      sentence: z.string().describe('the finance reading, annualised, with its assumptions'),
    }),
  ),
  assumptions: z.string(),
});

export const ReportSchema = z.object({
  schema: z.literal('dcsim-report'),
  version: z.literal(REPORT_VERSION),
  generator: z.object({ name: z.literal('dcsim'), version: z.string() }),
  run: z.object({
    scenario: z.string(),
    description: z.string(),
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    seed: z.union([z.number(), z.string()]),
    start: z.string().describe('ISO 8601 simulated start'),
    durationMs: z.number().int(),
    stepMs: z.number().int(),
    intervalMs: z.number().int(),
    warnings: z.array(z.string()),
  }),
  headline: Headline,
  clusters: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      site: z.string(),
      placement: z.object({
        algorithm: z.string(),
        maxVcpuPerCore: z.number().nullable(),
        maxMemoryOvercommit: z.number().nullable(),
      }),
      headline: Headline,
    }),
  ),
  hosts: z.array(
    z.object({
      id: z.string(),
      cluster: z.string(),
      cores: z.number().int(),
      coreMhz: z.number(),
      usableMhz: z.number(),
      memoryMiB: z.number(),
      minFreeMiB: z.number(),
      hypervisor: z.object({ flavour: z.enum(['esxi', 'kvm']), type: z.union([z.literal(1), z.literal(2)]) }),
      vms: z.number().int(),
      vcpus: z.number().int(),
      vcpuPerCore: z.number(),
      memoryOvercommit: z.number(),
      meanUtilPct: z.number(),
      meanReadyPct: z.number(),
      energyKWh: z.number(),
      stateHours: StateHours,
      state: HostStateName.describe('at the end of the run'),
      failures: z.number().int(),
      failedHours: z.number(),
      upHours: z.number(),
    }),
  ),
  vms: z.array(
    z.object({
      id: z.string(),
      group: z.string(),
      host: z.string().nullable(),
      vcpus: z.number().int(),
      memoryMiB: z.number(),
      demandMeanPct: z.number(),
      demandP95Pct: z.number(),
      grantedMeanPct: z.number(),
      grantedP95Pct: z.number(),
      readyMeanPct: z.number(),
      readyP95Pct: z.number(),
      memSharedMeanMiB: z.number(),
      memBalloonMeanMiB: z.number(),
      memCompressedMeanMiB: z.number(),
      memSwappedMeanMiB: z.number(),
      memStallPct: z.number(),
      unplaceable: z.string().nullable().describe('why the VM fits nowhere, or null'),
      state: z.enum(['running', 'migrating', 'booting', 'down']).describe('at the end of the run'),
      downReason: z.string().nullable(),
      haPriority: z.enum(['disabled', 'low', 'medium', 'high']),
      outages: z.number().int(),
      downtimeS: z.number(),
      availabilityPct: z.number().nullable().describe('null for a VM that never ran'),
      migrations: z.number().int(),
      migrationDowntimeMs: z.number(),
    }),
  ),
  series: z.object({
    t: z.array(z.number()).describe('interval starts, ms from the run start'),
    intervalMs: z.array(z.number()).describe('length of each interval (the last may be shorter)'),
    clusters: z.record(z.string(), ClusterSeries),
    hosts: z.record(z.string(), HostSeries).nullable(),
    hostsOmitted: z.string().nullable().describe('why host series are absent, when they are'),
  }),
  alarms: z.object({
    rules: z.object({
      cpuReady: z.object({ thresholdPct: z.number(), forMs: z.number() }).nullable(),
      hostCpu: z.object({ thresholdPct: z.number(), forMs: z.number() }).nullable(),
      hostSwapping: z.boolean(),
      hostMemoryState: MemoryStateName.nullable(),
    }),
    total: z.number().int(),
    activeAtEnd: z.number().int(),
    byRule: z.record(AlarmRuleName, z.number().int()),
    truncated: z.boolean(),
    items: z.array(Alarm),
  }),
  availability: z.object({
    incidents: z.array(Incident),
    hostGroups: z.array(
      z.object({
        id: z.string(),
        hosts: z.number().int(),
        failures: z.number().int(),
        mtbfHours: z.number().nullable().describe('observed: time up / failures; null without failures'),
        mttrHours: z.number().nullable().describe('observed: time failed / failures'),
      }),
    ),
  }),
  migrations: z.object({ total: z.number().int(), truncated: z.boolean(), items: z.array(MigrationItem) }),
  energy: z.object({
    hours: EnergyHours,
    clusters: z.record(z.string(), EnergyHours).describe("each cluster's hours, as hours holds the datacenter's"),
  }),
  comparison: ClusterComparison,
  events: z.object({
    total: z.number().int(),
    counts: z.record(z.string(), z.number().int()),
    truncated: z.boolean().describe('events of the kept kinds were cut: items end at aggregated.keptUntil'),
    items: z.array(ReportEvent),
    aggregated: z
      .object({
        budget: z.number().int().describe('events kept whole before folding began'),
        kinds: z.record(
          z.string(),
          z.object({
            total: z.number().int(),
            hourly: z.array(z.number().int()).describe('count per hour from the run start'),
            first: ReportEvent,
            last: ReportEvent,
          }),
        ),
        keptUntil: z.number().nullable(),
        note: z.string().describe('what was folded, in words'),
      })
      .nullable()
      .describe('past the budget, kinds that move no VM and change no host state are folded into hourly counts; null when every event is kept'),
  }),
});

export type Report = z.infer<typeof ReportSchema>;
export type HeadlineFigures = z.infer<typeof Headline>;
export type ReportEvent = z.infer<typeof ReportEvent>;
export type ClusterComparisonData = z.infer<typeof ClusterComparison>;
export type ComparisonFiguresData = z.infer<typeof ComparisonFigures>;
export type ReportAlarm = z.infer<typeof Alarm>;
export type ClusterSeriesData = z.infer<typeof ClusterSeries>;
export type HostSeriesData = z.infer<typeof HostSeries>;
