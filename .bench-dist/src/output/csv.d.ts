export type Cell = string | number;
/** Fixed decimals, no "-0", and an empty cell for NaN (not computable). */
export declare function num(x: number, decimals?: number): string;
export declare class CsvFile {
    private readonly out;
    constructor(file: string, header: readonly string[]);
    rows(rows: Cell[][]): void;
    close(): void;
}
