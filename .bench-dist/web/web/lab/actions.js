import { button, el, fmt, select, short } from './dom.js';
import { HOST_STATES, VM_STATES } from './cluster-view.js';
const REPAIR = [['1800000', 'repaired after 30 min'], ['3600000', 'repaired after 1 h'], ['14400000', 'repaired after 4 h'], ['never', 'never repaired']];
const MAINTENANCE = [['3600000', 'for 1 h'], ['14400000', 'for 4 h'], ['none', 'until the run ends']];
/** The panel for what is selected in `pane`; a host of the main run can also be failed in a fork. */
export function selectionPanel(info, pane, kind, index, act, fork) {
    const panel = kind === 'host' ? hostPanel(info, pane.state, index, act) : vmPanel(info, pane.state, index, act);
    panel.prepend(el('p', { class: 'pane-tag' }, `in: ${pane.title}`));
    if (kind === 'host' && pane.index === 0) {
        const id = info.hostIds[index];
        panel.append(button('What if this host fails? (fork)', () => fork({ kind: 'fail-host', host: id, repairAfterMs: null }), { 'data-action': 'fork-fail' }));
    }
    return panel;
}
/** The panel for a selected host. */
export function hostPanel(info, s, h, act) {
    const id = info.hostIds[h];
    const state = HOST_STATES[s.hostState[h]] ?? '?';
    const vms = Array.from(s.vmHost).filter((x) => x === h).length;
    const repair = select(REPAIR, '3600000', { 'aria-label': 'repair time' });
    const maint = select(MAINTENANCE, '3600000', { 'aria-label': 'maintenance time' });
    return el('div', { class: 'action-panel', 'data-selected': id }, el('h3', {}, `Host ${id}`), el('p', {}, `${state}, ${vms} VMs, ${info.hostCores[h]} cores, ${fmt(info.hostMemoryMiB[h] / 1024, 0)} GiB.`), el('div', { class: 'row' }, button('Fail host', () => act({ kind: 'fail-host', host: id, repairAfterMs: repair.value === 'never' ? null : Number(repair.value) }), { 'data-action': 'fail-host' }), repair), el('div', { class: 'row' }, button('Repair now', () => act({ kind: 'repair-host', host: id }), { 'data-action': 'repair-host' })), el('div', { class: 'row' }, button('Isolate (10 min)', () => act({ kind: 'isolate-host', host: id, durationMs: 600000 }), { 'data-action': 'isolate-host' })), el('div', { class: 'row' }, button('Enter maintenance', () => act({ kind: 'maintenance', host: id, durationMs: maint.value === 'none' ? null : Number(maint.value) }), { 'data-action': 'maintenance' }), maint), el('div', { class: 'row' }, button('Power off (standby)', () => act({ kind: 'power-off', host: id }), { 'data-action': 'power-off' }), button('Power on', () => act({ kind: 'power-on', host: id }), { 'data-action': 'power-on' })), el('p', { class: 'hint' }, 'A failed host drops its VMs at once: HA restarts them elsewhere. Maintenance and power-off move them first by live migration, without downtime. A failed host comes back after the chosen time, or when you repair it.'));
}
/** The panel for a selected VM. */
export function vmPanel(info, s, v, act) {
    const id = info.vmIds[v];
    const host = s.vmHost[v];
    const state = VM_STATES[s.vmState[v]] ?? '?';
    const cluster = info.vmCluster[v];
    const targets = info.hostIds.map((hid, h) => [hid, h]).filter(([, h]) => info.hostCluster[h] === cluster && h !== host);
    const to = select(targets.map(([hid]) => [hid, short(hid)]), targets[0]?.[0] ?? '', { 'aria-label': 'destination host' });
    return el('div', { class: 'action-panel', 'data-selected': id }, el('h3', {}, `VM ${id}`), el('p', {}, `${state}${host >= 0 ? ` on ${short(info.hostIds[host])}` : ''}, ${info.vmVcpus[v]} vCPU, ${fmt(info.vmMemoryMiB[v] / 1024)} GiB, restart priority ${['disabled', 'low', 'medium', 'high'][info.vmPriority[v]]}.`), el('div', { class: 'row' }, button('Live-migrate to', () => act({ kind: 'migrate', vm: id, host: to.value }), { 'data-action': 'migrate' }), to), el('div', { class: 'row' }, button('Hot add 1 vCPU', () => act({ kind: 'hot-add', vm: id, addVcpus: 1, addMemoryGiB: 0 }), { 'data-action': 'hot-add-cpu' }), button('Hot add 4 GiB', () => act({ kind: 'hot-add', vm: id, addVcpus: 0, addMemoryGiB: 4 }), { 'data-action': 'hot-add-mem' })), el('p', { class: 'hint' }, 'Live migration copies memory while the VM runs, then pauses it for a few milliseconds. Hot add works in place only when the template allows it; otherwise the VM reboots.'));
}
/** Cluster settings: placement caps, DRS threshold, DPM target; each change is one recorded event. */
export function settingsPanel(info, state, act) {
    const clusterSel = select(info.clusters.map((c) => [c.id, c.id]), info.clusters[0]?.id ?? '', { 'aria-label': 'cluster' });
    const current = () => state().clusters.find((c) => c.id === clusterSel.value) ?? state().clusters[0];
    const cpu = el('input', { type: 'range', min: '1', max: '16', step: '0.5', 'aria-label': 'vCPU per core cap', 'data-setting': 'maxVcpuPerCore' });
    const mem = el('input', { type: 'range', min: '1', max: '3', step: '0.1', 'aria-label': 'memory overcommit cap', 'data-setting': 'maxMemoryOvercommit' });
    const cpuOut = el('output', {});
    const memOut = el('output', {});
    const drs = select([['', 'unchanged'], ['1', '1 (conservative)'], ['2', '2'], ['3', '3 (default)'], ['4', '4'], ['5', '5 (aggressive)']], '', { 'aria-label': 'DRS threshold' });
    const dpm = el('input', { type: 'range', min: '20', max: '90', step: '1', 'aria-label': 'DPM target utilisation', 'data-setting': 'dpmTargetUtilPct' });
    const dpmOut = el('output', {});
    const admission = select([['', 'unchanged'], ['slots', 'slots'], ['percentage', 'cluster resource percentage'], ['disabled', 'disabled']], '', { 'aria-label': 'HA admission control policy', 'data-setting': 'haAdmission' });
    const tolerate = select([['', 'unchanged'], ['0', '0'], ['1', '1'], ['2', '2'], ['3', '3']], '', { 'aria-label': 'host failures to tolerate', 'data-setting': 'hostFailuresToTolerate' });
    const sync = () => {
        const c = current();
        cpu.value = String(c?.maxVcpuPerCore ?? 16);
        mem.value = String(c?.maxMemoryOvercommit ?? 3);
        dpm.value = String(c?.dpmTargetPct ?? 63);
        show();
    };
    const show = () => {
        cpuOut.textContent = `${cpu.value} vCPU per core`;
        memOut.textContent = `${mem.value}× memory`;
        dpmOut.textContent = `${dpm.value} %`;
    };
    for (const i of [cpu, mem, dpm])
        i.addEventListener('input', show);
    clusterSel.addEventListener('change', sync);
    sync();
    const apply = button('Apply settings now', () => {
        const c = current();
        if (!c)
            return;
        act({
            kind: 'cluster-policy',
            cluster: c.id,
            // The sliders' top ends stand for "no cap" when the cluster has none.
            ...(Number(cpu.value) !== (c.maxVcpuPerCore ?? 16) ? { maxVcpuPerCore: Number(cpu.value) } : {}),
            ...(Number(mem.value) !== (c.maxMemoryOvercommit ?? 3) ? { maxMemoryOvercommit: Number(mem.value) } : {}),
            ...(drs.value !== '' ? { drsThreshold: Number(drs.value) } : {}),
            ...(Number(dpm.value) !== c.dpmTargetPct ? { dpmTargetUtilPct: Number(dpm.value) } : {}),
            ...(admission.value !== '' ? { haAdmission: admission.value } : {}),
            ...(tolerate.value !== '' ? { hostFailuresToTolerate: Number(tolerate.value) } : {}),
        });
    }, { 'data-action': 'apply-settings' });
    return el('div', { class: 'settings-panel' }, el('h3', {}, 'Cluster settings'), el('div', { class: 'row' }, 'Cluster ', clusterSel), el('label', { class: 'row' }, 'CPU overcommit cap ', cpu, cpuOut), el('label', { class: 'row' }, 'Memory overcommit cap ', mem, memOut), el('label', { class: 'row' }, 'DRS threshold ', drs), el('label', { class: 'row' }, 'DPM target ', dpm, dpmOut), el('label', { class: 'row' }, 'HA admission control ', admission), el('label', { class: 'row' }, 'Host failures to tolerate ', tolerate), el('div', { class: 'row' }, apply), el('p', { class: 'hint' }, 'Caps limit what placement, HA restarts and DRS may put on a host from now on; VMs already running stay where they are. A lower DPM target keeps more hosts on. Admission control judges later power-ons and host power-offs: with more failures to tolerate it keeps more room free for restarts.'));
}
