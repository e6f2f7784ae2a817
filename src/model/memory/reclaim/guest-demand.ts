/**
 * The guests' own moves before the host reclaims anything (cascade steps 1 and 2):
 * - a balloon holds only idle pages (DOMAIN.md "Memory reclamation (ESXi flavour)": the balloon
 *   takes only what the guest does not actively use), so active growth deflates it, as far as
 *   free memory allows; beyond that the guest pages inside itself until reclamation makes room;
 * - new guest allocations (touched growth, at the guest's touch rate) take free memory; in the
 *   low state they wait (DOMAIN.md: low blocks new allocations). At the start VMs are already
 *   running: what they have touched is granted at once while free memory stays above the clear
 *   threshold (no boot storm).
 */
import { STATE_THRESHOLD_PCT } from '../../../catalogue/memory-states.js';
import { STATE_LOW } from '../min-free.js';
import { residentMiB, type HostPass } from './host-pass.js';

/**
 * Applies the guests' moves for host p.h in `state` (minFree in MiB, capacity = RAM less the
 * hypervisor's overhead); sets each VM's and the host's blocked memory, and p.moving when some
 * VM still wants memory it was not given. Returns free memory (MiB) after the moves.
 */
export function guestDemand(p: HostPass, capacity: number, minFree: number, state: number, initial: boolean): number {
  const { world, mem, h, vms, n, dt } = p;
  const V = world.vms;
  const VS = mem.vmSettings;
  const VM = mem.vm;
  let overheads = mem.host.ksmMetadataMiB[h];
  let resident = 0;
  for (let k = 0; k < n; k++) {
    const v = vms[k];
    overheads += V.overheadMiB[v];
    resident += residentMiB(world, mem, v);
  }
  let free = capacity - overheads - resident;
  for (let k = 0; k < n; k++) {
    const v = vms[k];
    const idle = Math.max(0, (V.touchedMiB[v]) - (V.activeMiB[v]));
    const give = Math.min((VM.balloonMiB[v]) - idle, Math.max(0, free));
    if (give > 0) {
      VM.balloonMiB[v] = (VM.balloonMiB[v]) - give;
      free -= give;
    }
  }

  let blocked = 0;
  const startRoom = free - (STATE_THRESHOLD_PCT[1] / 100) * minFree;
  let growing = false;
  for (let k = 0; k < n; k++) {
    const v = vms[k];
    const boot = (VS.touchedFrac[v]) * (V.memoryMiB[v]);
    const want = Math.max(V.touchedMiB[v], V.activeMiB[v], boot) - (V.touchedMiB[v]);
    if (want <= 0) {
      VM.blockedMiB[v] = 0;
      continue;
    }
    const room = initial ? Math.max(0, startRoom - (capacity - overheads - resident - free)) : state === STATE_LOW ? 0 : Math.max(0, free);
    const rate = initial ? Infinity : (VS.touchMiBPerMs[v]) * dt;
    const grow = Math.min(want, room, rate);
    V.touchedMiB[v] = (V.touchedMiB[v]) + grow;
    free -= grow;
    const waiting = Math.min(want - grow, Math.max(0, rate - grow));
    VM.blockedMiB[v] = state === STATE_LOW || initial ? want - grow : waiting;
    blocked += VM.blockedMiB[v];
    if (want > grow) growing = true;
  }
  mem.host.blockedMiB[h] = blocked;
  // The start grants memory up to the clear threshold exactly; keep rounding from reading as soft.
  if (initial && free < minFree && free > minFree * (1 - 1e-9)) free = minFree;
  if (growing) p.moving = true;
  return free;
}
