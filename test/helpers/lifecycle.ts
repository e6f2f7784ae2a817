/**
 * The lifecycle invariants every run must keep at every instant between events: each VM is
 * running, migrating or booting on exactly one host, or down (unplaced) with a reason; host
 * bookkeeping matches the VMs on and coming to each host; nothing runs on a host that does not
 * serve; no resource goes negative. Shared by the HA and provisioning property tests.
 */
import { DOWN_NONE, hostServes, VM_BOOTING, VM_DOWN, VM_MIGRATING, VM_RUNNING } from '../../src/model/lifecycle.js';
import type { World } from '../../src/model/world.js';

/** Every lifecycle invariant at one instant; returns the first violation, or null. */
export function lifecycleViolation(world: World): string | null {
  const H = world.hosts;
  const V = world.vms;
  const seen = new Int32Array(V.n);
  for (let h = 0; h < H.n; h++) {
    let count = 0;
    let vcpus = 0;
    for (let v = H.firstVm[h]; v >= 0; v = V.next[v]) {
      if (V.host[v] !== h) return `VM ${V.ids[v]} is in ${H.ids[h]}'s list but says host ${V.host[v]}`;
      seen[v] = (seen[v]) + 1;
      count++;
      vcpus += V.vcpus[v];
    }
    for (let v = 0; v < V.n; v++) if (V.destHost[v] === h) vcpus += V.vcpus[v];
    if (count !== H.vmCount[h]) return `${H.ids[h]}: vmCount ${H.vmCount[h]} but ${count} VMs listed`;
    if (vcpus !== H.vcpus[h]) return `${H.ids[h]}: vcpus ${H.vcpus[h]} but ${vcpus} placed or incoming`;
    if (count > 0 && !hostServes(H.state[h])) return `${H.ids[h]} runs ${count} VMs in state ${H.state[h]}`;
    if ((H.grantedMhz[h]) > (H.usableMhz[h]) + 1e-6) return `${H.ids[h]}: granted above usable`;
    if ((H.grantedMhz[h]) < -1e-9 || (H.readyMhz[h]) < -1e-9 || (H.consumedMiB[h]) < -1e-6)
      return `${H.ids[h]}: negative resource`;
  }
  for (let v = 0; v < V.n; v++) {
    const s = V.state[v];
    const on = s === VM_RUNNING || s === VM_MIGRATING || s === VM_BOOTING;
    if (on && seen[v] !== 1) return `VM ${V.ids[v]} in state ${s} is listed on ${seen[v]} hosts`;
    if (s === VM_DOWN && (seen[v] !== 0 || V.host[v] !== -1)) return `VM ${V.ids[v]} is down but placed`;
    if (s === VM_DOWN && V.downReason[v] === DOWN_NONE) return `VM ${V.ids[v]} is down without a reason`;
    if (s === VM_RUNNING && V.downReason[v] !== DOWN_NONE) return `VM ${V.ids[v]} runs with a down reason`;
    if (s === VM_MIGRATING && (V.destHost[v]) < 0) return `VM ${V.ids[v]} migrates nowhere`;
    if (s !== VM_MIGRATING && V.destHost[v] !== -1) return `VM ${V.ids[v]} has a destination but is not migrating`;
  }
  return null;
}
