export declare class StreamFile {
    readonly file: string;
    private readonly fd;
    private chunks;
    private size;
    constructor(file: string);
    write(text: string): void;
    flush(): void;
    close(): void;
}
