import type { LabPayload } from './protocol.js';
/** `file` as reports name it, read from `location`. */
export declare function labPayload(file: string, location?: string): LabPayload;
