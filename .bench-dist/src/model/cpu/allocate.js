/**
 * CPU allocation on one host: reservations first, then what is left shared max-min fair
 * weighted by shares, each VM capped by its limit and by what it wants.
 * (Max-min fairness weighted by shares with reservations and limits: DOMAIN.md, CPU; the
 * same rule ESXi's scheduler applies to entitlement.)
 *
 * Works on caller-owned scratch arrays so that the hot path allocates nothing.
 */
/**
 * Fill `granted[0..n)` and return true when the host is contended (Σ capped wants > capacity).
 * - want[i]: MHz the VM's runnable vCPUs would use (demand already capped at vCPUs × core MHz)
 * - limit[i]: MHz limit (Infinity for none); reservation[i]: reserved MHz; shares[i] > 0
 * - fixed: scratch Uint8Array of length ≥ n
 * Guarantees: 0 ≤ granted[i] ≤ min(want, limit); Σ granted ≤ capacity; granted[i] ≥
 * min(reservation, want, limit) whenever Σ of those floors fits in the capacity.
 */
export function allocateCpu(n, want, limit, reservation, shares, capacity, granted, fixed) {
    let total = 0;
    for (let i = 0; i < n; i++) {
        const cap = want[i] < limit[i] ? want[i] : limit[i];
        granted[i] = cap;
        total += cap;
    }
    if (total <= capacity)
        return false;
    // Floors: reservations, never above what the VM can use.
    let floorSum = 0;
    for (let i = 0; i < n; i++) {
        const f = reservation[i] < granted[i] ? reservation[i] : granted[i];
        floorSum += f;
    }
    if (floorSum >= capacity) {
        // Reservations exceed capacity (possible only if admission control was bypassed):
        // scale the floors down proportionally rather than grant more than exists.
        const scale = floorSum > 0 ? capacity / floorSum : 0;
        for (let i = 0; i < n; i++) {
            const f = reservation[i] < granted[i] ? reservation[i] : granted[i];
            granted[i] = f * scale;
        }
        return true;
    }
    // Water-filling with bounds: find λ with Σ clamp(λ·shares, floor, cap) = capacity.
    // Each pass fixes the bound violators of the larger side; fixed VMs stay fixed because
    // fixing upper violators only raises λ and fixing lower violators only lowers it.
    // `granted` holds the cap until a VM is fixed; the floor is recomputed from it.
    for (let i = 0; i < n; i++)
        fixed[i] = 0;
    let remaining = capacity;
    for (let pass = 0; pass <= n; pass++) {
        // Summed afresh each pass: subtracting fixed VMs' shares would lose small ones to rounding.
        let freeShares = 0;
        for (let i = 0; i < n; i++)
            if (fixed[i] === 0)
                freeShares += shares[i];
        const lambda = freeShares > 0 ? remaining / freeShares : 0;
        let over = 0;
        let under = 0;
        for (let i = 0; i < n; i++) {
            if (fixed[i] !== 0)
                continue;
            const fair = lambda * shares[i];
            const cap = granted[i];
            const floor = reservation[i] < cap ? reservation[i] : cap;
            if (fair > cap)
                over += fair - cap;
            else if (fair < floor)
                under += floor - fair;
        }
        if (over === 0 && under === 0) {
            for (let i = 0; i < n; i++)
                if (fixed[i] === 0)
                    granted[i] = lambda * shares[i];
            return true;
        }
        const fixUpper = over >= under;
        for (let i = 0; i < n; i++) {
            if (fixed[i] !== 0)
                continue;
            const fair = lambda * shares[i];
            const cap = granted[i];
            const floor = reservation[i] < cap ? reservation[i] : cap;
            if (fixUpper ? fair > cap : fair < floor) {
                if (!fixUpper)
                    granted[i] = floor;
                fixed[i] = 1;
                remaining -= granted[i];
            }
        }
    }
    return true;
}
//# sourceMappingURL=allocate.js.map