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
export declare function allocateCpu(n: number, want: Float64Array, limit: Float64Array, reservation: Float64Array, shares: Float64Array, capacity: number, granted: Float64Array, fixed: Uint8Array): boolean;
