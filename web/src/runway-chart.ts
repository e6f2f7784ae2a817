/**
 * The runway panel of `dcsim runway --report`: per cluster, the run-out sentence, one check's
 * value month by month (the first replication) against its limit, the run-out date as a line and
 * its 95 % interval as a band, and the capacity remaining cards. The check shown is chosen per
 * cluster (default: the one that binds).
 */
import { num } from './format.js';
import { OKABE_ITO } from './palette.js';
import type { PlanningSummary } from './types.js';
import { figure, panel, select, type Sel } from './ui.js';

type Cluster = PlanningSummary['clusters'][number];

const DAY_MS = 86_400_000;
const ms = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

function drawChart(parent: Sel, p: PlanningSummary, c: Cluster, name: string, width: number): void {
  parent.selectAll('*').remove();
  const check = c.checks.find((k) => k.name === name) ?? c.checks[0];
  if (check === undefined) return;
  const csv = (): string => d3.csvFormatRows([['month', 'date', check.name, 'holds'], ...p.dates.map((d, m) => [String(m), d, check.values[m] === null ? '' : String(check.values[m]), check.holds[m] === null ? '' : check.holds[m] ? 'yes' : 'no'])]);
  const f = figure(parent, 'runway', `${c.cluster}: ${check.name} by month`, 'Each month simulated (first seed); the dashed line is the limit, the red line the run-out date and the shaded band its 95 % interval.', width, 260, csv);
  const m = { top: 14, right: 20, bottom: 34, left: 52 };
  const w = width - m.left - m.right;
  const h = 260 - m.top - m.bottom;
  const g = f.svg.append('g').attr('transform', `translate(${m.left},${m.top})`);
  const x = d3.scaleUtc().domain([ms(p.dates[0] as string), ms(p.dates[p.dates.length - 1] as string) + DAY_MS]).range([0, w]);
  const values = check.values.filter((v): v is number => v !== null);
  const top = Math.max(check.threshold ?? 0, ...values, 1) * 1.1;
  const y = d3.scaleLinear().domain([0, top]).range([h, 0]).nice();
  g.append('g').attr('class', 'axis x').attr('transform', `translate(0,${h})`).call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(w / 90))));
  g.append('g').attr('class', 'axis y').call(d3.axisLeft(y).ticks(5));
  g.append('text').attr('class', 'axis-label').attr('x', -h / 2).attr('y', -40).attr('transform', 'rotate(-90)').attr('text-anchor', 'middle').text(`${check.resource}: ${check.name}`);
  const r = c.runOut;
  if (r !== null && r.lowDate !== null && r.highDate !== null) {
    const x0 = Math.max(0, x(ms(r.lowDate)));
    const x1 = Math.min(w, x(ms(r.highDate) + DAY_MS));
    g.append('rect').attr('class', 'runout-band').attr('data-from', r.lowDate).attr('data-to', r.highDate).attr('x', x0).attr('y', 0).attr('width', Math.max(1, x1 - x0)).attr('height', h).attr('fill', '#D55E00').attr('opacity', 0.15);
  }
  if (check.threshold !== null) {
    g.append('line').attr('class', 'limit').attr('data-value', check.threshold).attr('x1', 0).attr('x2', w).attr('y1', y(check.threshold)).attr('y2', y(check.threshold)).attr('stroke', '#555').attr('stroke-dasharray', '4 3');
  }
  const points = p.dates.map((d, k) => ({ t: ms(d), v: check.values[k] ?? null, holds: check.holds[k] ?? null, date: d }));
  const line = d3
    .line<(typeof points)[number]>()
    .defined((d) => d.v !== null)
    .x((d) => x(d.t))
    .y((d) => y(d.v as number));
  g.append('path').attr('class', 'runway-line').attr('fill', 'none').attr('stroke', OKABE_ITO[0]).attr('stroke-width', 2).attr('d', line(points));
  g.selectAll('circle.month')
    .data(points.filter((d) => d.v !== null))
    .join('circle')
    .attr('class', 'month')
    .attr('data-date', (d) => d.date)
    .attr('data-value', (d) => String(d.v))
    .attr('data-holds', (d) => String(d.holds))
    .attr('cx', (d) => x(d.t))
    .attr('cy', (d) => y(d.v as number))
    .attr('r', 3.5)
    .attr('fill', (d) => (d.holds === false ? '#D55E00' : OKABE_ITO[0]))
    .append('title')
    .text((d) => `${d.date}: ${num(d.v as number)}${d.holds === false ? ' (fails)' : ''}`);
  if (r !== null) {
    g.append('line').attr('class', 'runout').attr('data-date', r.date).attr('x1', x(ms(r.date))).attr('x2', x(ms(r.date))).attr('y1', 0).attr('y2', h).attr('stroke', '#D55E00').attr('stroke-width', 2);
  }
}

function capacityCards(parent: Sel, p: PlanningSummary, cluster: string): void {
  const rows = p.headroom.filter((h) => h.cluster === cluster);
  if (rows.length === 0) return;
  const cards = parent.append('div').attr('class', 'cards capacity-cards');
  for (const h of rows) {
    const card = cards.append('div').attr('class', 'card').attr('data-card', `capacity-${h.group}`);
    card.append('div').attr('class', 'card-label').text(`Capacity remaining: ${h.group}`);
    card.append('div').attr('class', 'card-value').text(h.fits === null ? 'none' : `${h.atMax ? '≥ ' : ''}${h.fits} VMs`);
    card.append('div').attr('class', 'card-line').text(h.profile);
    card.append('div').attr('class', 'card-hint').text(h.fits === null ? `already fails: ${h.binding.join(', ')}` : h.atMax ? `search stopped at its maximum (${h.runs} runs)` : `one more fails ${h.binding.join(', ')} (${h.runs} runs, by search)`);
  }
}

export function renderRunway(parent: Sel, p: PlanningSummary, width: number): void {
  const root = panel(parent, 'runway', 'Runway', `${p.scenario}: when each cluster runs out under growth, arrivals and retirements. ${p.method}`);
  for (const c of p.clusters) {
    const block = root.body.append('div').attr('class', 'runway-cluster').attr('data-cluster', c.cluster);
    block.append('p').attr('class', 'runway-sentence').text(c.sentence);
    for (const line of c.detail.split('\n').filter((l) => l !== '')) block.append('p').attr('class', 'runway-detail explain').text(line);
    capacityCards(block, p, c.cluster);
    const binding = c.runOut?.binding[0] ?? c.checks[0]?.name ?? '';
    const holder = block.append('div');
    select(block.insert('div', () => holder.node()).attr('class', 'controls'), 'Check', c.checks.map((k) => ({ value: k.name, label: k.name })), binding, (v) => drawChart(holder, p, c, v, width - 40), `runway-check-${c.cluster}`);
    drawChart(holder, p, c, binding, width - 40);
  }
}
