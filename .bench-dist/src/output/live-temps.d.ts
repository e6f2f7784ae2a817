export declare function registerLiveTemp(p: string): void;
export declare function forgetLiveTemp(p: string): void;
/** Removes every temp path still registered (synchronously: it runs in a signal handler). */
export declare function removeLiveTemps(): string[];
export declare function liveTemps(): readonly string[];
