/**
 * Memory reclamation state and settings as typed arrays. Per VM, the touched memory is split,
 * at every instant, into
 *   touched = resident + sharedSaved + ballooned + compressedSaved + swapped
 * where compressedSaved = compressed × (1 − 1/ratio) and the compressed pages' stored bytes stay
 * in `resident`. Nothing is created or lost: each mechanism only moves memory between terms.
 */
export interface VmMemorySettings {
    readonly shares: Float64Array;
    readonly limitMiB: Float64Array;
    readonly balloonDriver: Uint8Array;
    readonly zeroFrac: Float64Array;
    readonly intraFrac: Float64Array;
    readonly interFrac: Float64Array;
    readonly compressibleFrac: Float64Array;
    readonly touchMs: Float64Array;
    readonly touchedFrac: Float64Array;
    readonly touchMiBPerMs: Float64Array;
    readonly sharingKey: Int32Array;
}
export interface VmMemoryState {
    readonly sharedMiB: Float64Array;
    readonly balloonMiB: Float64Array;
    readonly compressedMiB: Float64Array;
    readonly compressedStoredMiB: Float64Array;
    readonly swappedMiB: Float64Array;
    readonly stall: Float64Array;
    readonly blockedMiB: Float64Array;
    readonly memLastT: Float64Array;
    readonly sharedInt: Float64Array;
    readonly balloonInt: Float64Array;
    readonly compressedInt: Float64Array;
    readonly swappedInt: Float64Array;
    readonly stallInt: Float64Array;
    readonly swapInMiB: Float64Array;
    readonly swapOutMiB: Float64Array;
}
export interface HostMemorySettings {
    readonly interVmSharing: Uint8Array;
    readonly shareScanMs: Float64Array;
    readonly ksm: Uint8Array;
    readonly ksmPagesPerMs: Float64Array;
    readonly balloon: Uint8Array;
    readonly balloonMaxFrac: Float64Array;
    readonly balloonMiBPerMs: Float64Array;
    readonly idleTax: Float64Array;
    readonly compression: Uint8Array;
    readonly cacheFrac: Float64Array;
    readonly zswap: Uint8Array;
    readonly zswapRatio: Float64Array;
    readonly zswapPoolFrac: Float64Array;
    readonly compressUsPerPage: Float64Array;
    readonly decompressUsPerPage: Float64Array;
    readonly swapMiBPerMs: Float64Array;
    readonly swapLatencyMs: Float64Array;
    readonly tickMs: Float64Array;
}
export interface HostMemoryState {
    readonly memLastT: Float64Array;
    readonly scanProgress: Float64Array;
    readonly sharedMiB: Float64Array;
    readonly balloonMiB: Float64Array;
    readonly compressedMiB: Float64Array;
    readonly compressedStoredMiB: Float64Array;
    readonly swappedMiB: Float64Array;
    readonly blockedMiB: Float64Array;
    readonly ksmMetadataMiB: Float64Array;
    readonly compressionMhz: Float64Array;
    readonly stallMhz: Float64Array;
    readonly engaged: Uint8Array;
    readonly tickPending: Uint8Array;
    readonly sharedInt: Float64Array;
    readonly balloonInt: Float64Array;
    readonly compressedStoredInt: Float64Array;
    readonly compressionSavedInt: Float64Array;
    readonly swappedInt: Float64Array;
    readonly stallInt: Float64Array;
    readonly swapInMiB: Float64Array;
    readonly swapOutMiB: Float64Array;
    readonly blockedInt: Float64Array;
}
export interface MemoryArrays {
    readonly vmSettings: VmMemorySettings;
    readonly vm: VmMemoryState;
    readonly hostSettings: HostMemorySettings;
    readonly host: HostMemoryState;
}
export declare function createMemoryArrays(hosts: number, vms: number): MemoryArrays;
