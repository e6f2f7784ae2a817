import type { Redis } from 'ioredis';
export declare const KEEP_SECONDS: number;
/** Copies `file` into the list at `key` (replacing it) in pieces of `pieceBytes`; returns the file's size in bytes. */
export declare function uploadFile(conn: Redis, file: string, key: string, pieceBytes?: number): Promise<number>;
/** Writes the list at `key` to `file`; returns its size in bytes. A list that is gone is an error (the run's keys expired or were deleted). */
export declare function downloadFile(conn: Redis, key: string, file: string): Promise<number>;
