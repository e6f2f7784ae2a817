// A runnable example of the library API (after `npm run build`):
//   node scenarios/api-example.mjs
// It runs the default scenario to 10:00, looks at the busiest host, tries two actions (one the
// rules refuse), fails a host, and prints what happened.
import { createSimulation, loadScenario } from '../dist/src/index.js';

const sim = createSimulation(loadScenario('scenarios/default.yaml'));
let migrations = 0;
sim.onEvent((e) => {
  if (e.type === 'migration.completed') migrations++;
  if (e.type === 'action') console.log(`action ${e.action} ${e.target}: ${e.ok ? 'done' : `refused (${e.why})`}`);
});

sim.runUntil(10 * 3600_000);
const busiest = sim.view.hosts().sort((a, b) => b.grantedMhz / b.usableMhz - a.grantedMhz / a.usableMhz)[0];
console.log(`10:00 busiest host ${busiest.id}: ${((busiest.grantedMhz / busiest.usableMhz) * 100).toFixed(1)} % CPU, ${busiest.vms} VMs, ${busiest.powerW.toFixed(0)} W`);

const vm = sim.view.vms().find((v) => v.host === busiest.id && v.state === 'running');
const target = sim.view.hosts().find((h) => h.id !== busiest.id);
console.log(sim.migrate(vm.id, target.id));
console.log(sim.migrate(vm.id, 'dc1/cluster-a/no-such-host'));

sim.runUntil(12 * 3600_000);
console.log(sim.failHost('dc1/cluster-a/esx-002', 2 * 3600_000));
const result = sim.finish();
const a = result.headline.availability;
console.log(`end: ${migrations} migration(s); ${a.hostFailures} host failure(s), ${a.outages} outage(s), mean VM availability ${a.meanVmAvailabilityPct.toFixed(3)} %`);
