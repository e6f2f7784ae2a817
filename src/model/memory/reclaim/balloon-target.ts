/**
 * An operator's balloon target (`virsh setmem <vm> <size> --live`, QEMU's `balloon` monitor
 * command): the guest's balloon driver inflates until the guest has `target` of its memory,
 * whatever the host's memory state and whether or not the host runs a balloon policy of its own.
 * Sources: libvirt virsh(1) "setmem: change the memory allocation for a guest domain ... the
 * balloon driver"; QEMU virtio-balloon discards the pages the guest hands to the balloon on the
 * host (MADV_DONTNEED), so the QEMU process's resident memory falls
 * (shared/data/kvm/libvirt-qemu/FIELDS.md, `balloon.rss`: "only falls when the balloon inflates";
 * `balloon.current`: vm-idle 131072 → 98304 KiB after `setmem vm-idle 98304`, and back).
 *
 * The target is the guest's view (balloon.current, QEMU's `actual`): the guest memory outside the
 * balloon. The guest hands over free pages first, and pages it never touched cost the host
 * nothing, so the touched pages the balloon takes are touched − ballooned − target; page sharing,
 * compression and host swap happen on the host, out of the guest's sight, and do not count
 * toward the target (a ballooned page that KSM had merged frees less on the host: share.ts
 * caps sharing at the pages still present). It gives idle pages only:
 * pages it actively uses stay (a guest without swap cannot give more; QEMU's `actual` then stays
 * above the target, as here the balloon stops short). No cap of a share of the VM applies: ESXi's
 * 65 % (sched.mem.maxmemctl) bounds the host's own ballooning, not an operator's target. Raising
 * the target deflates the balloon to what the new target still asks; a host with a balloon
 * policy of its own deflates it in its own time (balloon.ts, which never goes above a target).
 */
import { availableMiB, type HostPass } from './host-pass.js';

/** Touched memory VM v's guest still holds outside its balloon (host-side reclamation does not count). */
export function guestHeldMiB(touchedMiB: number, balloonMiB: number): number {
  return touchedMiB - balloonMiB;
}

/** Balloon motion below this (MiB) is settled: no further ticks for it. */
const SETTLED_MIB = 1;

/**
 * Moves the balloon of each VM of host p.h that has a target toward it, at the host's balloon
 * rate; sets p.moving while one is still on its way. Returns the memory freed on the host (MiB;
 * negative when balloons deflated).
 */
export function enforceBalloonTargets(p: HostPass): number {
  const { world, mem, h, vms, n, dt } = p;
  const V = world.vms;
  const VM = mem.vm;
  const VS = mem.vmSettings;
  const rate = (mem.hostSettings.balloonMiBPerMs[h]) * dt;
  const hostPolicy = (mem.hostSettings.balloon[h]) === 1;
  let freed = 0;
  for (let k = 0; k < n; k++) {
    const v = vms[k];
    const target = VS.balloonTargetMiB[v];
    if (!Number.isFinite(target) || (VS.balloonDriver[v]) !== 1) continue;
    const excess = guestHeldMiB(V.touchedMiB[v], VM.balloonMiB[v]) - target;
    if (excess > 0) {
      const idle = Math.max(0, (V.touchedMiB[v]) - (V.activeMiB[v]) - (VM.balloonMiB[v]));
      // Never more than the host still holds of it above its reservation (what sharing,
      // compression and swap left; reclamation never goes below a reservation, host-pass.ts).
      const take = Math.max(0, Math.min(excess, idle, rate, availableMiB(p, v)));
      VM.balloonMiB[v] = (VM.balloonMiB[v]) + take;
      freed += take;
      if (Math.min(excess, idle) - take > SETTLED_MIB) p.moving = true;
    } else if (!hostPolicy && (VM.balloonMiB[v]) > 0) {
      // Without a host policy the balloon holds only what targets asked: give back the rest.
      const give = Math.min(VM.balloonMiB[v], -excess, rate);
      VM.balloonMiB[v] = (VM.balloonMiB[v]) - give;
      freed -= give;
      if (Math.min(VM.balloonMiB[v], -excess - give) > SETTLED_MIB) p.moving = true;
    }
  }
  return freed;
}
