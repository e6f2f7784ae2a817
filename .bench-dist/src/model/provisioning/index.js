/** Provisioning from templates and clones, autoscaling, hot add, and scripted VM operations. */
export { Autoscaler } from './autoscaler.js';
export { decideScale, newScaleWindow } from './autoscale-policy.js';
export { Boots } from './boots.js';
export { LINKED_CLONE_INTER_FRAC, LINKED_CLONE_MS } from './deploy-time.js';
export { HotAdd } from './hot-add.js';
export { LoadShare } from './load-share.js';
export { VmOperations } from './operations.js';
export { createdAtStart } from '../../scenario/group-counts.js';
export { groupPlans, sizeOf, templateSize } from './plan.js';
export { Provisioning } from './provisioner.js';
export { ProvisioningTimers } from './timers.js';
//# sourceMappingURL=index.js.map