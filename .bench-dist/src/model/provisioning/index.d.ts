/** Provisioning from templates and clones, autoscaling, hot add, and scripted VM operations. */
export { Autoscaler, type ScaleAction } from './autoscaler.js';
export { decideScale, newScaleWindow, type ScaleWindow } from './autoscale-policy.js';
export { Boots } from './boots.js';
export { LINKED_CLONE_INTER_FRAC, LINKED_CLONE_MS } from './deploy-time.js';
export { HotAdd } from './hot-add.js';
export { LoadShare } from './load-share.js';
export { VmOperations } from './operations.js';
export { createdAtStart } from '../../scenario/group-counts.js';
export { groupPlans, sizeOf, templateSize, type GroupPlan } from './plan.js';
export { Provisioning, type GroupCounts, type HaHooks, type Via } from './provisioner.js';
export { ProvisioningTimers } from './timers.js';
