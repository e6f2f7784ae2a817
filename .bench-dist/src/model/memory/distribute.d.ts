/**
 * Share an amount among entities in proportion to weights, none above its cap (water-filling):
 * what a capped entity cannot take is shared among the others. Used to split a host's
 * reclamation target among its VMs.
 */
/** Writes each share into out[0..n); returns the total given (≤ amount, = Σ caps when they bind). */
export declare function distribute(amount: number, n: number, weights: Float64Array, caps: Float64Array, out: Float64Array): number;
