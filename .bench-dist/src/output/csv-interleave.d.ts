export interface InterleaveInput {
    readonly file: string;
    /** Rows this input has in each block. */
    readonly rowsPerBlock: number;
}
/** Write `out` from `inputs`, whose headers must agree and which must hold `blocks` blocks each. */
export declare function interleaveCsv(out: string, inputs: readonly InterleaveInput[], blocks: number): void;
