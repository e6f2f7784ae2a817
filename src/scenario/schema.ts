/**
 * The scenario file format: the one definition from which the loader validates input,
 * the `Scenario` type is inferred, and `dcsim schema` prints a JSON Schema for editors.
 *
 * Units are in field names (memoryGiB, mhz, idleW); durations are strings such as
 * "300s", "5m", "1h", "7d" or "1w" and come out of the parser as integer milliseconds; clock
 * times ("07:30") come out as minutes after midnight and weekdays ("mon") as day numbers
 * (clock.ts).
 */
import { z } from 'zod';
import { minuteOfDay, WEEKDAY_NAMES, weekdayIndex } from './clock.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const DURATION_RE = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)$/;

/** A duration string ("5m") parsed to integer milliseconds. */
export const Duration = z
  .string()
  .regex(DURATION_RE, 'expected a duration such as "300s", "5m", "1h", "7d" or "1w"')
  .transform((text) => {
    const [, value, unit] = DURATION_RE.exec(text) as RegExpExecArray;
    return Math.round(Number(value) * (UNIT_MS[unit]));
  })
  .refine((ms) => ms > 0, 'expected a duration longer than 0')
  .meta({ description: 'Duration: a number and a unit (ms, s, m, h, d, w), e.g. "5m".' });

/** Names become parts of hierarchical ids (`dc1/cluster-a/host-003`), so they stay path-safe. */
export const Name = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected a name of letters, digits, ".", "_" or "-"');

/** A time from the run start ("0s" allowed), in ms. */
const At = z
  .string()
  .regex(DURATION_RE, 'expected a time from the run start such as "0s", "90m" or "2h"')
  .transform((text) => {
    const [, value, unit] = DURATION_RE.exec(text) as RegExpExecArray;
    return Math.round(Number(value) * (UNIT_MS[unit]));
  })
  .meta({ description: 'Time from the run start, e.g. "2h".' });

const Fraction = z.number().min(0).max(1);

/** ESXi-style shares: low/normal/high are 500/1000/2000 per vCPU (CPU) or 5/10/20 per MiB (memory). */
export const Shares = z.union([z.enum(['low', 'normal', 'high']), z.number().positive()]);

export const Template = z
  .object({
    vcpus: z.number().int().min(1).max(768),
    memoryGiB: z.number().positive(),
    cpu: z
      .object({
        reservationMHz: z.number().min(0).default(0),
        limitMHz: z.number().positive().nullable().default(null),
        shares: Shares.default('normal').meta({
          description:
            'ESXi: shares per VM (low/normal/high = 500/1000/2000 per vCPU). KVM: the weight of the domain cgroup shared by its vCPU threads (libvirt <cputune><shares>; low/normal/high = half/default/double the default weight of the host cgroup version).',
        }),
        referenceMhz: z.number().positive().optional().meta({
          description:
            'Absolute demand: workload levels are fractions of vCPUs × this MHz per vCPU, the same cycles on any host (capped at vCPUs × the host core MHz). Without it a level is a fraction of the vCPUs of whichever host the VM runs on.',
        }),
      })
      .strict()
      .prefault({}),
    memory: z
      .object({
        reservationGiB: z.number().min(0).default(0),
        limitGiB: z.number().positive().nullable().default(null),
        shares: Shares.default('normal'),
        balloonDriver: z.boolean().default(true).meta({
          description: 'Guest has a balloon driver (VMware Tools vmmemctl, virtio-balloon).',
        }),
        sharing: z
          .object({
            zeroPct: z.number().min(0).max(100).default(5).meta({ description: 'Touched pages that are all zeros.' }),
            intraPct: z.number().min(0).max(100).default(2).meta({
              description: 'Touched pages duplicated within the same VM (beyond zero pages).',
            }),
            interPct: z.number().min(0).max(100).default(15).meta({
              description: 'Touched pages identical to pages of other VMs of the same guest OS on the host.',
            }),
          })
          .strict()
          .prefault({})
          .meta({ description: 'Shareable page fractions (model defaults, assumptions: tune or calibrate them).' }),
        content: z
          .object({
            zeroPct: z.number().min(0).max(100).default(0).meta({ description: 'Touched pages that are all zeros: KSM merges them into one page per max_page_sharing copies.' }),
            sharedPct: z.number().min(0).max(100).default(0).meta({
              description: 'Touched pages duplicated across VMs of the same image (content.image, else guestOs): KSM keeps one copy of each.',
            }),
            uniquePct: z.number().min(0).max(100).optional().meta({
              description: 'Touched pages that never merge (pages_unshared, pages_volatile); default 100 − zeroPct − sharedPct. The three add up to 100.',
            }),
            image: z.string().min(1).optional().meta({
              description: 'The image the guests were built from: VMs of templates naming the same image hold each other’s shared pages (default: the same guestOs).',
            }),
          })
          .strict()
          .optional()
          .meta({
            description:
              'Mergeable content of the guest memory: KSM merges toward the ceiling it sets (kernel admin-guide/mm/ksm). When given, it replaces `sharing` (zero → zero pages, sharedPct → inter-VM, no intra-VM) on KVM and ESXi hosts.',
          }),
        compressiblePct: z.number().min(0).max(100).default(50).meta({
          description: 'Pages that compress to half their size or better (ESXi keeps only pages that fit in 2 KB).',
        }),
        touchedPct: z.number().min(0).max(100).default(0).meta({
          description:
            'Memory the guest has touched at power-on (% of its memory): 100 for guests that zero all memory at boot; Linux page cache also fills memory over time. Touched memory then grows with active memory.',
        }),
        touchRateMiBps: z.number().positive().default(32).meta({
          description: 'How fast the guest touches new memory (page cache, heap growth), MiB/s (assumption).',
        }),
        touchSeconds: z.number().positive().default(60).meta({
          description: 'Seconds in which the guest touches its whole active memory once (sets how often reclaimed active pages are hit).',
        }),
      })
      .strict()
      .prefault({}),
    guestOs: z.string().default('linux'),
    bootTime: Duration.prefault('60s').meta({ description: 'Time from power-on to a running guest (HA restarts, new VMs, reboots).' }),
    haPriority: z.enum(['disabled', 'low', 'medium', 'high']).default('medium').meta({
      description: 'vSphere HA restart priority: higher priorities restart first; disabled VMs are not restarted.',
    }),
    guestFailures: z
      .object({
        meanHoursBetween: z.number().positive().meta({ description: 'Mean time between guest OS failures (crash, hang, BSOD), hours, exponential.' }),
      })
      .strict()
      .optional()
      .meta({ description: 'Guest OS failures: with HA VM monitoring the VM is reset after its heartbeats stop; without it an administrator restarts it.' }),
    dirtyRateMiBps: z.number().min(0).default(64).meta({
      description: 'Pages the guest dirties per second at full CPU demand, MiB/s (scaled by its demand; assumption; libvirt dirtyrate measures it).',
    }),
    hotAdd: z
      .object({
        cpu: z.boolean().default(false).meta({ description: 'vCPUs can be added while running (CPU hot plug enabled).' }),
        memory: z.boolean().default(false).meta({ description: 'Memory can be added while running (memory hot add enabled).' }),
      })
      .strict()
      .prefault({}),
    diskGiB: z.number().positive().default(40).meta({ description: 'Size of the virtual disk (provisioned), GiB.' }),
    disk: z.enum(['thin', 'thick']).default('thin').meta({
      description: 'thin: the disk takes diskUsedPct of its size on the datastore; thick: it reserves all of it.',
    }),
    diskUsedPct: z.number().min(0).max(100).default(50).meta({ description: 'Share of a thin disk written, hence allocated (assumption).' }),
    diskWriteMiBps: z.number().min(0).default(0.5).meta({
      description: 'New data the guest writes per second at full CPU demand, MiB/s (scaled by its demand; grows snapshot and linked-clone deltas; assumption).',
    }),
    deployTime: Duration.prefault('2m').meta({
      description: 'Time to deploy from this template or full-clone when the scenario has no datastores to copy at (assumption).',
    }),
  })
  .strict();

const MemoryActive = Fraction.default(0.25).meta({
  description: 'Active (working-set) memory as a fraction of the VM memory.',
});

const Phase = z
  .enum(['aligned', 'random'])
  .default('aligned')
  .meta({ description: 'aligned: all VMs change at step boundaries; random: each VM has its own offset within the step.' });

export const ConstantWorkload = z
  .object({ type: z.literal('constant'), cpu: Fraction, memory: MemoryActive })
  .strict();

export const DiurnalWorkload = z
  .object({
    type: z.literal('diurnal'),
    low: Fraction.meta({ description: 'CPU demand at the trough, fraction of the VM vCPU capacity.' }),
    high: Fraction.meta({ description: 'CPU demand at the peak hour.' }),
    peakHour: z.number().min(0).max(24).default(14),
    weekendFactor: z.number().min(0).max(10).default(1),
    noise: z.number().min(0).max(1).default(0).meta({ description: 'Std-dev of seeded per-step noise, as a fraction.' }),
    memory: MemoryActive,
    memoryHigh: Fraction.optional().meta({ description: 'Active memory at the peak; defaults to memory (flat).' }),
    phase: Phase,
  })
  .strict();

export const RandomWalkWorkload = z
  .object({
    type: z.literal('random-walk'),
    start: Fraction,
    sigma: z.number().min(0).max(1).meta({ description: 'Std-dev of the change per step.' }),
    min: Fraction.default(0),
    max: Fraction.default(1),
    memory: MemoryActive,
    phase: Phase,
  })
  .strict();

export const UniformWorkload = z
  .object({
    type: z.literal('uniform'),
    min: Fraction,
    max: Fraction,
    memory: MemoryActive,
    phase: Phase,
  })
  .strict()
  .meta({ description: 'A step function: at every step a new level uniform in [min, max].' });

export const OnOffWorkload = z
  .object({
    type: z.literal('on-off'),
    on: Fraction,
    off: Fraction.default(0),
    meanOn: Duration,
    meanOff: Duration,
    memory: MemoryActive,
  })
  .strict()
  .meta({ description: 'Bursts: exponentially distributed on and off periods (seeded).' });

export const TraceWorkload = z
  .object({
    type: z.literal('trace'),
    format: z.enum(['planetlab', 'csv', 'gwa-bitbrains', 'gwa-materna', 'azure-cpu', 'dcsim-collect']),
    path: z.string().min(1).meta({
      description:
        'planetlab: a folder of files with one CPU % per line (files assigned to VMs in name order) or one file; csv: a file with header time_s,cpu_pct[,mem_active_pct] or time_s,cpu_mhz[,mem_active_pct]; gwa-bitbrains: a GWA-T-12 file or a folder of them (one VM per file; CPU usage [MHZ] is absolute demand); gwa-materna: the same for GWA-T-13 (Materna) files (extra columns Memory usage [%] and Disk size [GB], timestamps also dd.MM.yyyy HH:mm:ss, decimal commas); azure-cpu: one Azure Public Dataset vm_cpu_readings file (timestamp,vmid,min,max,avg CPU %), streamed, the first VMs in order of appearance, relative CPU (referenceMhz makes it absolute); dcsim-collect: a trace written by dcsim collect, one domain per VM in name order, CPU from cpu.time in cores of the captured host (nodeinfo.mhz, or referenceMhz).',
    }),
    interval: Duration.optional().meta({ description: 'Sample interval of planetlab files (default 300s).' }),
    sampleAt: z.enum(['start', 'end']).default('start').meta({
      description:
        'start: a sample holds from its time to the next (dcsim, CloudSim); end: a sample is the average of the interval that ends at its time, so it holds from the previous sample (one interval earlier).',
    }),
    referenceMhz: z.number().positive().optional().meta({
      description:
        'CPU % of planetlab or csv (cpu_pct) files is a fraction of vCPUs × this MHz per vCPU: absolute demand, the same on any host. Overrides the template referenceMhz.',
    }),
    reuse: z.boolean().default(false).meta({ description: 'Allow more VMs than trace files (files are reused in order).' }),
    skip: z.number().int().min(0).default(0).meta({
      description:
        'Leave out the first files of a folder (name order) or the first VMs of a multi-VM file: groups of different templates can take consecutive slices of one folder (skip: 0, 263, 526, …).',
    }),
    stopWhenIdle: z.boolean().default(false).meta({
      description:
        'Power the VM off for good at the first sample after the start that reads 0 and is followed by a 0 (the trace idle for a whole interval; the last sample counts as held). CloudSim\'s PlanetLab examples deallocate such a VM (HostDynamicWorkload.getCompletedVms); for reproducing their figures.',
    }),
    memory: MemoryActive,
  })
  .strict();

export const Workload = z.discriminatedUnion('type', [
  ConstantWorkload,
  DiurnalWorkload,
  RandomWalkWorkload,
  UniformWorkload,
  OnOffWorkload,
  TraceWorkload,
]);

/** Memory reclamation settings of a host (DOMAIN.md, Memory reclamation, ESXi and KVM flavours). */
export const HostMemory = z
  .object({
    interVmSharing: z.boolean().default(false).meta({
      description: 'ESXi: share identical pages across VMs (salting off, Mem.ShareForceSalting=0). Off by default since 2015.',
    }),
    shareScanTime: Duration.prefault('60m').meta({ description: 'ESXi Mem.ShareScanTime: time to scan a VM for sharing.' }),
    ksm: z
      .object({
        enabled: z.boolean().default(false),
        pagesToScan: z.number().int().min(1).default(100),
        sleepMs: z.number().int().min(1).default(20),
        maxPageSharing: z.number().int().min(2).default(256).meta({
          description: 'max_page_sharing: most sharers of one KSM page; zero pages beyond it need another kept copy (kernel default 256).',
        }),
        initialPagesSharing: z.number().min(0).default(0).meta({
          description:
            'pages_sharing when the run starts, for a host where KSM was already running (a capture that starts merged): the merge starts there, capped by what content allows, with the checksum pass done.',
        }),
      })
      .strict()
      .prefault({})
      .meta({ description: 'KVM kernel same-page merging (/sys/kernel/mm/ksm).' }),
    balloon: z
      .object({
        enabled: z.boolean().optional().meta({
          description: 'Host drives balloons under pressure; default on for ESXi, off for KVM (needs a policy daemon).',
        }),
        maxPct: z.number().min(0).max(100).default(65).meta({ description: 'Most of a VM a balloon may take (ESXi 65%).' }),
        rateMiBps: z.number().positive().default(64).meta({ description: 'Inflate / deflate rate per VM (assumption).' }),
      })
      .strict()
      .prefault({}),
    idleTaxPct: z.number().min(0).max(99).default(75).meta({ description: 'ESXi idle memory tax (Mem.IdleTax).' }),
    compression: z
      .object({
        enabled: z.boolean().optional().meta({ description: 'ESXi memory compression; default on for ESXi.' }),
        cachePct: z.number().min(0).max(100).default(10).meta({ description: 'Per-VM cache cap, % of VM memory (Mem.MemZipMaxPct).' }),
      })
      .strict()
      .prefault({}),
    zswap: z
      .object({
        enabled: z.boolean().default(false),
        compressor: z.enum(['lz4', 'lzo', 'zstd']).default('lz4'),
        allocator: z.enum(['zsmalloc', 'zbud', 'z3fold']).default('zsmalloc'),
        maxPoolPct: z.number().min(0).max(100).default(20),
      })
      .strict()
      .prefault({})
      .meta({ description: 'KVM: compressed cache in front of swap.' }),
    swap: z
      .object({
        bandwidthMiBps: z.number().positive().default(200).meta({ description: 'Swap device bandwidth (assumption: SATA SSD).' }),
        latencyMs: z.number().positive().default(0.2).meta({ description: 'Time to read a swapped page back (assumption: SSD).' }),
      })
      .strict()
      .prefault({}),
    tick: Duration.prefault('5s').meta({ description: 'How often a host under memory pressure re-runs reclamation.' }),
  })
  .strict()
  .prefault({});

export const Hypervisor = z
  .object({
    flavour: z.enum(['esxi', 'kvm']).default('esxi'),
    cgroup: z.enum(['v1', 'v2']).default('v2').meta({
      description:
        'KVM: cgroup version of the host. Each domain has one CPU weight its vCPU threads share: v2 cpu.weight (default 100), v1 cpu.shares (default 1024). Ignored for ESXi.',
    }),
    type: z.union([z.literal(1), z.literal(2)]).default(1),
    cpuOverheadPct: z.number().min(0).max(50).optional().meta({
      description: 'Host CPU taken by the hypervisor; default 2% for type 1, 8% for type 2.',
    }),
    readyPerRun: z.number().min(0).max(1).optional().meta({
      description:
        'Run-queue wait below saturation: ready time per unit of run time of a rarely busy vCPU when every core is busy, scaled by the Erlang C chance that a waking vCPU finds all cores taken; the wait is spent in the VM\'s runnable demand. Default by flavour: kvm 0.315 (fitted to a libvirt capture), esxi 0.5 (set against the published %RDY guidance); 0 leaves ready = unmet demand only.',
    }),
    demandIncludesWait: z.boolean().default(false).meta({
      description:
        'true when the VMs\' CPU demand is the time they were runnable (used + waited, as a libvirt capture measures cpu.time + vcpu.N.delay): the run-queue wait comes out of it. false (default): demand is CPU used, the wait adds to it. dcsim calibrate sets it for replays of traces with steal.',
    }),
    memoryOverheadMiB: z.number().min(0).optional().meta({
      description: 'Host memory taken by the hypervisor; default 1.5% of RAM for type 1, 4% for type 2.',
    }),
    vmMemoryOverheadMiB: z.number().min(0).default(0).meta({
      description: 'Extra overhead per powered-on VM beyond the per-vCPU/per-GiB estimate.',
    }),
    memory: HostMemory,
  })
  .strict()
  .prefault({});

export const PowerModel = z
  .object({
    model: z.enum(['linear', 'square', 'cubic', 'sqrt', 'specpower']).default('linear').meta({
      description: 'linear / square / cubic / sqrt between idleW and maxW, or specpower: a published SPECpower curve (server) or your own 11-point curve.',
    }),
    idleW: z.number().min(0).optional().meta({ description: 'Watts at 0 % load (not with specpower).' }),
    maxW: z.number().positive().optional().meta({ description: 'Watts at 100 % load (not with specpower).' }),
    server: z.string().optional().meta({ description: 'specpower: a server of the built-in SPECpower catalogue, e.g. "HP ProLiant ML110 G4".' }),
    curve: z.array(z.number().min(0)).length(11).optional().meta({ description: 'specpower: watts at 0, 10, …, 100 % load.' }),
    standbyW: z.number().min(0).default(10).meta({ description: 'Watts in standby / soft-off (BMC awake for IPMI, iLO or WOL wake-up).' }),
    bootTime: Duration.prefault('5m').meta({ description: 'Standby to serving: POST, hypervisor boot, rejoining the cluster.' }),
    bootW: z.number().min(0).optional().meta({ description: 'Watts while booting; default the maximum (fans and POST run high).' }),
    shutdownTime: Duration.prefault('2m').meta({ description: 'Serving (empty) to standby.' }),
    shutdownW: z.number().min(0).optional().meta({ description: 'Watts while shutting down; default the idle power.' }),
    offWhenEmpty: z.boolean().default(false).meta({
      description:
        'A serving host with no VMs draws 0 W (switched off and on again at once, no boot): the convention of CloudSim\'s power examples, for reproducing their figures. A real host draws idle power; use placement.spareHosts or dpm for real power-off.',
    }),
  })
  .strict();

/** A time-to-failure or repair-time distribution, parameters in hours (Failure Trace Archive convention). */
export const FailureDistribution = z.discriminatedUnion('distribution', [
  z.object({ distribution: z.literal('exponential'), meanHours: z.number().positive() }).strict(),
  z.object({ distribution: z.literal('weibull'), shape: z.number().positive(), scaleHours: z.number().positive() }).strict(),
  z
    .object({ distribution: z.literal('lognormal'), mu: z.number(), sigma: z.number().positive() })
    .strict()
    .meta({ description: 'ln(hours) ~ Normal(mu, sigma).' }),
  z.object({ distribution: z.literal('gamma'), shape: z.number().positive(), scaleHours: z.number().positive() }).strict(),
]);

export const HostFailures = z
  .object({
    preset: z.string().optional().meta({
      description: 'A Failure Trace Archive fit, "trace/distribution", e.g. "Lanl05/weibull" (see `dcsim presets`).',
    }),
    timeBetweenFailures: FailureDistribution.optional(),
    repair: FailureDistribution.optional(),
  })
  .strict()
  .meta({ description: 'Random host failures: each host fails and is repaired independently, on its own random stream.' });

export const HostGroup = z
  .object({
    name: Name.default('host'),
    count: z.number().int().min(1).max(100_000),
    sockets: z.number().int().min(1).max(16).default(2),
    coresPerSocket: z.number().int().min(1).max(512),
    mhz: z.number().positive().max(10_000),
    memoryGiB: z.number().positive(),
    hypervisor: Hypervisor,
    foreignLoadCores: z.number().min(0).default(0).meta({
      description: 'CPU used on each host by processes that are neither guests nor the hypervisor (backup or monitoring agents, a build job), cores; served before the VMs.',
    }),
    power: PowerModel.prefault({ idleW: 120, maxW: 320 }),
    rack: Name.optional().meta({ description: 'Failure domain (rack, PDU) the group sits in: a domain failure takes all its hosts down at once.' }),
    nicGbps: z.number().positive().default(10).meta({ description: 'Bandwidth of the live-migration network per host.' }),
    poweredOn: z.boolean().default(true).meta({ description: 'false: the hosts start in standby (spares, or new servers a refresh brings in with a power-on event).' }),
    failures: HostFailures.optional(),
  })
  .strict();

/** A datastore: where VM disks, snapshots and clones live (VMFS/NFS volume). */
export const Datastore = z
  .object({
    name: Name,
    capacityGiB: z.number().positive(),
    bandwidthMiBps: z.number().positive().default(200).meta({
      description: 'Copy bandwidth (clones, deploys, storage migrations), MiB/s (default an assumption: a SAS/SSD array).',
    }),
  })
  .strict();

/** How a group's VMs come into being after the start (they are declared up front, "not created"). */
export const Provision = z
  .object({
    at: At.optional().meta({ description: 'When to provision; omitted: only create-vms events and autoscaling create the VMs.' }),
    count: z.number().int().min(0).optional().meta({
      description: 'VMs provisioned at `at`; default all of the group (with autoscale: its min).',
    }),
    source: z.enum(['template', 'clone']).default('template').meta({
      description: "template: deploy the group's template (copy its disk); clone: copy the disk of the VM cloneOf.",
    }),
    cloneOf: z.string().optional().meta({ description: 'Source VM id of a clone, e.g. "dc1/c1/gold-001".' }),
    mode: z.enum(['full', 'linked']).default('full').meta({
      description: 'Clones: full copies the disk; linked takes seconds (a snapshot of the source plus a delta disk) and shares more memory with it.',
    }),
  })
  .strict();

/** Policy-driven scaling of a VM group on the mean CPU demand of its running VMs. */
export const Autoscale = z
  .object({
    min: z.number().int().min(1),
    max: z.number().int().min(1).meta({ description: "At most the group's count (VMs are declared up front)." }),
    scaleOutAbovePct: z.number().min(0).max(100).default(70).meta({ description: 'Mean CPU demand, % of vCPU capacity, above which one VM is added.' }),
    scaleInBelowPct: z.number().min(0).max(100).default(30).meta({ description: 'Mean CPU demand below which one VM is removed.' }),
    for: Duration.prefault('10m').meta({ description: 'How long the mean must stay beyond a threshold.' }),
    cooldown: Duration.prefault('15m').meta({ description: 'Least time between two scaling actions.' }),
    check: Duration.prefault('1m').meta({ description: 'How often the mean is evaluated.' }),
    shareLoad: z.boolean().default(true).meta({
      description:
        "The VMs share one load (behind a load balancer): the workload gives each VM's demand as if all `count` VMs ran, so each VM's demand is its workload level × count / VMs running, capped at 100 %. false: each VM keeps its own workload (more VMs do not lower the mean).",
    }),
  })
  .strict();

/**
 * Disaster recovery of a VM group: its VMs are replicated every `rpo` (at k × rpo from the run
 * start) to a group of another site, which holds the replicas (not created until a failover).
 */
export const Replication = z
  .object({
    to: z.string().meta({
      description: 'VM group that holds the replicas, "site/cluster/group": in a cluster of another site, with the same count; its VMs start not created.',
    }),
    rpo: Duration.prefault('15m').meta({ description: 'Replication interval (recovery point objective): a failover loses up to this much data.' }),
    rto: Duration.prefault('1h').meta({ description: 'Time from a site failure until the replicas are powered on (recovery time objective).' }),
  })
  .strict();

/** Demand growth of a VM group over months, for `dcsim runway` (src/runway); `dcsim run` simulates month 0. */
export const Growth = z
  .object({
    cpuPctPerMonth: z.number().min(0).max(1000).default(0).meta({ description: 'CPU demand growth per month, %.' }),
    memoryPctPerMonth: z.number().min(0).max(1000).default(0).meta({ description: 'Active memory growth per month, %.' }),
    diskPctPerMonth: z.number().min(0).max(1000).default(0).meta({
      description: "Growth of the space the group's disks take on their datastore per month, %: the template's disk size grows (a disk extended as its data grows), thin or thick.",
    }),
    model: z.enum(['compound', 'linear']).default('compound').meta({ description: 'compound: × (1 + p)^months; linear: × (1 + p × months).' }),
  })
  .strict()
  .meta({ description: "Demand growth per month, used by dcsim runway: month m is simulated as this run with the group's workload levels grown to month m (capped at the VM's size); dcsim run simulates month 0." });

/** VMs added to or taken from a group at given months, or at a Poisson rate per month. */
const MonthCount = z.object({ month: z.number().int().min(1).max(240), count: z.number().int().min(1).max(1_000_000) }).strict();

/** New VMs of a group over the months, for `dcsim runway` (src/runway/arrivals.ts). */
export const Arrivals = z
  .object({
    perMonth: z.number().min(0).max(100_000).default(0).meta({ description: 'Poisson rate of new VMs per month (arrival times drawn from the seed).' }),
    schedule: z.array(MonthCount).default([]).meta({ description: 'New VMs at given months (present from that month on), in addition to the rate.' }),
    mix: z.record(Name, z.number().positive()).optional().meta({
      description: "Templates of the new VMs by weight, e.g. { web: 3, db: 1 }; each VM's template drawn from the seed; default: the group's template. They run the group's workload.",
    }),
  })
  .strict()
  .meta({ description: "New VMs arriving over the months (dcsim runway); dcsim run simulates month 0, before any arrival." });

/** VMs of a group retired over the months, for `dcsim runway`. */
export const Retirements = z
  .object({
    perMonth: z.number().min(0).max(100_000).default(0).meta({ description: 'Poisson rate of retired VMs per month (times drawn from the seed).' }),
    schedule: z.array(MonthCount).default([]).meta({ description: 'VMs retired at given months (gone from that month on), in addition to the rate.' }),
  })
  .strict()
  .meta({ description: "The group's VMs retired over the months (dcsim runway); never more than the group's count." });

export const VmGroup = z
  .object({
    name: Name,
    count: z.number().int().min(1).max(10_000_000),
    template: Name,
    workload: Workload,
    datastore: Name.optional().meta({
      description: "Datastore of the group's disks: one of the cluster's datastores or the scenario's; default the cluster's first, else the scenario's first.",
    }),
    provision: Provision.optional(),
    autoscale: Autoscale.optional(),
    replication: Replication.optional().meta({ description: 'Replicate this group to another site; a site failure fails it over there after the RTO.' }),
    growth: Growth.optional(),
    arrivals: Arrivals.optional(),
    retirements: Retirements.optional(),
  })
  .strict();

export const NOVA_FILTERS = ['ComputeFilter', 'CoreFilter', 'RamFilter', 'ServerGroupAffinityFilter', 'ServerGroupAntiAffinityFilter'] as const;

export const FilterScheduler = z
  .object({
    filters: z
      .array(z.enum(NOVA_FILTERS))
      .default([...NOVA_FILTERS])
      .meta({
        description:
          "OpenStack Nova filters, by class name. CoreFilter: vCPUs used + the VM's ≤ cores × maxVcpuPerCore (cpu_allocation_ratio); RamFilter: the VM's memory ≤ the host's and configured + the VM's ≤ host memory × maxMemoryOvercommit (ram_allocation_ratio); ServerGroup(Anti)AffinityFilter: the cluster's (anti-)affinity rules. ComputeFilter (host up and enabled) always applies; a VM wider than the host's cores and reservations beyond capacity are always refused.",
      }),
    weighers: z
      .array(
        z
          .object({
            weigher: z.enum(['RAMWeigher', 'CPUWeigher', 'CoreRamWeigher', 'NumInstancesWeigher']),
            multiplier: z.number().optional().meta({ description: "Nova's *_weight_multiplier; default Nova's (RAM 1.0, CPU 1.0, NumInstances 0.0) and OpenDC's CoreRam 1.0. Negative stacks." }),
          })
          .strict(),
      )
      .default([{ weigher: 'RAMWeigher' }, { weigher: 'CPUWeigher' }])
      .meta({
        description:
          "Host weighers: each weigher's raw weights (RAMWeigher free MiB, CPUWeigher free vCPUs under the ratio, CoreRamWeigher free MiB per core, NumInstancesWeigher VM count) are normalised to 0..1 over the hosts that passed the filters, times the multiplier, summed; highest wins, lowest host on a tie.",
      }),
  })
  .strict();

export const Placement = z
  .object({
    algorithm: z.enum(['first-fit', 'best-fit', 'spread', 'balanced', 'round-robin', 'pack', 'filter-weigher']).default('first-fit').meta({
      description: 'first-fit: lowest host that fits; best-fit: least headroom left; spread: most headroom left; balanced: demand vector most complementary to the host (dot product); round-robin; pack: sizing placement, first-fit decreasing by the resource the caps bind first, so the VMs take as few hosts as the caps allow (later restarts and moves go first-fit); filter-weigher: OpenStack Nova filter scheduler (filterScheduler), the caps acting as its allocation ratios.',
    }),
    filterScheduler: FilterScheduler.optional().meta({ description: 'Filters and weighers of the filter-weigher algorithm (defaults: all filters, RAMWeigher and CPUWeigher at 1.0).' }),
    unplaced: z.enum(['fail', 'wait']).default('fail').meta({
      description: 'A VM that fits on no host at power-on: fail (stays down, unplaceable) or wait (queued, placed in request order when capacity frees: a host added, repaired or powered on, a VM deleted, powered off or migrated away; the wait is reported).',
    }),
    maxVcpuPerCore: z.number().positive().nullable().default(4).meta({
      description: 'Cap on vCPU:pCPU (physical cores) per host at placement; null for no cap.',
    }),
    maxMemoryOvercommit: z.number().positive().nullable().default(1.5).meta({
      description: 'Cap on configured VM memory / host memory at placement; null for no cap.',
    }),
    reservationWithinVcpus: z.boolean().default(false).meta({
      description:
        "Refuse a host where a VM's CPU reservation exceeds its vCPUs × the host's core MHz (a vCPU runs on one core at a time, so the excess could never be used there): CloudSim's placement checks the VM's MIPS per PE against the host's PE MIPS.",
    }),
    spareHosts: z.enum(['on', 'standby']).default('on').meta({
      description: 'Hosts the initial placement leaves empty (spare): on (idle, their idle energy counted) or standby (shut down after placement; only their shutdown and standby draw counted). Failover hosts stay on.',
    }),
    policy: z.string().min(1).optional().meta({
      description: 'A placement policy module (a local .js/.mjs file, relative to the scenario) whose scoreHost(view, vm, host) replaces the algorithm.',
    }),
  })
  .strict()
  .prefault({});

export const MemoryStatePolicy = z
  .object({
    hysteresisPct: z.number().min(0).max(400).default(10).meta({
      description: 'Extra free memory, in % of minFree, needed before a host climbs back to a better memory state.',
    }),
  })
  .strict()
  .prefault({});

/** vSphere DRS rules: keep together, separate, and VMs to hosts (must / should, run / not run). */
export const Rule = z.discriminatedUnion('type', [
  z
    .object({ name: Name, type: z.literal('affinity'), vms: z.array(Name).min(1) })
    .strict()
    .meta({ description: 'Keep the VMs of these groups together on one host.' }),
  z
    .object({ name: Name, type: z.literal('anti-affinity'), vms: z.array(Name).min(1) })
    .strict()
    .meta({ description: 'Separate the VMs of these groups: no two on one host.' }),
  z
    .object({
      name: Name,
      type: z.literal('vm-host'),
      vms: z.array(Name).min(1),
      hosts: z.array(Name).min(1),
      mode: z.enum(['must', 'should', 'must-not', 'should-not']).default('must'),
    })
    .strict()
    .meta({ description: 'VMs of these groups must / should (not) run on hosts of these host groups.' }),
]);

export const AdmissionControl = z
  .object({
    policy: z.enum(['slots', 'percentage', 'failover-hosts', 'disabled']).default('slots'),
    hostFailuresToTolerate: z.number().int().min(0).default(1),
    cpuPct: z.number().min(0).max(100).optional().meta({ description: 'percentage: CPU kept free for failover; default 100 × failures / hosts.' }),
    memoryPct: z.number().min(0).max(100).optional().meta({ description: 'percentage: memory kept free for failover; default as cpuPct.' }),
    failoverHosts: z.array(z.string()).default([]).meta({ description: 'failover-hosts: ids of hosts kept empty for HA restarts ("dc1/cluster-a/esx-006").' }),
  })
  .strict()
  .prefault({});

export const Ha = z
  .object({
    enabled: z.boolean().default(false),
    heartbeat: Duration.prefault('1s'),
    detection: Duration.prefault('15s').meta({ description: 'Time without heartbeat after which a host is declared failed.' }),
    maxRestartAttempts: z.number().int().min(1).default(5).meta({ description: 'das.maxvmrestartcount; afterwards a VM restarts when capacity frees up.' }),
    retryDelay: Duration.prefault('2m').meta({ description: 'Delay before the first retry; doubles for each further one.' }),
    isolationResponse: z.enum(['leave-powered-on', 'power-off']).default('leave-powered-on'),
    vmMonitoring: z
      .object({
        enabled: z.boolean().default(true),
        failureInterval: Duration.prefault('30s').meta({ description: 'Heartbeat silence before a guest is reset (vSphere VM monitoring, high sensitivity: 30 s).' }),
        manualRecovery: Duration.prefault('4h').meta({ description: 'Without VM monitoring (or HA): time until an administrator restarts a failed guest (assumption).' }),
      })
      .strict()
      .prefault({}),
    admissionControl: AdmissionControl,
  })
  .strict()
  .prefault({});

export const Drs = z
  .object({
    enabled: z.boolean().default(false),
    interval: Duration.prefault('5m'),
    threshold: z.number().int().min(1).max(5).default(3).meta({
      description: 'Migration threshold: 1 applies only mandatory moves (rules, maintenance); 5 the most aggressive.',
    }),
    maxConcurrentPerHost: z.number().int().min(1).default(2),
    maxConcurrentPerCluster: z.number().int().min(1).default(8),
    payback: Duration.prefault('30m').meta({ description: 'A move must pay back its migration cost within this horizon.' }),
  })
  .strict()
  .prefault({});

export const Migration = z
  .object({
    maxDowntime: Duration.prefault('30ms').meta({ description: 'Stop-and-copy budget (QEMU downtime-limit, 300 ms default in QEMU; 30 ms here as in SimGrid).' }),
    maxRounds: z.number().int().min(1).default(30),
    nonConvergence: z.enum(['abort', 'auto-converge', 'force']).default('auto-converge'),
  })
  .strict()
  .prefault({});

/** A time of day "HH:MM" (UTC), loaded as minutes after midnight (clock.ts). */
const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day such as "07:00" or "20:30"').transform(minuteOfDay);
/** A weekday "mon" … "sun", loaded as its Date.getUTCDay() number (clock.ts). */
const Weekday = z.enum(WEEKDAY_NAMES).transform(weekdayIndex);
/** Weekdays, every day when left out; `prefault` so the default is loaded like written days. */
const Weekdays = z.array(Weekday).min(1).prefault([...WEEKDAY_NAMES]);

/** Demand-driven power management as VMware DPM (DOMAIN.md, Power and energy). */
export const Dpm = z
  .object({
    enabled: z.boolean().default(false),
    targetUtilPct: z.number().min(1).max(100).default(63).meta({ description: 'Target host utilisation (max of CPU and memory).' }),
    tolerancePct: z.number().min(0).max(50).default(18).meta({ description: 'Hosts run within target ± tolerance: 45–81 % by default.' }),
    powerOnAfter: Duration.prefault('5m').meta({ description: 'High demand judged over this long powers a host on.' }),
    powerOffAfter: Duration.prefault('40m').meta({ description: 'Low demand held this long powers a host off.' }),
    interval: Duration.prefault('5m').meta({ description: 'How often power recommendations are made.' }),
    minHostsOn: z.number().int().min(1).default(1),
    minPoweredOnCpuMhz: z.number().min(0).default(0).meta({ description: 'CPU capacity (MHz) DPM keeps powered on (vSphere MinPoweredOnCpuCapacity).' }),
    minPoweredOnMemoryGiB: z.number().min(0).default(0).meta({ description: 'Memory (GiB) DPM keeps powered on (vSphere MinPoweredOnMemCapacity).' }),
    threshold: z
      .number()
      .int()
      .min(1)
      .max(5)
      .default(3)
      .meta({ description: 'DPM threshold: 1 (conservative) applies priority-1 recommendations only, 5 (aggressive) all; n applies priorities 1..n. Default 3, as vSphere.' }),
  })
  .strict()
  .prefault({});

/** A calendar power-down window: outside working hours keep only part of the cluster on. */
export const PowerWindow = z
  .object({
    days: Weekdays.meta({ description: 'Days on which the window starts.' }),
    from: ClockTime,
    to: ClockTime.meta({ description: 'End (UTC); earlier than from means the next day.' }),
    keepHosts: z.number().int().min(1).optional().meta({ description: 'Hosts kept on during the window.' }),
    keepPct: z.number().min(0).max(100).optional().meta({ description: 'Share of the cluster capacity kept on during the window.' }),
  })
  .strict();

export const PowerManagement = z
  .object({
    dpm: Dpm,
    schedule: z.array(PowerWindow).prefault([]).meta({ description: 'Power-down windows; hosts come back on ahead of each window end by their boot time.' }),
  })
  .strict()
  .prefault({});

export const Cluster = z
  .object({
    name: Name,
    site: Name.default('dc1'),
    placement: Placement,
    memoryState: MemoryStatePolicy,
    rules: z.array(Rule).default([]),
    ha: Ha,
    drs: Drs,
    migration: Migration,
    power: PowerManagement,
    hosts: z.array(HostGroup).min(1),
    vms: z.array(VmGroup).default([]),
    datastores: z.array(Datastore).default([]).meta({ description: "The cluster's own datastores." }),
  })
  .strict();

export const Outputs = z
  .object({
    interval: Duration.optional().meta({ description: 'Sampling interval of the time series; defaults to the step.' }),
    hostSeries: z.boolean().default(true),
    events: z.boolean().default(true),
  })
  .strict()
  .prefault({});

/**
 * Alarm rules, evaluated on the output intervals' averages ("overcommit is safe as long as you
 * properly monitor performance"). A rule with a duration fires once its condition has held for
 * that long; null turns a rule off.
 */
export const Alarms = z
  .object({
    cpuReady: z
      .object({ thresholdPct: z.number().positive().default(5), for: Duration.prefault('5m') })
      .strict()
      .nullable()
      .prefault({})
      .meta({ description: 'A VM whose CPU ready per vCPU stays above the threshold (Broadcom KB 387750 bands).' }),
    hostCpu: z
      .object({ thresholdPct: z.number().positive().max(100).default(90), for: Duration.prefault('15m') })
      .strict()
      .nullable()
      .prefault({})
      .meta({ description: 'A host whose CPU utilisation stays above the threshold.' }),
    hostSwapping: z.boolean().default(true).meta({ description: 'Any host reading from or writing to swap.' }),
    hostMemoryState: z
      .enum(['soft', 'hard', 'low'])
      .nullable()
      .default('hard')
      .meta({ description: 'A host in this memory state or worse.' }),
  })
  .strict()
  .prefault({});

/**
 * Facility energy, money and carbon for the run (DOMAIN.md, Power and energy): facility energy =
 * IT energy × PUE; cost = facility kWh × price; operational CO2 = facility kWh × grid intensity;
 * embodied CO2 = each server's embodied carbon spread over its life, for the run's duration.
 * Money and grid carbon are left out (null) until a scenario gives a price or an intensity.
 */
export const Energy = z
  .object({
    pue: z.number().min(1).max(5).default(1).meta({ description: 'Power usage effectiveness (1 = IT energy only).' }),
    pricePerKWh: z.number().min(0).nullable().default(null).meta({ description: 'Electricity price per facility kWh.' }),
    currency: z.string().min(1).max(8).default('EUR'),
    gridGramsCo2PerKWh: z.number().min(0).nullable().default(null).meta({ description: 'Grid carbon intensity, gCO2 per kWh.' }),
    pueByHour: z.array(z.number().min(1).max(5)).length(24).optional().meta({
      description: 'PUE for each hour of the day (UTC, 0–23), e.g. cooling that works harder in the afternoon; overrides pue.',
    }),
    tariff: z
      .array(
        z
          .object({
            days: Weekdays,
            from: z.string().regex(/^([01]\d|2[0-3]):00$/, 'expected a whole hour such as "07:00"').transform(minuteOfDay),
            to: z.string().regex(/^([01]\d|2[0-3]):00$|^24:00$/, 'expected a whole hour such as "23:00" or "24:00"').transform(minuteOfDay),
            pricePerKWh: z.number().min(0),
          })
          .strict(),
      )
      .prefault([])
      .meta({ description: 'Time-of-use prices by hour (UTC); the first band that matches an hour wins, pricePerKWh applies elsewhere.' }),
    gridGramsCo2ByHour: z.array(z.number().min(0)).length(24).optional().meta({
      description: 'Grid carbon intensity for each hour of the day (UTC), gCO2 per kWh; overrides gridGramsCo2PerKWh.',
    }),
    embodiedKgCo2PerServer: z.number().min(0).default(1000).meta({
      description: 'Embodied carbon of one server over its life (OpenDC default: 1000 kgCO2 over 5 years).',
    }),
    serverLifeYears: z.number().positive().default(5),
  })
  .strict()
  .prefault({});

/** Things that happen at given times: failures, maintenance, migrations. */
export const ScenarioEvent = z.discriminatedUnion('type', [
  z
    .object({ at: At, type: z.literal('host-failure'), host: z.string(), repairAfter: Duration.optional() })
    .strict()
    .meta({ description: 'A host fails (crash, power loss); repaired after repairAfter, or never within the run.' }),
  z
    .object({ at: At, type: z.literal('host-repair'), host: z.string() })
    .strict()
    .meta({ description: 'A failed host is repaired now (before its repairAfter, or one never repaired); a host that has not failed is left as it is.' }),
  z
    .object({ at: At, type: z.literal('domain-failure'), domain: z.string(), repairAfter: Duration.optional() })
    .strict()
    .meta({ description: 'Every host of a failure domain ("dc1/cluster-a/rack-1") fails at once.' }),
  z
    .object({ at: At, type: z.literal('site-failure'), site: Name, repairAfter: Duration.optional() })
    .strict()
    .meta({ description: 'Every host of every cluster of a site fails at once; replicated groups fail over to their DR site after their RTO, and fail back when the site is repaired.' }),
  z
    .object({ at: At, type: z.literal('host-isolation'), host: z.string(), duration: Duration })
    .strict()
    .meta({ description: 'A host loses its management network: HA applies the isolation response.' }),
  z
    .object({ at: At, type: z.literal('maintenance'), host: z.string(), duration: Duration.optional() })
    .strict()
    .meta({ description: 'Enter maintenance mode: evacuate by live migration, then hold the host empty (planned, not a failure).' }),
  z.object({ at: At, type: z.literal('migrate'), vm: z.string(), host: z.string() }).strict().meta({ description: 'Live-migrate a VM.' }),
  z
    .object({ at: At, type: z.literal('power-on'), host: z.string() })
    .strict()
    .meta({ description: 'Wake a host from standby (a new server joining, a spare).' }),
  z
    .object({ at: At, type: z.literal('power-off'), host: z.string(), retire: z.boolean().default(false) })
    .strict()
    .meta({ description: 'Evacuate a host and put it into standby; retire: true takes it out for good (server refresh).' }),
  z
    .object({ at: At, type: z.literal('vm-power'), vm: z.string(), state: z.enum(['off', 'on']) })
    .strict()
    .meta({ description: 'Power a VM off (its host frees its CPU and memory at once; down as powered off, an operator action, not an outage) or on again (placed and booted like a first power-on; queued when nothing fits).' }),
  z
    .object({
      at: At,
      type: z.literal('balloon-target'),
      vm: z.string(),
      targetMiB: z.number().positive().meta({ description: 'Memory the guest keeps, MiB (virsh setmem takes KiB: divide by 1024); its memory or more lets the balloon go.' }),
    })
    .strict()
    .meta({
      description:
        "Set a running VM's balloon target, as `virsh setmem <vm> <size> --live` does: its balloon driver takes back idle guest memory until the VM holds at most the target on its host, whatever the host's memory state; a higher target lets the balloon go. Lost when the VM powers off.",
    }),
  z
    .object({ at: At, type: z.literal('create-vms'), group: z.string(), count: z.number().int().min(1) })
    .strict()
    .meta({ description: 'Provision the next `count` not-yet-created VMs of a group ("dc1/c1/web"), as its provision settings say (default: from its template).' }),
  z
    .object({ at: At, type: z.literal('delete-vms'), group: z.string(), count: z.number().int().min(1) })
    .strict()
    .meta({ description: "Power off and delete the group's newest `count` VMs and their disks (planned: not an outage)." }),
  z
    .object({
      at: At,
      type: z.literal('hot-add'),
      vm: z.string().optional(),
      group: z.string().optional(),
      addVcpus: z.number().int().min(0).default(0),
      addMemoryGiB: z.number().min(0).default(0),
    })
    .strict()
    .meta({
      description:
        "Add vCPUs and/or memory to a VM or to every VM of a group: in place when the template's hotAdd allows it, else by a reboot (an outage of the boot time).",
    }),
  z
    .object({ at: At, type: z.literal('hot-remove'), vm: z.string(), removeVcpus: z.number().int().min(1) })
    .strict()
    .meta({
      description:
        "Take vCPUs away from a VM (libvirt setvcpus --live with fewer): in place on a KVM host when the template's hotAdd.cpu allows it, else by a reboot (always on ESXi, which removes vCPUs only powered off); a VM keeps at least one.",
    }),
  z
    .object({ at: At, type: z.literal('snapshot'), vm: z.string().optional(), group: z.string().optional(), action: z.enum(['create', 'delete']) })
    .strict()
    .meta({ description: 'Take a snapshot (a delta disk that grows with the writes) or delete it (consolidate: frees the delta), for a VM or a group.' }),
  z
    .object({ at: At, type: z.literal('storage-migrate'), vm: z.string(), datastore: Name })
    .strict()
    .meta({ description: 'Move a running VM\'s disks to another datastore (Storage vMotion): disk size / the lower bandwidth.' }),
  z
    .object({
      at: At,
      type: z.literal('cluster-policy'),
      cluster: z.string(),
      maxVcpuPerCore: z.number().min(0).optional().meta({ description: 'vCPUs per physical core a host may take from now on; 0: no cap.' }),
      maxMemoryOvercommit: z.number().min(0).optional().meta({ description: 'Configured VM memory / host memory a host may take from now on; 0: no cap.' }),
      drsThreshold: z.number().int().min(1).max(5).optional(),
      dpmTargetUtilPct: z.number().min(1).max(100).optional(),
      dpmEnabled: z.boolean().optional().meta({ description: 'DPM on or off from now on (off: no more power recommendations; hosts in standby stay there).' }),
      haAdmission: z.enum(['slots', 'percentage', 'failover-hosts', 'disabled']).optional().meta({ description: 'HA admission control policy from now on (a cluster with HA on); failover-hosts needs failoverHosts.' }),
      failoverHosts: z.array(z.string()).optional().meta({ description: 'failover-hosts: ids of the hosts kept free for HA restarts from now on (VMs already there stay).' }),
      hostFailuresToTolerate: z.number().int().min(0).optional(),
      demandScale: z.number().positive().max(100).optional().meta({ description: 'Multiplier on the demand of every VM of the cluster from now on (1: as the workloads say).' }),
      hostsInService: z.number().int().min(1).optional().meta({ description: 'The cluster\'s first n hosts serve from now on; the others are evacuated and retired (brought back by a larger n).' }),
    })
    .strict()
    .meta({ description: 'Change a cluster\'s placement caps, DRS threshold, DPM, HA admission control, demand scale or hosts in service from this instant (later placements, power-ons and passes use them; nothing moves because of a setting itself).' }),
]);

/**
 * The finance view: what the virtualized datacenter costs over the run against a physical
 * baseline of one server per VM (DOMAIN.md, Power and energy). Prices are per server and per
 * year; everything is charged for the run's share of a year or of the servers' life.
 */
export const Finance = z
  .object({
    serverPrice: z.number().min(0).nullable().default(null).meta({ description: 'Purchase price of one host, written off over energy.serverLifeYears.' }),
    licencePerHostYear: z.number().min(0).default(0).meta({ description: 'Hypervisor and management licences per host per year.' }),
    adminPerServerYear: z.number().min(0).default(0).meta({ description: 'Administration, space and support per server per year (virtualized hosts and baseline servers alike).' }),
    baseline: z
      .object({
        vmsPerServer: z.number().int().min(1).default(1).meta({ description: 'VMs a physical server would run without virtualization (1: one application per server).' }),
        serverPrice: z.number().min(0).nullable().default(null).meta({ description: 'Price of a baseline server; default serverPrice.' }),
        idleW: z.number().min(0).optional().meta({ description: 'Baseline server at idle; default the first host group of each cluster.' }),
        maxW: z.number().positive().optional(),
        cores: z.number().int().min(1).optional().meta({ description: 'Baseline server cores (its utilisation is the VM demand on these); default the first host group.' }),
        mhz: z.number().positive().optional(),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .prefault({});

export const ScenarioSchema = z
  .object({
    $schema: z.string().optional(),
    name: Name.meta({ description: 'Scenario name, used in report titles and file names.' }),
    description: z.string().default(''),
    seed: z.union([z.number().int(), z.string().min(1)]).default(1),
    start: z.iso.datetime({ offset: true }).default('2026-01-05T00:00:00Z').meta({
      description: 'Simulated start, ISO 8601 (used for hour of day and weekends).',
    }),
    duration: Duration.meta({ description: 'Simulated time span of the run, e.g. "7d".' }),
    step: Duration.prefault('5m').meta({ description: 'Model step: how often stepped workloads change.' }),
    templates: z.record(Name, Template).meta({ description: 'VM templates by name, referenced by VM groups.' }),
    clusters: z.array(Cluster).min(1).meta({ description: 'Clusters: each an independent domain of hosts and VMs.' }),
    outputs: Outputs,
    alarms: Alarms,
    energy: Energy,
    finance: Finance,
    datastores: z.array(Datastore).default([]).meta({ description: 'Datastores shared by every cluster (a cluster may also have its own).' }),
    events: z.array(ScenarioEvent).default([]),
    sweep: z
      .object({
        set: z
          .record(z.string().min(1), z.array(z.union([z.number(), z.boolean(), z.string(), z.null()])).min(1))
          .meta({ description: 'Scenario path (or alias cpu.overcommit / memory.overcommit) → the values to sweep; the points are their Cartesian product.' }),
        replications: z.number().int().min(1).max(100_000).default(1).meta({ description: 'Runs per point, each with its own seed derived from the root seed.' }),
        objectives: z.array(z.string()).optional().meta({ description: "Service objectives for the safe-overcommit frontier, e.g. 'cpuReady.p95OfVmP95Pct<5'." }),
        frontier: z.enum(['mean', 'ci95']).optional().meta({ description: 'Judge objectives on the mean (default) or on the unfavourable end of the 95 % confidence interval.' }),
      })
      .strict()
      .optional()
      .meta({ description: 'A sweep for `dcsim sweep`: ignored by `dcsim run`.' }),
  })
  .strict();

/** The raw file shape (what a user writes). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** The parsed file (defaults filled, durations in ms), before traces are loaded. */
export type ScenarioSpec = z.output<typeof ScenarioSchema>;
export type TemplateSpec = z.output<typeof Template>;
export type WorkloadSpec = z.output<typeof Workload>;
export type HostGroupSpec = z.output<typeof HostGroup>;
export type VmGroupSpec = z.output<typeof VmGroup>;
export type ClusterSpec = z.output<typeof Cluster>;
export type AlarmsSpec = z.output<typeof Alarms>;
export type EnergySpec = z.output<typeof Energy>;
export type FinanceSpec = z.output<typeof Finance>;
export type ScenarioEventSpec = z.output<typeof ScenarioEvent>;
export type FailureDistributionSpec = z.output<typeof FailureDistribution>;
export type RuleSpec = z.output<typeof Rule>;
export type HaSpec = z.output<typeof Ha>;
export type DatastoreSpec = z.output<typeof Datastore>;
export type ProvisionSpec = z.output<typeof Provision>;
export type AutoscaleSpec = z.output<typeof Autoscale>;
export type ReplicationSpec = z.output<typeof Replication>;
export type GrowthSpec = z.output<typeof Growth>;
