/** Unit aliases: plain numbers, named so that signatures say what they carry. */
export type MHz = number;
export type MiB = number;
export type Watts = number;
/** Integer milliseconds of simulated time. */
export type Millis = number;
export declare const MIB_PER_GIB = 1024;
