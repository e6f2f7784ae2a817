/** `file` (e.g. "thread.js") in the folder of the module at `callerUrl` (its import.meta.url). */
export declare function threadEntry(callerUrl: string, file: string): string;
