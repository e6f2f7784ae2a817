/**
 * Memory reclamation state and settings as typed arrays. Per VM, the touched memory is split,
 * at every instant, into
 *   touched = resident + sharedSaved + ballooned + compressedSaved + swapped
 * where compressedSaved = compressed × (1 − 1/ratio) and the compressed pages' stored bytes stay
 * in `resident`. Nothing is created or lost: each mechanism only moves memory between terms.
 */

export interface VmMemorySettings {
  readonly shares: Float64Array; // memory shares
  readonly limitMiB: Float64Array; // Infinity for none
  readonly balloonTargetMiB: Float64Array; // operator's balloon target (virsh setmem), Infinity for none
  readonly balloonDriver: Uint8Array;
  readonly zeroFrac: Float64Array;
  readonly intraFrac: Float64Array;
  readonly interFrac: Float64Array;
  readonly compressibleFrac: Float64Array;
  readonly touchMs: Float64Array;
  readonly touchedFrac: Float64Array; // touched at power-on
  readonly touchMiBPerMs: Float64Array; // rate at which the guest touches new memory
  readonly sharingKey: Int32Array; // VMs with the same key have inter-VM identical pages (guest OS)
  readonly mergeContent: Uint8Array; // 1: the template states its mergeable content (reclaim/ksm-content.ts)
}

export interface VmMemoryState {
  readonly sharedMiB: Float64Array; // saved by sharing
  readonly balloonMiB: Float64Array;
  readonly compressedMiB: Float64Array; // original size of the compressed pages
  readonly compressedStoredMiB: Float64Array; // their size in the cache (part of resident)
  readonly swappedMiB: Float64Array;
  readonly stall: Float64Array; // fraction of runnable time lost waiting on reclaimed pages
  readonly blockedMiB: Float64Array; // touches waiting for memory (low state)
  // Integrals (MiB·ms) and counters (MiB) for the summaries.
  readonly memLastT: Float64Array;
  readonly sharedInt: Float64Array;
  readonly balloonInt: Float64Array;
  readonly compressedInt: Float64Array;
  readonly swappedInt: Float64Array;
  readonly stallInt: Float64Array; // MHz·ms of demand lost to stalls
  readonly swapInMiB: Float64Array;
  readonly swapOutMiB: Float64Array;
}

export interface HostMemorySettings {
  readonly interVmSharing: Uint8Array;
  readonly shareScanMs: Float64Array;
  readonly ksm: Uint8Array;
  readonly ksmPagesPerMs: Float64Array; // pages_to_scan / sleep_millisecs
  readonly ksmMaxPageSharing: Float64Array; // max_page_sharing
  readonly balloon: Uint8Array;
  readonly balloonMaxFrac: Float64Array;
  readonly balloonMiBPerMs: Float64Array;
  readonly idleTax: Float64Array; // 0..1
  readonly compression: Uint8Array; // ESXi per-VM cache
  readonly cacheFrac: Float64Array;
  readonly zswap: Uint8Array;
  readonly zswapRatio: Float64Array;
  readonly zswapPoolFrac: Float64Array;
  readonly compressUsPerPage: Float64Array; // CPU time to compress one page
  readonly decompressUsPerPage: Float64Array;
  readonly swapMiBPerMs: Float64Array;
  readonly swapLatencyMs: Float64Array;
  readonly tickMs: Float64Array;
}

export interface HostMemoryState {
  readonly memLastT: Float64Array;
  readonly scanProgress: Float64Array; // pages scanned by the sharing scanner since start (KSM)
  readonly sharedMiB: Float64Array;
  readonly balloonMiB: Float64Array;
  readonly compressedMiB: Float64Array;
  readonly compressedStoredMiB: Float64Array;
  readonly swappedMiB: Float64Array;
  readonly blockedMiB: Float64Array;
  readonly ksmMetadataMiB: Float64Array;
  readonly ksmKeptMiB: Float64Array; // pages KSM keeps for the merged ones (pages_shared × page size)
  readonly ksmStartMiB: Float64Array; // pages_sharing × page size the host starts with, until the first pass applies it
  readonly compressionMhz: Float64Array; // CPU spent compressing, taken from the host
  readonly stallMhz: Float64Array;
  readonly engaged: Uint8Array; // any mechanism holds memory or is converging: no O(1) shortcuts
  readonly tickPending: Uint8Array;
  // Integrals (MiB·ms) and counters (MiB).
  readonly sharedInt: Float64Array;
  readonly balloonInt: Float64Array;
  readonly compressedStoredInt: Float64Array;
  readonly compressionSavedInt: Float64Array;
  readonly swappedInt: Float64Array;
  readonly stallInt: Float64Array; // MHz·ms
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

function f(n: number): Float64Array {
  return new Float64Array(n);
}

export function createMemoryArrays(hosts: number, vms: number): MemoryArrays {
  return {
    vmSettings: {
      shares: f(vms),
      limitMiB: f(vms),
      balloonTargetMiB: f(vms).fill(Infinity),
      balloonDriver: new Uint8Array(vms),
      zeroFrac: f(vms),
      intraFrac: f(vms),
      interFrac: f(vms),
      compressibleFrac: f(vms),
      touchMs: f(vms),
      touchedFrac: f(vms),
      touchMiBPerMs: f(vms),
      sharingKey: new Int32Array(vms),
      mergeContent: new Uint8Array(vms),
    },
    vm: {
      sharedMiB: f(vms),
      balloonMiB: f(vms),
      compressedMiB: f(vms),
      compressedStoredMiB: f(vms),
      swappedMiB: f(vms),
      stall: f(vms),
      blockedMiB: f(vms),
      memLastT: f(vms),
      sharedInt: f(vms),
      balloonInt: f(vms),
      compressedInt: f(vms),
      swappedInt: f(vms),
      stallInt: f(vms),
      swapInMiB: f(vms),
      swapOutMiB: f(vms),
    },
    hostSettings: {
      interVmSharing: new Uint8Array(hosts),
      shareScanMs: f(hosts),
      ksm: new Uint8Array(hosts),
      ksmPagesPerMs: f(hosts),
      ksmMaxPageSharing: f(hosts),
      balloon: new Uint8Array(hosts),
      balloonMaxFrac: f(hosts),
      balloonMiBPerMs: f(hosts),
      idleTax: f(hosts),
      compression: new Uint8Array(hosts),
      cacheFrac: f(hosts),
      zswap: new Uint8Array(hosts),
      zswapRatio: f(hosts),
      zswapPoolFrac: f(hosts),
      compressUsPerPage: f(hosts),
      decompressUsPerPage: f(hosts),
      swapMiBPerMs: f(hosts),
      swapLatencyMs: f(hosts),
      tickMs: f(hosts),
    },
    host: {
      memLastT: f(hosts),
      scanProgress: f(hosts),
      sharedMiB: f(hosts),
      balloonMiB: f(hosts),
      compressedMiB: f(hosts),
      compressedStoredMiB: f(hosts),
      swappedMiB: f(hosts),
      blockedMiB: f(hosts),
      ksmMetadataMiB: f(hosts),
      ksmKeptMiB: f(hosts),
      ksmStartMiB: f(hosts),
      compressionMhz: f(hosts),
      stallMhz: f(hosts),
      engaged: new Uint8Array(hosts),
      tickPending: new Uint8Array(hosts),
      sharedInt: f(hosts),
      balloonInt: f(hosts),
      compressedStoredInt: f(hosts),
      compressionSavedInt: f(hosts),
      swappedInt: f(hosts),
      stallInt: f(hosts),
      swapInMiB: f(hosts),
      swapOutMiB: f(hosts),
      blockedInt: f(hosts),
    },
  };
}
