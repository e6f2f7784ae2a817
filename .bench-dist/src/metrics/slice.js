/**
 * The part of the world a headline figure is computed over: one cluster's hosts and VMs (index
 * ranges into the world's arrays, as world.clusters holds them), or all of them.
 */
export {};
//# sourceMappingURL=slice.js.map