// A placement policy for dcsim (policies as code): pack VMs onto the hosts that are already
// busiest, preferring hosts with the lowest idle power per core, so that whole hosts stay
// empty and power management can put them into standby.
//
// dcsim calls scoreHost(view, vm, host) for every host that passes the placement filters
// (caps, reservations, rules, host state); the highest score wins, ties go to the lowest host.
// `view` is read-only: view.now, view.hosts(), view.vms(), view.host(id), view.vm(id).
export default {
  name: 'pack-by-power',
  scoreHost(view, vm, host) {
    // Fill: the more vCPUs already placed per core, the better (bin packing, first by load).
    const fill = host.vcpus / host.cores;
    // Among equally full hosts, the one that wastes the least idle power per core.
    const idlePerCore = host.idleW / host.cores;
    return fill * 1000 - idlePerCore;
  },
};
