/**
 * Share an amount among entities in proportion to weights, none above its cap (water-filling):
 * what a capped entity cannot take is shared among the others. Used to split a host's
 * reclamation target among its VMs.
 */

/** Writes each share into out[0..n); returns the total given (≤ amount, = Σ caps when they bind). */
export function distribute(amount: number, n: number, weights: Float64Array, caps: Float64Array, out: Float64Array): number {
  for (let i = 0; i < n; i++) out[i] = 0;
  let left = amount;
  for (let pass = 0; pass <= n && left > 1e-12; pass++) {
    let weightSum = 0;
    for (let i = 0; i < n; i++) if ((out[i]) < (caps[i]) && (weights[i]) > 0) weightSum += weights[i];
    if (weightSum <= 0) break;
    let given = 0;
    for (let i = 0; i < n; i++) {
      const room = (caps[i]) - (out[i]);
      if (room <= 0 || (weights[i]) <= 0) continue;
      const share = (left * (weights[i])) / weightSum;
      const take = share < room ? share : room;
      out[i] = (out[i]) + take;
      given += take;
    }
    left -= given;
    if (given <= 1e-12) break;
  }
  return amount - left;
}
