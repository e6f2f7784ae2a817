/** Public API of balancing: imbalance measures, DRS policy, the balancer and maintenance mode. */
export { applyMove, hostLoads, hostUsage, imbalance, imbalanceAfterMove, loadsOf, newUsage, usageImbalance, vmMemEstimate, vmWantOn, } from './imbalance.js';
export { imbalanceTolerance, paysBack, TOLERANCE_BY_THRESHOLD } from './policy.js';
export { Balancer, RECENT_PASSES } from './drs.js';
export { EVACUATION_RETRY_MS, Maintenance, STANDBY_EVACUATION_LIMIT_MS } from './maintenance.js';
export { passView, pickDestination } from './moves.js';
//# sourceMappingURL=index.js.map