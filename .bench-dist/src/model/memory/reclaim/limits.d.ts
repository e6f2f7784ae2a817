/**
 * Memory limits: a VM resident above its limit is reclaimed whatever the host's state, by its
 * balloon first (idle pages, within the balloon cap and rate; DOMAIN.md "Memory reclamation":
 * at most 65 % of the VM, only what the guest does not actively use) and host swap for the rest,
 * within the swap device's bandwidth for the interval.
 */
import { type HostPass } from './host-pass.js';
/**
 * Reclaims what host p.h's VMs hold above their limits; swapping spends p.swapLeftMiB, and a VM
 * over its limit sets p.moving. Returns the memory freed (MiB).
 */
export declare function enforceLimits(p: HostPass): number;
