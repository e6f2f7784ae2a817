/**
 * Named, independent random streams derived from one root seed.
 *
 * Each stream is an Alea generator (seedrandom) seeded with
 * `${rootSeed}/${name}`, so a stream's numbers depend only on the root seed
 * and its own name: creating, or drawing from, another stream never shifts
 * them. Give every independent source of randomness its own name.
 */
import seedrandom from 'seedrandom';
import { hashSeed } from './hash.js';

/** Saved Alea generator state (plain numbers, JSON-safe). */
export interface RandomStreamState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/** JSON-serializable state of a {@link RandomStreams}. */
export interface RandomStreamsSnapshot {
  rootSeed: string | number;
  /** Stream name → state, keys in ascending name order. */
  states: Record<string, RandomStreamState>;
}

type AleaPrng = seedrandom.StatefulPRNG<seedrandom.State.Alea>;

export class RandomStream {
  readonly name: string;
  private readonly prng: AleaPrng;

  /** Obtain streams through {@link RandomStreams.stream}. */
  constructor(name: string, seed: string, state?: RandomStreamState) {
    this.name = name;
    this.prng = seedrandom.alea(seed, { state: state === undefined ? true : { ...state } });
  }

  /** Next uniform number in [0, 1), with 32 random bits. */
  next(): number {
    return this.prng();
  }

  /** Copy of the generator state; restoring it continues the sequence from here. */
  state(): RandomStreamState {
    const { c, s0, s1, s2 } = this.prng.state();
    return { c, s0, s1, s2 };
  }
}

export class RandomStreams {
  readonly rootSeed: string | number;
  private readonly streams = new Map<string, RandomStream>();

  constructor(rootSeed: string | number) {
    if (typeof rootSeed === 'number' ? !Number.isFinite(rootSeed) : typeof rootSeed !== 'string') {
      throw new TypeError(`RandomStreams: root seed must be a string or a finite number, got ${String(rootSeed)}`);
    }
    this.rootSeed = rootSeed;
  }

  /** The stream called `name`, created on first use; the same object on every call. */
  stream(name: string): RandomStream {
    let s = this.streams.get(name);
    if (s === undefined) {
      s = new RandomStream(name, this.seedString(name));
      this.streams.set(name, s);
    }
    return s;
  }

  /** 32-bit seed for counter-based draws (uniformAt) under `name`: hashSeed(`${rootSeed}/${name}`). */
  seedOf(name: string): number {
    return hashSeed(this.seedString(name));
  }

  /** States of all streams created so far, sorted by name. */
  snapshot(): RandomStreamsSnapshot {
    const states: Record<string, RandomStreamState> = {};
    for (const name of [...this.streams.keys()].sort()) {
      states[name] = this.streams.get(name)!.state();
    }
    return { rootSeed: this.rootSeed, states };
  }

  /** Recreates the streams of a snapshot; each continues exactly where it was. */
  static restore(s: RandomStreamsSnapshot): RandomStreams {
    const r = new RandomStreams(s.rootSeed);
    for (const name of Object.keys(s.states).sort()) {
      const st = s.states[name];
      if (![st.c, st.s0, st.s1, st.s2].every(Number.isFinite)) {
        throw new RangeError(`RandomStreams.restore: bad state for stream "${name}"`);
      }
      r.streams.set(name, new RandomStream(name, r.seedString(name), st));
    }
    return r;
  }

  private seedString(name: string): string {
    return `${this.rootSeed}/${name}`;
  }
}
