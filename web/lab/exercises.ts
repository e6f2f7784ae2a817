/**
 * Guided exercises: a question, steps and what to look for, each on one of the scenarios the
 * page carries. Opening one loads its scenario from the start.
 */
export interface Exercise {
  readonly id: string;
  readonly title: string;
  /** The scenario's `name` it runs on. */
  readonly scenario: string;
  readonly question: string;
  readonly steps: readonly string[];
  readonly lookFor: string;
}

export const EXERCISES: readonly Exercise[] = [
  {
    id: 'ha-admission',
    title: 'HA admission control: which policy protects my VMs?',
    scenario: 'ha-lab',
    question: 'Four identical clusters use a different admission control policy. Two hosts of each fail together at 02:00. Which policy restarts everything, and what did each one cost before the failure?',
    steps: [
      'Before you press play, read the trays under each cluster: VMs admission control refused to power on.',
      'Play at 1 h per second until 02:00; watch the squares of esx-001 and esx-002 turn red and move to other hosts.',
      'Read the log: detection after 15 s, then restarts by priority (high first).',
      'Fork now and, in the what-if pane, fail esx-003 of the "slots" cluster as well: how many VMs stay down?',
    ],
    lookFor: 'The "disabled" cluster powers on every VM but cannot restart them all; "slots" and "percentage" keep room and restart more, at the price of VMs never powered on. Compare the VMs-down chart and the difference table.',
  },
  {
    id: 'overcommit-ready',
    title: 'Overcommit until CPU ready hurts',
    scenario: 'lab-overcommit',
    question: 'How many vCPUs per core can this cluster take before users feel it?',
    steps: [
      'Play a few hours and note mean CPU ready.',
      'Power off one host after another (each evacuates by live migration): the same VMs share fewer cores.',
      'Watch the ready chart after each step; stop when the words say "significant".',
      'Fork before the last power-off and compare both panes.',
      'Or move "Hosts in service" down one at a time, or raise "Demand scale": the same question from the other side.',
    ],
    lookFor: 'Ready stays near zero while demand is below capacity and climbs steeply once the busiest hours exceed it: overcommit is safe until peak demand meets capacity, not until a ratio.',
  },
  {
    id: 'dpm',
    title: 'DPM vs always-on: energy saved, ready paid',
    scenario: 'dpm',
    question: 'How much energy does powering hosts down at night save, and does anybody notice?',
    steps: [
      'Play the week at 1 day per second.',
      'Compare the power chart of the always-on and the dpm cluster (choose them in "Charts for").',
      'Lower the DPM target with the settings slider (a recorded event) and fork to see the difference.',
      'In a fork, pick the always-on cluster in the settings, set DPM to on and apply: from its next pass it joins the dpm cluster\'s curve.',
    ],
    lookFor: 'Hosts go to standby at night and at weekends; energy falls by a large share while CPU ready stays low, except just after demand rises and hosts are still booting.',
  },
];
