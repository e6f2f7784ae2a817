import type { LabPayload } from './protocol.js';
export interface LabAssets {
    readonly worker: string;
    readonly page: string;
    readonly css: string;
}
export declare function labAssets(root?: string): LabAssets;
export declare function renderLabHtml(scenarios: readonly LabPayload[], assets?: LabAssets): string;
