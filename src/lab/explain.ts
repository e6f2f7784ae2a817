/**
 * Lifecycle events in words, for the lab's event log: what happened and, where it helps a
 * student, why (HA detection, admission control, restart priority). Events too frequent to
 * read (every placement at the start, alarms) are left out: the charts show them.
 * Wording follows the vSphere availability guide's terms (DOMAIN.md, Failures and HA).
 */
import type { ModelEvent } from '../model/observer.js';
import type { World } from '../model/world.js';

const s = (x: unknown): string => String(x);

function seconds(ms: unknown): string {
  const x = Number(ms) / 1000;
  return x < 120 ? `${Math.round(x)} s` : `${Math.round(x / 60)} min`;
}

function detectionOf(world: World, host: unknown): string {
  const h = world.hosts.ids.indexOf(s(host));
  const c = h < 0 ? undefined : world.clusters[world.hosts.cluster[h]];
  return c ? seconds(c.ha.detectionMs) : 'its detection time';
}

/** The sentence for an event, or null for one the log leaves out. */
export function explainEvent(e: ModelEvent, world: World): string | null {
  switch (e.type) {
    case 'host.failed':
      return `${s(e.host)} failed (${s(e.cause)}) with ${s(e.vms)} VMs on it. They are down now; HA waits ${detectionOf(world, e.host)} without heartbeats before it declares the host dead.`;
    case 'ha.failure-detected':
      return `HA declares ${s(e.host)} failed: its VMs restart on the other hosts, highest restart priority first, where capacity and admission control allow.`;
    case 'vm.restarting':
      return `${s(e.vm)} (priority ${s(e.priority)}) boots on ${s(e.host)}${Number(e.attempt) > 1 ? ` (attempt ${s(e.attempt)})` : ''}.`;
    case 'vm.restarted':
      return `${s(e.vm)} runs again on ${s(e.host)} after ${seconds(e.downMs)} down.`;
    case 'ha.restart-failed':
      return `${s(e.vm)} cannot restart yet (attempt ${s(e.attempt)}): ${s(e.why)}. HA retries when capacity frees up.`;
    case 'ha.incident-recovered':
      return `Every VM of incident ${s(e.incident)} runs again: ${s(e.vms)} VMs recovered in ${seconds(e.recoveryMs)}.`;
    case 'host.repaired':
      return `${s(e.host)} is repaired and back in the cluster; DRS may move load back onto it.`;
    case 'host.isolated':
      return `${s(e.host)} lost its management network: HA applies the isolation response to its VMs.`;
    case 'host.isolation-ended':
      return `${s(e.host)} is reachable again.`;
    case 'host.maintenance-entered':
      return `${s(e.host)} enters maintenance mode: its VMs leave by live migration (no downtime).`;
    case 'host.maintenance-ready':
      return `${s(e.host)} is empty and in maintenance: safe to patch or replace.`;
    case 'host.maintenance-exited':
      return `${s(e.host)} leaves maintenance and takes VMs again.`;
    case 'host.maintenance-refused':
    case 'host.power-skipped':
    case 'host.repair-skipped':
      return `${s(e.host)}: refused, ${s(e.why)}.`;
    case 'host.evacuation-blocked':
      return `${s(e.host)} cannot be emptied: ${s(e.why ?? 'no other host can take its VMs')}.`;
    case 'host.power':
      return e.to === 'standby'
        ? `${s(e.host)} is in standby (${s(e.reason)}): it draws a few watts and takes no VMs until it is powered on.`
        : `${s(e.host)}: ${s(e.from)} → ${s(e.to)} (${s(e.reason)}).`;
    case 'migration.started':
      return `${s(e.vm)} live-migrates from ${s(e.from)} to ${s(e.to)} (${s(e.reason)}).`;
    case 'migration.refused':
    case 'migration.aborted':
      return `Migration of ${s(e.vm)} ${e.type === 'migration.refused' ? 'refused' : 'aborted'}: ${s(e.why)}.`;
    case 'vm.down':
      return null;
    case 'vm.hot-added':
    case 'vm.reconfigured':
      return `${s(e.vm)} got more resources without a reboot (hot add).`;
    case 'vm.rebooting-for-change':
      return `${s(e.vm)} reboots to take its new vCPUs or memory (no hot add on its template).`;
    case 'vm.powered-off':
      return `${s(e.vm)} is powered off${e.host !== null ? `: ${s(e.host)} frees its CPU and memory at once` : ''}. Your choice, not an outage: availability does not count it.`;
    case 'vm.powered-on':
      return `${s(e.vm)} is powered on: placed on ${s(e.host)} like a new VM, it runs after its boot time.`;
    case 'vm.power-skipped':
      return `Power ${s(e.state)} of ${s(e.vm)} not done: ${s(e.why)}.`;
    case 'vm.balloon-target-set':
      return `${s(e.vm)}'s balloon target is now ${s(e.targetMiB)} MiB of its ${s(e.memoryMiB)} MiB (virsh setmem): its balloon takes idle guest memory above it, or gives memory back.`;
    case 'vm.balloon-target-skipped':
      return `Balloon target of ${s(e.vm)} not set: ${s(e.why)}.`;
    case 'vm.hot-removed':
      return `${s(e.vm)} gave up ${s(e.removeVcpus)} vCPU(s) without a reboot (vCPU hot unplug): it has ${s(e.vcpus)} now.`;
    case 'hot-remove.refused':
      return `Removing vCPUs from ${s(e.vm)} refused: ${s(e.why)}.`;
    case 'hot-add.refused':
      return `Hot add to ${s(e.vm)} refused: ${s(e.why)}.`;
    case 'cluster.policy-changed':
      return `${s(e.cluster)} settings changed: ${s(e.change)}. Later placements, power-ons, DRS and DPM passes use them; VMs already running stay put, except on hosts taken out of service (evacuated first), and a demand scale applies at once.`;
    case 'cluster.policy-refused':
      return `${s(e.cluster)} settings not changed: ${s(e.why)}.`;
    case 'domain.failed':
      return `Failure domain ${s(e.domain)} lost power: ${s(e.hosts)} hosts fail together.`;
    default:
      return null;
  }
}
