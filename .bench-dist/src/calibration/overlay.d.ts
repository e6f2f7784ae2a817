import { z } from 'zod';
export declare const OVERLAY_VERSION = 1;
export declare const OverlaySchema: z.ZodObject<{
    dcsimOverlay: z.ZodLiteral<1>;
    description: z.ZodOptional<z.ZodString>;
    hostGroups: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    templates: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
}, z.core.$strict>;
export type Overlay = z.output<typeof OverlaySchema>;
export declare class OverlayError extends Error {
}
type Obj = Record<string, unknown>;
/** `base` with `over` merged in (a new object; neither input changes). */
export declare function deepMerge(base: unknown, over: unknown): unknown;
/** Overlays merged left to right (later ones win). */
export declare function combineOverlays(...overlays: Overlay[]): Overlay;
/** Parses overlay YAML; every problem at once, each with its path. */
export declare function parseOverlay(text: string, file: string): Overlay;
/**
 * The scenario object with the overlay applied; throws OverlayError when the overlay sets host
 * groups and the scenario has no KVM host group to take them.
 */
export declare function applyOverlay(spec: Obj, overlay: Overlay): Obj;
/**
 * Rewrites the trace paths of a scenario object read from `fromDir` so they resolve from
 * `toDir` (a merged scenario written elsewhere still finds its traces).
 */
export declare function rebaseTracePaths(spec: Obj, fromDir: string, toDir: string): Obj;
export {};
