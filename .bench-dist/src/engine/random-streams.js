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
export class RandomStream {
    name;
    prng;
    /** Obtain streams through {@link RandomStreams.stream}. */
    constructor(name, seed, state) {
        this.name = name;
        this.prng = seedrandom.alea(seed, { state: state === undefined ? true : { ...state } });
    }
    /** Next uniform number in [0, 1), with 32 random bits. */
    next() {
        return this.prng();
    }
    /** Copy of the generator state; restoring it continues the sequence from here. */
    state() {
        const { c, s0, s1, s2 } = this.prng.state();
        return { c, s0, s1, s2 };
    }
}
export class RandomStreams {
    rootSeed;
    streams = new Map();
    constructor(rootSeed) {
        if (typeof rootSeed === 'number' ? !Number.isFinite(rootSeed) : typeof rootSeed !== 'string') {
            throw new TypeError(`RandomStreams: root seed must be a string or a finite number, got ${String(rootSeed)}`);
        }
        this.rootSeed = rootSeed;
    }
    /** The stream called `name`, created on first use; the same object on every call. */
    stream(name) {
        let s = this.streams.get(name);
        if (s === undefined) {
            s = new RandomStream(name, this.seedString(name));
            this.streams.set(name, s);
        }
        return s;
    }
    /** 32-bit seed for counter-based draws (uniformAt) under `name`: hashSeed(`${rootSeed}/${name}`). */
    seedOf(name) {
        return hashSeed(this.seedString(name));
    }
    /** States of all streams created so far, sorted by name. */
    snapshot() {
        const states = {};
        for (const name of [...this.streams.keys()].sort()) {
            states[name] = this.streams.get(name).state();
        }
        return { rootSeed: this.rootSeed, states };
    }
    /** Recreates the streams of a snapshot; each continues exactly where it was. */
    static restore(s) {
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
    seedString(name) {
        return `${this.rootSeed}/${name}`;
    }
}
//# sourceMappingURL=random-streams.js.map