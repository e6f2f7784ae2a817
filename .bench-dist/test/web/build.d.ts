export declare const ROOT: string;
/** Builds the viewer when it is missing or stale; test files running in parallel build it once. */
export declare function ensureViewerBuilt(): void;
