/**
 * What a user can do at the current simulated time: to the selected host or VM, and to a
 * cluster's settings. Every action goes to the worker, which records it as a scenario event.
 */
import type { LabAction, LabStatic, LabState } from '../../src/lab/protocol.js';
import { button, el, fmt, select, short } from './dom.js';
import { HOST_STATES, VM_STATES } from './cluster-view.js';
import type { Pane } from './pane.js';

const REPAIR = [['1800000', 'repaired after 30 min'], ['3600000', 'repaired after 1 h'], ['14400000', 'repaired after 4 h'], ['never', 'never repaired']] as const;
const MAINTENANCE = [['3600000', 'for 1 h'], ['14400000', 'for 4 h'], ['none', 'until the run ends']] as const;

export type Act = (action: LabAction) => void;

/** The panel for what is selected in `pane`; a host of the main run can also be failed in a fork. */
export function selectionPanel(info: LabStatic, pane: Pane, kind: 'host' | 'vm', index: number, act: Act, fork: Act): HTMLElement {
  const panel = kind === 'host' ? hostPanel(info, pane.state, index, act) : vmPanel(info, pane.state, index, act);
  panel.prepend(el('p', { class: 'pane-tag' }, `in: ${pane.title}`));
  if (kind === 'host' && pane.index === 0) {
    const id = info.hostIds[index] as string;
    panel.append(button('What if this host fails? (fork)', () => fork({ kind: 'fail-host', host: id, repairAfterMs: null }), { 'data-action': 'fork-fail' }));
  }
  return panel;
}

/** The panel for a selected host. */
export function hostPanel(info: LabStatic, s: LabState, h: number, act: Act): HTMLElement {
  const id = info.hostIds[h] as string;
  const state = HOST_STATES[s.hostState[h]] ?? '?';
  const vms = Array.from(s.vmHost).filter((x) => x === h).length;
  const repair = select(REPAIR, '3600000', { 'aria-label': 'repair time' });
  const maint = select(MAINTENANCE, '3600000', { 'aria-label': 'maintenance time' });
  return el(
    'div',
    { class: 'action-panel', 'data-selected': id },
    el('h3', {}, `Host ${id}`),
    el('p', {}, `${state}, ${vms} VMs, ${info.hostCores[h]} cores, ${fmt((info.hostMemoryMiB[h]) / 1024, 0)} GiB.`),
    el('div', { class: 'row' }, button('Fail host', () => act({ kind: 'fail-host', host: id, repairAfterMs: repair.value === 'never' ? null : Number(repair.value) }), { 'data-action': 'fail-host' }), repair),
    el('div', { class: 'row' }, button('Repair now', () => act({ kind: 'repair-host', host: id }), { 'data-action': 'repair-host' })),
    el('div', { class: 'row' }, button('Isolate (10 min)', () => act({ kind: 'isolate-host', host: id, durationMs: 600_000 }), { 'data-action': 'isolate-host' })),
    el('div', { class: 'row' }, button('Enter maintenance', () => act({ kind: 'maintenance', host: id, durationMs: maint.value === 'none' ? null : Number(maint.value) }), { 'data-action': 'maintenance' }), maint),
    el('div', { class: 'row' }, button('Power off (standby)', () => act({ kind: 'power-off', host: id }), { 'data-action': 'power-off' }), button('Power on', () => act({ kind: 'power-on', host: id }), { 'data-action': 'power-on' })),
    el('p', { class: 'hint' }, 'A failed host drops its VMs at once: HA restarts them elsewhere. Maintenance and power-off move them first by live migration, without downtime. A failed host comes back after the chosen time, or when you repair it.'),
  );
}

/** The panel for a selected VM. */
export function vmPanel(info: LabStatic, s: LabState, v: number, act: Act): HTMLElement {
  const id = info.vmIds[v] as string;
  const host = s.vmHost[v];
  const state = VM_STATES[s.vmState[v]] ?? '?';
  const cluster = info.vmCluster[v];
  const targets = info.hostIds.map((hid, h) => [hid, h] as const).filter(([, h]) => info.hostCluster[h] === cluster && h !== host);
  const to = select(targets.map(([hid]) => [hid, short(hid)] as const), targets[0]?.[0] ?? '', { 'aria-label': 'destination host' });
  return el(
    'div',
    { class: 'action-panel', 'data-selected': id },
    el('h3', {}, `VM ${id}`),
    el('p', {}, `${state}${host >= 0 ? ` on ${short(info.hostIds[host] as string)}` : ''}, ${info.vmVcpus[v]} vCPU, ${fmt((info.vmMemoryMiB[v]) / 1024)} GiB, restart priority ${['disabled', 'low', 'medium', 'high'][info.vmPriority[v]]}.`),
    el('div', { class: 'row' }, button('Live-migrate to', () => act({ kind: 'migrate', vm: id, host: to.value }), { 'data-action': 'migrate' }), to),
    el('div', { class: 'row' }, button('Power off', () => act({ kind: 'vm-power', vm: id, state: 'off' }), { 'data-action': 'vm-power-off' }), button('Power on', () => act({ kind: 'vm-power', vm: id, state: 'on' }), { 'data-action': 'vm-power-on' })),
    el('div', { class: 'row' }, button('Hot add 1 vCPU', () => act({ kind: 'hot-add', vm: id, addVcpus: 1, addMemoryGiB: 0 }), { 'data-action': 'hot-add-cpu' }), button('Hot add 4 GiB', () => act({ kind: 'hot-add', vm: id, addVcpus: 0, addMemoryGiB: 4 }), { 'data-action': 'hot-add-mem' })),
    el('p', { class: 'hint' }, 'Live migration copies memory while the VM runs, then pauses it for a few milliseconds. Hot add works in place only when the template allows it; otherwise the VM reboots. Powering a VM off frees its CPU and memory on the host at once; it counts as your choice, not an outage. Powering it on places it like a new VM and boots it.'),
  );
}

/** Cluster settings: placement caps, DRS threshold, DPM, HA admission control, hosts in service, demand scale; each change is one recorded event. */
export function settingsPanel(info: LabStatic, state: () => LabState, act: Act): HTMLElement {
  const clusterSel = select(info.clusters.map((c) => [c.id, c.id] as const), info.clusters[0]?.id ?? '', { 'aria-label': 'cluster' });
  const current = () => state().clusters.find((c) => c.id === clusterSel.value) ?? state().clusters[0];
  const cpu = el('input', { type: 'range', min: '1', max: '16', step: '0.5', 'aria-label': 'vCPU per core cap', 'data-setting': 'maxVcpuPerCore' });
  const mem = el('input', { type: 'range', min: '1', max: '3', step: '0.1', 'aria-label': 'memory overcommit cap', 'data-setting': 'maxMemoryOvercommit' });
  const cpuOut = el('output', {});
  const memOut = el('output', {});
  const drs = select([['', 'unchanged'], ['1', '1 (conservative)'], ['2', '2'], ['3', '3 (default)'], ['4', '4'], ['5', '5 (aggressive)']], '', { 'aria-label': 'DRS threshold' });
  const dpm = el('input', { type: 'range', min: '20', max: '90', step: '1', 'aria-label': 'DPM target utilisation', 'data-setting': 'dpmTargetUtilPct' });
  const dpmOut = el('output', {});
  const dpmOn = select([['', 'unchanged'], ['true', 'on'], ['false', 'off']], '', { 'aria-label': 'DPM on or off', 'data-setting': 'dpmEnabled' });
  const admission = select([['', 'unchanged'], ['slots', 'slots'], ['percentage', 'cluster resource percentage'], ['failover-hosts', 'dedicated failover hosts'], ['disabled', 'disabled']], '', { 'aria-label': 'HA admission control policy', 'data-setting': 'haAdmission' });
  const failover = el('select', { multiple: '', size: '3', 'aria-label': 'failover hosts', 'data-setting': 'failoverHosts' });
  const hosts = el('input', { type: 'range', min: '1', max: '1', step: '1', 'aria-label': 'hosts in service', 'data-setting': 'hostsInService' });
  const hostsOut = el('output', {});
  const scale = el('input', { type: 'range', min: '0.25', max: '3', step: '0.05', 'aria-label': 'demand scale', 'data-setting': 'demandScale' });
  const scaleOut = el('output', {});
  const tolerate = select([['', 'unchanged'], ['0', '0'], ['1', '1'], ['2', '2'], ['3', '3']], '', { 'aria-label': 'host failures to tolerate', 'data-setting': 'hostFailuresToTolerate' });
  const sync = () => {
    const c = current();
    cpu.value = String(c?.maxVcpuPerCore ?? 16);
    mem.value = String(c?.maxMemoryOvercommit ?? 3);
    dpm.value = String(c?.dpmTargetPct ?? 63);
    hosts.max = String(c?.hostCount ?? 1);
    hosts.value = String(c?.hostsInService ?? 1);
    scale.value = String(c?.demandScale ?? 1);
    const ids = info.hostIds.filter((_, h) => info.clusters[info.hostCluster[h]]?.id === c?.id);
    failover.replaceChildren(...ids.map((id) => {
      const o = el('option', { value: id }, short(id));
      o.selected = c?.failoverHosts.includes(id) ?? false;
      return o;
    }));
    show();
  };
  const show = () => {
    cpuOut.textContent = `${cpu.value} vCPU per core`;
    memOut.textContent = `${mem.value}× memory`;
    dpmOut.textContent = `${dpm.value} %`;
    hostsOut.textContent = `${hosts.value} of ${hosts.max}`;
    scaleOut.textContent = `${scale.value}× demand`;
  };
  for (const i of [cpu, mem, dpm, hosts, scale]) i.addEventListener('input', show);
  clusterSel.addEventListener('change', sync);
  sync();
  const apply = button('Apply settings now', () => {
    const c = current();
    if (!c) return;
    const chosen = Array.from(failover.selectedOptions, (o) => o.value);
    const failoverChanged = chosen.join() !== c.failoverHosts.join();
    act({
      kind: 'cluster-policy',
      cluster: c.id,
      // The sliders' top ends stand for "no cap" when the cluster has none.
      ...(Number(cpu.value) !== (c.maxVcpuPerCore ?? 16) ? { maxVcpuPerCore: Number(cpu.value) } : {}),
      ...(Number(mem.value) !== (c.maxMemoryOvercommit ?? 3) ? { maxMemoryOvercommit: Number(mem.value) } : {}),
      ...(drs.value !== '' ? { drsThreshold: Number(drs.value) } : {}),
      ...(dpmOn.value !== '' ? { dpmEnabled: dpmOn.value === 'true' } : {}),
      ...(Number(dpm.value) !== c.dpmTargetPct ? { dpmTargetUtilPct: Number(dpm.value) } : {}),
      ...(admission.value !== '' ? { haAdmission: admission.value as 'slots' | 'percentage' | 'failover-hosts' | 'disabled' } : {}),
      // Failover hosts go with the failover-hosts policy (chosen now, or in force).
      ...(failoverChanged && (admission.value || c.admission) === 'failover-hosts' ? { failoverHosts: chosen } : {}),
      ...(tolerate.value !== '' ? { hostFailuresToTolerate: Number(tolerate.value) } : {}),
      ...(Number(scale.value) !== c.demandScale ? { demandScale: Number(scale.value) } : {}),
      ...(Number(hosts.value) !== c.hostsInService ? { hostsInService: Number(hosts.value) } : {}),
    });
  }, { 'data-action': 'apply-settings' });
  return el(
    'div',
    { class: 'settings-panel' },
    el('h3', {}, 'Cluster settings'),
    el('div', { class: 'row' }, 'Cluster ', clusterSel),
    el('label', { class: 'row' }, 'CPU overcommit cap ', cpu, cpuOut),
    el('label', { class: 'row' }, 'Memory overcommit cap ', mem, memOut),
    el('label', { class: 'row' }, 'DRS threshold ', drs),
    el('label', { class: 'row' }, 'DPM ', dpmOn),
    el('label', { class: 'row' }, 'DPM target ', dpm, dpmOut),
    el('label', { class: 'row' }, 'HA admission control ', admission),
    el('label', { class: 'row' }, 'Failover hosts ', failover),
    el('label', { class: 'row' }, 'Host failures to tolerate ', tolerate),
    el('label', { class: 'row' }, 'Hosts in service ', hosts, hostsOut),
    el('label', { class: 'row' }, 'Demand scale ', scale, scaleOut),
    el('div', { class: 'row' }, apply),
    el(
      'p',
      { class: 'hint' },
      'Caps limit what placement, HA restarts and DRS may put on a host from now on; VMs already running stay where they are. DPM off stops power recommendations (hosts in standby stay there); a lower DPM target keeps more hosts on. Admission control judges later power-ons and host power-offs: with more failures to tolerate it keeps more room free for restarts; dedicated failover hosts take no VMs and receive the restarts first. Hosts in service takes the last hosts out (evacuated, powered off) or brings them back. Demand scale multiplies every VM\'s demand from now on.',
    ),
  );
}
