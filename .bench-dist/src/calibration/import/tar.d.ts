export interface TarEntry {
    readonly name: string;
    readonly data: Buffer;
}
/** Entries of the archive; throws an Error naming the offset when a header is corrupt. */
export declare function readTar(bytes: Buffer): TarEntry[];
