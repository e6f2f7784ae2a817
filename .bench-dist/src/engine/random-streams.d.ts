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
export declare class RandomStream {
    readonly name: string;
    private readonly prng;
    /** Obtain streams through {@link RandomStreams.stream}. */
    constructor(name: string, seed: string, state?: RandomStreamState);
    /** Next uniform number in [0, 1), with 32 random bits. */
    next(): number;
    /** Copy of the generator state; restoring it continues the sequence from here. */
    state(): RandomStreamState;
}
export declare class RandomStreams {
    readonly rootSeed: string | number;
    private readonly streams;
    constructor(rootSeed: string | number);
    /** The stream called `name`, created on first use; the same object on every call. */
    stream(name: string): RandomStream;
    /** 32-bit seed for counter-based draws (uniformAt) under `name`: hashSeed(`${rootSeed}/${name}`). */
    seedOf(name: string): number;
    /** States of all streams created so far, sorted by name. */
    snapshot(): RandomStreamsSnapshot;
    /** Recreates the streams of a snapshot; each continues exactly where it was. */
    static restore(s: RandomStreamsSnapshot): RandomStreams;
    private seedString;
}
