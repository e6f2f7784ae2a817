import { LineChart } from './chart.js';
import { ClusterView } from './cluster-view.js';
import { clock, el, setText } from './dom.js';
import { History } from './history.js';
import { cpuWords, downWords, memoryWords, powerWords, readyWords } from './words.js';
const LOG_SHOWN = 300;
/** States kept for the scrubber per pane (each a few kB to a few tens of kB). */
const PAST_KEPT = 1500;
export class Pane {
    constructor(index, title, info, state, onHost, onVm) {
        this.index = index;
        this.title = title;
        this.info = info;
        this.focus = null;
        /** The instant the scrubber shows (null: now). */
        this.viewAt = null;
        /** States received so far, oldest first, thinned to every other one when the list is full. */
        this.past = [];
        this.charts = [];
        /** Lines received since the log was last drawn. */
        this.logLines = [];
        this.logDirty = false;
        this.state = state;
        this.history = new History(info.clusters.length);
        this.view = new ClusterView(info, (h) => onHost(this, h), (v) => onVm(this, v));
        this.timeEl = el('span', { class: 'pane-time' });
        this.log = el('ol', { class: 'log', reversed: '' });
        const p = (k) => this.history.at(k, this.focus);
        const detectionS = (info.clusters[0]?.detectionMs ?? 15000) / 1000;
        const chart = (c, say) => {
            const words = el('p', { class: 'words' });
            this.charts.push({ chart: c, words, say });
            return el('div', { class: 'chart-row' }, c.root, words);
        };
        const charts = el('div', { class: 'charts' }, chart(new LineChart('CPU', 'GHz', [
            { label: 'capacity', color: '#999', values: (k) => p(k).capacityMhz / 1000, dashed: true },
            { label: 'demand', color: '#e08a00', values: (k) => p(k).demandMhz / 1000 },
            { label: 'granted', color: '#2a6fdb', values: (k) => p(k).grantedMhz / 1000 },
        ]), cpuWords), chart(new LineChart('CPU ready', '%', [
            { label: 'mean', color: '#c0392b', values: (k) => p(k).readyMeanPct },
            { label: 'p95 of VMs', color: '#e6a0a0', values: (k) => p(k).readyP95Pct },
        ]), readyWords), chart(new LineChart('VMs down and failover capacity', 'VMs / hosts', [
            { label: 'VMs down', color: '#c0392b', values: (k) => p(k).vmsDown },
            { label: 'host failures HA can absorb', color: '#27ae60', values: (k) => p(k).failoverHosts },
        ]), (pt) => downWords(pt, detectionS)), chart(new LineChart('Memory', 'GiB', [
            { label: 'consumed', color: '#8e44ad', values: (k) => p(k).consumedMiB / 1024 },
            { label: 'ballooned', color: '#e08a00', values: (k) => p(k).balloonMiB / 1024 },
            { label: 'swapped', color: '#c0392b', values: (k) => p(k).swappedMiB / 1024 },
        ]), memoryWords), chart(new LineChart('Power', 'kW', [{ label: 'hosts', color: '#16a085', values: (k) => p(k).powerW / 1000 }]), (pt) => powerWords(pt, this.history.totals(this.focus).energyKWh)));
        this.root = el('section', { class: 'pane', 'data-pane': String(index) }, el('h2', {}, title, ' · ', this.timeEl), this.view.root, el('div', { class: 'pane-lower' }, charts, el('div', { class: 'log-box' }, el('h3', {}, 'What happened'), this.log)));
    }
    apply(s) {
        this.state = s;
        // Each state's arrays are its own copies: keeping the object is enough.
        this.past.push(s);
        if (this.past.length > PAST_KEPT)
            for (let i = this.past.length - 2; i > 0; i -= 2)
                this.past.splice(i, 1);
        this.history.add(s.newRows);
        for (const line of s.newLog)
            this.logLines.push(line);
        if (this.logLines.length > LOG_SHOWN)
            this.logLines.splice(0, this.logLines.length - LOG_SHOWN);
        if (s.newLog.length > 0)
            this.logDirty = true;
    }
    /** Redraw what changed since the last frame (called once per animation frame). */
    /** The last state received at or before t (the first one if none). */
    stateAt(t) {
        let lo = 0;
        let hi = this.past.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.past[mid].t <= t)
                lo = mid;
            else
                hi = mid - 1;
        }
        return this.past[lo] ?? this.state;
    }
    render() {
        const now = this.state;
        const s = this.viewAt === null ? now : this.stateAt(this.viewAt);
        setText(this.timeEl, this.viewAt === null ? `${clock(now.t)}${now.done ? ' (end)' : ''}` : `looking back at ${clock(s.t)} (simulated up to ${clock(now.t)})`);
        this.root.dataset.t = String(now.t);
        this.root.dataset.viewT = String(s.t);
        this.view.update(s);
        if (this.logDirty) {
            this.logDirty = false;
            this.renderLog();
        }
        const n = this.history.length;
        const times = (k) => this.history.rows[0]?.[k]?.t ?? 0;
        // The words speak of the interval the view shows: the last one ending by then.
        let k = n - 1;
        while (this.viewAt !== null && k > 0 && times(k) > s.t)
            k--;
        for (const c of this.charts) {
            c.chart.draw(n, times, this.info.durationMs, this.viewAt === null ? null : s.t);
            if (k >= 0)
                setText(c.words, c.say(this.history.at(k, this.focus)));
        }
    }
    /** Newest first: the new lines go on top, the oldest beyond LOG_SHOWN are dropped. */
    renderLog() {
        const items = this.logLines.map((l) => el('li', { 'data-type': l.type }, el('time', {}, clock(l.t)), ' ', l.text)).reverse();
        this.logLines = [];
        this.log.prepend(...items);
        while (this.log.childElementCount > LOG_SHOWN)
            this.log.lastElementChild?.remove();
    }
}
