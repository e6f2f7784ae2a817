import { type CliIo } from './io.js';
/** A seed from the command line: an integer when it looks like one, else the string. */
export declare function parseSeed(text: string): number | string;
/** Run the CLI; resolves to the exit code. */
export declare function main(argv: readonly string[], io: CliIo): Promise<number>;
