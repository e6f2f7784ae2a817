/**
 * Achieved density at initial placement: how many hosts serve at least one VM, the vCPU:pCPU
 * and memory overcommit those hosts reached (mean over them and on the busiest), next to the
 * caps, and which constraint bound each VM's placement. A cap that is set is not a density
 * reached: these figures say what the placement actually did (hosts left empty are spare and
 * count in no ratio).
 *
 * The constraint that bound a placement is the refusal most of the cluster's hosts gave the VM
 * when it was placed (the hosts that passed or that were not available do not vote): with
 * first-fit, the reason the hosts before the chosen one were full. A VM every available host
 * would have taken was bound by nothing ('none').
 */
import type { ClusterInfo, World } from '../world.js';
/** Binding constraints, in the order of their counts. */
export declare const BINDINGS: readonly ["none", "cpuCap", "memoryCap", "reservations", "rules", "hostWidth"];
export type Binding = (typeof BINDINGS)[number];
export declare const BIND_NONE = 0;
/** A filter's reject code as a binding constraint (index into BINDINGS); -1 for codes that do not vote. */
export declare function bindingOfCode(code: number): number;
/** The constraint that bound VM v's placement now (before it is attached): the most common refusal. */
export declare function bindingFor(world: World, cluster: ClusterInfo, v: number): number;
/**
 * bindingFor for every VM of a placement pass, kept up to date host by host: VMs of one shape
 * (vCPUs, memory, reservations) get the same refusals from an unchanged host, and placing a VM
 * changes one host. So the refusals are recomputed for every host only when the shape changes,
 * and for the host that took the VM after each placement, instead of for every host and VM
 * (40 000 VMs on 2 000 hosts: seconds saved). VMs under rules take the full scan.
 */
export declare class BindingVotes {
    private readonly world;
    private readonly cluster;
    private shape;
    private ask;
    private readonly codes;
    private readonly votes;
    constructor(world: World, cluster: ClusterInfo);
    private code;
    private set;
    /** The constraint that bound VM v's placement now (call before attaching it). */
    forVm(v: number): number;
    /** A VM went to host h: that host's refusals of the current shape change. */
    placed(h: number): void;
}
/** One cluster's density at initial placement: sums and extremes, so clusters fold exactly. */
export interface DensityParts {
    hosts: number;
    hostsInUse: number;
    coresInUse: number;
    vcpusInUse: number;
    memoryMiBInUse: number;
    configuredMiBInUse: number;
    busiestVcpuPerCore: number;
    busiestMemoryOvercommit: number;
    /** Clusters whose spare hosts went to standby, of all clusters folded in. */
    standbyClusters: number;
    clusters: number;
    /** The caps; null for no cap, or (folded) when clusters differ. */
    maxVcpuPerCore: number | null;
    maxMemoryOvercommit: number | null;
    /** Placed VMs per binding constraint, in BINDINGS order. */
    placedBoundBy: number[];
    /** VMs not placed per the constraint most hosts refused them for, in BINDINGS order ('none': no host was available). */
    unplacedBoundBy: number[];
}
/** A cluster's density now (call right after initial placement), with the binding counts gathered during it. */
export declare function densityParts(world: World, cluster: ClusterInfo, placedBoundBy: readonly number[], unplacedBoundBy: readonly number[]): DensityParts;
/** An empty cluster's parts (a run that stopped before placement). */
export declare function emptyDensity(world: World, cluster: ClusterInfo): DensityParts;
/** Several clusters' parts as one, in the order given; a cap the clusters do not share folds to null. */
export declare function foldDensity(parts: readonly DensityParts[]): DensityParts;
