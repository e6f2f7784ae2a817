/**
 * Memory reclamation state and settings as typed arrays. Per VM, the touched memory is split,
 * at every instant, into
 *   touched = resident + sharedSaved + ballooned + compressedSaved + swapped
 * where compressedSaved = compressed × (1 − 1/ratio) and the compressed pages' stored bytes stay
 * in `resident`. Nothing is created or lost: each mechanism only moves memory between terms.
 */
function f(n) {
    return new Float64Array(n);
}
export function createMemoryArrays(hosts, vms) {
    return {
        vmSettings: {
            shares: f(vms),
            limitMiB: f(vms),
            balloonDriver: new Uint8Array(vms),
            zeroFrac: f(vms),
            intraFrac: f(vms),
            interFrac: f(vms),
            compressibleFrac: f(vms),
            touchMs: f(vms),
            touchedFrac: f(vms),
            touchMiBPerMs: f(vms),
            sharingKey: new Int32Array(vms),
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
//# sourceMappingURL=memory-arrays.js.map