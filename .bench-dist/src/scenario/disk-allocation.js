/** Space a disk of `sizeMiB` takes: all of it when thick, the written share when thin. */
export function allocatedMiB(t, sizeMiB) {
    return t.disk === 'thick' ? sizeMiB : (sizeMiB * t.diskUsedPct) / 100;
}
//# sourceMappingURL=disk-allocation.js.map