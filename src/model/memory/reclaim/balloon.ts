/**
 * Ballooning (cascade step 4, soft state) and giving balloons back (high and clear states).
 * Source (DOMAIN.md "Memory reclamation"): a guest driver gives back idle pages; it can reclaim
 * at most a configured share of the VM (ESXi default max 65 %) and only what the guest does not
 * actively use; VMs with more idle memory per share give first (Mem.IdleTax). KVM: virtio-balloon
 * when the host runs a balloon policy.
 */
import { distribute } from '../distribute.js';
import { guestHeldMiB } from './balloon-target.js';
import { availableMiB, residentMiB, taxWeights, type HostPass } from './host-pass.js';

/** Inflates balloons on host p.h toward `need` MiB, each at most its rate over p.dt; returns what they took. */
export function inflateBalloons(p: HostPass, need: number): number {
  const { world, mem, h, vms, n, dt, scratch } = p;
  const HS = mem.hostSettings;
  if ((HS.balloon[h]) !== 1) return 0;
  const V = world.vms;
  const VM = mem.vm;
  taxWeights(p);
  for (let j = 0; j < n; j++) {
    const v = vms[j];
    if ((mem.vmSettings.balloonDriver[v]) !== 1) {
      scratch.caps[j] = 0;
      continue;
    }
    const idle = (V.touchedMiB[v]) - (V.activeMiB[v]) - (VM.balloonMiB[v]);
    const maxMore = (HS.balloonMaxFrac[h]) * (V.memoryMiB[v]) - (VM.balloonMiB[v]);
    scratch.caps[j] = Math.max(0, Math.min(idle, maxMore, availableMiB(p, v), (HS.balloonMiBPerMs[h]) * dt));
  }
  const given = distribute(need, n, scratch.weights, scratch.caps, scratch.out);
  for (let j = 0; j < n; j++) {
    const v = vms[j];
    VM.balloonMiB[v] = (VM.balloonMiB[v]) + (scratch.out[j]);
  }
  return given;
}

/**
 * Gives balloons back at their rate while free memory stays above the floor (`room` MiB above
 * it), never taking a VM over its limit; returns the memory given back.
 */
export function deflateBalloons(p: HostPass, room: number): number {
  if (room <= 0) return 0;
  const { world, mem, h, vms, n, dt } = p;
  const VM = mem.vm;
  const rate = (mem.hostSettings.balloonMiBPerMs[h]) * dt;
  let left = room;
  for (let j = 0; j < n && left > 0; j++) {
    const v = vms[j];
    // Never above its limit nor above an operator's balloon target (balloon-target.ts, the guest's view).
    const underTarget = mem.vmSettings.balloonTargetMiB[v] - guestHeldMiB(world.vms.touchedMiB[v], VM.balloonMiB[v]);
    const underLimit = Math.max(0, Math.min((mem.vmSettings.limitMiB[v]) - residentMiB(world, mem, v), underTarget));
    const give = Math.min(VM.balloonMiB[v], rate, left, underLimit);
    VM.balloonMiB[v] = (VM.balloonMiB[v]) - give;
    left -= give;
  }
  return room - left;
}
