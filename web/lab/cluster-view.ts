/**
 * The cluster playback: each host a box with its VMs as small squares, coloured by state; a VM
 * whose host changes (restart, migration) moves to its new box and flashes. Down VMs wait in
 * their cluster's tray. Clicking a host's title or a VM selects it for the action panel.
 */
import type { LabStatic, LabState } from '../../src/lab/protocol.js';
import { MEMORY_STATES } from '../../src/catalogue/memory-states.js';
import { el, fmt, setText, short } from './dom.js';

export const HOST_STATES = ['on', 'maintenance', 'failed', 'standby', 'booting', 'shutting-down', 'isolated'] as const;
export const VM_STATES = ['running', 'migrating', 'booting', 'down'] as const;

interface HostBox {
  readonly box: HTMLElement;
  readonly state: HTMLElement;
  readonly cpu: HTMLElement;
  readonly cpuGranted: HTMLElement;
  readonly mem: HTMLElement;
  readonly figures: HTMLElement;
  readonly vms: HTMLElement;
}

export class ClusterView {
  readonly root: HTMLElement;
  private readonly hosts: HostBox[] = [];
  private readonly trays: HTMLElement[] = [];
  private readonly vmEls: HTMLElement[] = [];
  private readonly vmWhere: Int32Array;
  private readonly vmClass: string[] = [];
  private selected: Element | null = null;

  constructor(private readonly info: LabStatic, onHost: (h: number) => void, onVm: (v: number) => void) {
    this.root = el('div', { class: 'clusters' });
    this.vmWhere = new Int32Array(info.vmIds.length).fill(-2);
    info.clusters.forEach((c, ci) => {
      const hostsEl = el('div', { class: 'hosts' });
      const tray = el('div', { class: 'tray' });
      this.trays.push(tray);
      const policy = c.haEnabled ? `HA admission control: ${c.admission}${c.admission === 'slots' ? ` (tolerate ${c.hostFailuresToTolerate})` : ''}` : 'HA off';
      this.root.append(el('section', { class: 'cluster', 'data-cluster': c.id }, el('h3', {}, c.id, el('small', {}, ` · ${policy}${c.drsEnabled ? ' · DRS' : ''}${c.dpmEnabled ? ' · DPM' : ''}`)), hostsEl, el('div', { class: 'tray-box' }, el('span', { class: 'tray-label' }, 'down / not placed:'), tray)));
      info.hostIds.forEach((id, h) => {
        if (info.hostCluster[h] !== ci) return;
        const title = el('button', { type: 'button', class: 'host-title', 'data-host': id }, short(id));
        title.addEventListener('click', () => onHost(h));
        const state = el('span', { class: 'host-state' });
        const cpuGranted = el('i', { class: 'granted' });
        const cpu = el('div', { class: 'bar cpu', title: 'CPU: demand (light) and granted (dark) of capacity' }, cpuGranted);
        const mem = el('div', { class: 'bar mem', title: 'memory consumed of host memory' }, el('i'));
        const figures = el('div', { class: 'host-figures' });
        const vms = el('div', { class: 'vms' });
        const box = el('div', { class: 'host', 'data-host': id }, el('div', { class: 'host-head' }, title, state), cpu, mem, figures, vms);
        hostsEl.append(box);
        this.hosts[h] = { box, state, cpu, cpuGranted, mem, figures, vms };
      });
    });
    info.vmIds.forEach((id, v) => {
      const e = el('button', { type: 'button', class: 'vm', 'data-vm': id, title: `${id} · ${info.vmVcpus[v]} vCPU · ${fmt((info.vmMemoryMiB[v]) / 1024)} GiB · priority ${['disabled', 'low', 'medium', 'high'][info.vmPriority[v]]}` });
      e.addEventListener('click', () => onVm(v));
      this.vmEls.push(e);
      this.vmClass.push('');
    });
  }

  select(kind: 'host' | 'vm' | null, index: number): void {
    this.selected?.classList.remove('selected');
    this.selected = kind === 'host' ? (this.hosts[index]?.box ?? null) : kind === 'vm' ? (this.vmEls[index] ?? null) : null;
    this.selected?.classList.add('selected');
  }

  update(s: LabState): void {
    const info = this.info;
    this.hosts.forEach((hb, h) => {
      const state = HOST_STATES[s.hostState[h]] ?? '?';
      const cls = `host ${state}`;
      if (!hb.box.className.startsWith(cls)) hb.box.className = cls + (hb.box.classList.contains('selected') ? ' selected' : '');
      setText(hb.state, state);
      const cap = info.hostCapacityMhz[h];
      const demand = s.hostDemandMhz[h];
      const granted = s.hostGrantedMhz[h];
      hb.cpu.style.setProperty('--demand', `${Math.min(100, (100 * demand) / cap)}%`);
      hb.cpuGranted.style.width = `${Math.min(100, (100 * granted) / cap)}%`;
      const memPct = (100 * (s.hostConsumedMiB[h])) / (info.hostMemoryMiB[h]);
      (hb.mem.firstChild as HTMLElement).style.width = `${Math.min(100, memPct)}%`;
      const memState = MEMORY_STATES[s.hostMemState[h]] ?? '';
      hb.mem.className = `bar mem ${memState}`;
      const ready = demand > 0 ? (100 * (s.hostReadyMhz[h])) / demand : 0;
      setText(hb.figures, `CPU ${fmt((100 * granted) / cap, 0)}% · ready ${fmt(ready, 1)}% · mem ${fmt(memPct, 0)}% ${memState} · ${fmt(s.hostPowerW[h], 0)} W`);
    });
    for (let v = 0; v < this.vmEls.length; v++) {
      const e = this.vmEls[v] as HTMLElement;
      const host = s.vmHost[v];
      const where = host >= 0 ? host : -1 - (info.vmCluster[v]);
      if (where !== this.vmWhere[v]) {
        const moved = (this.vmWhere[v]) !== -2;
        this.vmWhere[v] = where;
        (host >= 0 ? this.hosts[host]?.vms : this.trays[info.vmCluster[v]])?.append(e);
        if (moved) {
          e.classList.remove('moved');
          void e.offsetWidth; // restart the flash animation
          e.classList.add('moved');
        }
      }
      const cls = `vm ${VM_STATES[s.vmState[v]] ?? ''} p${info.vmPriority[v]}`;
      if (cls !== this.vmClass[v]) {
        this.vmClass[v] = cls;
        const keep = ['selected', 'moved'].filter((k) => e.classList.contains(k));
        e.className = [cls, ...keep].join(' ');
      }
    }
  }
}
