/**
 * When stepped workloads change. VM i changes at φᵢ + k·step (k ≥ 0, φᵢ in [0, step)); the
 * level in force at the start is its counter 0. VMs are kept sorted by phase, so one event walks
 * through them in time order, and all VMs that share a phase (all of them, when phases are
 * aligned) change together in one batch: one event per distinct change time, not per VM.
 * The batches are found once here, so moving to the next one costs O(1) however large it is.
 */
export class StepSchedule {
  /** Stepped VM indices sorted by (phase, index). */
  readonly order: Int32Array;
  /** Batch b is order[batchStarts[b], batchStarts[b + 1]); its VMs share the phase batchPhase[b]. */
  readonly batchStarts: Int32Array;
  private readonly batchPhase: Float64Array;
  /** The next batch to fire, and the round (step number) it fires in. */
  private cursor = 0;
  private round = 0;
  /** Batch selected by `advance`: its number and its span order[batchStart, batchEnd). */
  batch = 0;
  batchStart = 0;
  batchEnd = 0;

  constructor(
    vms: Int32Array,
    phaseMs: Float64Array,
    readonly stepMs: number,
  ) {
    this.order = scheduleOrder(vms, phaseMs);
    const sorted = this.order;
    const starts: number[] = [];
    const phases: number[] = [];
    for (let j = 0; j < sorted.length; j++) {
      const phase = phaseMs[sorted[j]];
      if (j === 0 || phase !== phases[phases.length - 1]) {
        starts.push(j);
        phases.push(phase);
      }
    }
    starts.push(sorted.length);
    this.batchStarts = Int32Array.from(starts);
    this.batchPhase = Float64Array.from(phases);
    // Phase-0 VMs have their round-0 boundary at t = 0: that is the initial level, not a change.
    if (phases[0] === 0) {
      if (phases.length === 1) this.round = 1;
      else this.cursor = 1;
    }
  }

  get empty(): boolean {
    return this.order.length === 0;
  }

  /** How many batches one step holds (distinct phases). */
  get batchCount(): number {
    return this.batchPhase.length;
  }

  /** Time of the next batch. */
  nextTime(): number {
    return this.round * this.stepMs + (this.batchPhase[this.cursor]);
  }

  /** Step counter of the VMs in the next batch (see workload/levels.ts). */
  nextCounter(): number {
    return this.batchPhase[this.cursor] === 0 ? this.round : this.round + 1;
  }

  /** Select the next batch (VMs sharing the cursor's phase) and move past it. */
  advance(): void {
    const b = this.cursor;
    this.batch = b;
    this.batchStart = this.batchStarts[b];
    this.batchEnd = this.batchStarts[b + 1];
    if (b + 1 === this.batchPhase.length) {
      this.cursor = 0;
      this.round++;
    } else {
      this.cursor = b + 1;
    }
  }

  /** Position of the next batch: the index of its first VM in `order`, and its round. */
  snapshot(): { cursor: number; round: number } {
    return { cursor: this.batchStarts[this.cursor], round: this.round };
  }
}

/** VMs sorted by (phase, index): the order one step of the schedule visits them in. */
export function scheduleOrder(vms: Int32Array, phaseMs: Float64Array): Int32Array {
  return Int32Array.from(vms).sort((a, b) => (phaseMs[a]) - (phaseMs[b]) || a - b);
}

/**
 * Each VM's slot: its position in the step schedule's order, the VMs outside the schedule
 * (`stepped` leaves them out) after it in index order. The model keeps the records its step
 * pass writes at every VM-step (vm-flow.ts, the datacenter's levels) by slot, so a batch walks
 * them front to back: with random phases (W1) a batch's VMs are spread over the whole index
 * range, and records kept by VM index cost a cache miss each, where by slot consecutive VMs of
 * a batch share lines and the hardware prefetcher runs ahead.
 */
export function stepSlots(n: number, stepped: Int32Array, phaseMs: Float64Array): Int32Array {
  const order = scheduleOrder(stepped, phaseMs);
  const slot = new Int32Array(n).fill(-1);
  for (let j = 0; j < order.length; j++) slot[order[j]] = j;
  let next = order.length;
  for (let v = 0; v < n; v++) if (slot[v] < 0) slot[v] = next++;
  return slot;
}
