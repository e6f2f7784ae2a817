/**
 * Memory limits: a VM resident above its limit is reclaimed whatever the host's state, by its
 * balloon first (idle pages, within the balloon cap and rate; DOMAIN.md "Memory reclamation":
 * at most 65 % of the VM, only what the guest does not actively use) and host swap for the rest,
 * within the swap device's bandwidth for the interval.
 */
import { residentMiB, type HostPass } from './host-pass.js';

/**
 * Reclaims what host p.h's VMs hold above their limits; swapping spends p.swapLeftMiB, and a VM
 * over its limit sets p.moving. Returns the memory freed (MiB).
 */
export function enforceLimits(p: HostPass): number {
  const { world, mem, h, vms, n, dt } = p;
  const V = world.vms;
  const HS = mem.hostSettings;
  const VS = mem.vmSettings;
  const VM = mem.vm;
  let freed = 0;
  let overLimit = false;
  let swapBudget = p.swapLeftMiB;
  for (let k = 0; k < n; k++) {
    const v = vms[k];
    const limit = VS.limitMiB[v];
    if (!Number.isFinite(limit)) continue;
    let excess = residentMiB(world, mem, v) - limit;
    if (excess <= 0) continue;
    overLimit = true;
    if ((VS.balloonDriver[v]) === 1 && (HS.balloon[h]) === 1) {
      const idle = (V.touchedMiB[v]) - (V.activeMiB[v]) - (VM.balloonMiB[v]);
      const cap = (HS.balloonMaxFrac[h]) * (V.memoryMiB[v]) - (VM.balloonMiB[v]);
      const take = Math.max(0, Math.min(excess, idle, cap, (HS.balloonMiBPerMs[h]) * dt));
      VM.balloonMiB[v] = (VM.balloonMiB[v]) + take;
      excess -= take;
      freed += take;
    }
    const swap = Math.max(0, Math.min(excess, swapBudget));
    swapBudget -= swap;
    VM.swappedMiB[v] = (VM.swappedMiB[v]) + swap;
    VM.swapOutMiB[v] = (VM.swapOutMiB[v]) + swap;
    mem.host.swapOutMiB[h] = (mem.host.swapOutMiB[h]) + swap;
    freed += swap;
  }
  p.swapLeftMiB = swapBudget;
  if (overLimit) p.moving = true;
  return freed;
}
