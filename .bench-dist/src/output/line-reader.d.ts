/** Reads a file line by line without holding it in memory. */
export declare class LineReader {
    readonly file: string;
    private readonly fd;
    private readonly buf;
    private readonly decoder;
    private rest;
    private lines;
    private next;
    private eof;
    constructor(file: string);
    /** The next line with its newline, or null at the end. */
    line(): string | null;
    close(): void;
}
