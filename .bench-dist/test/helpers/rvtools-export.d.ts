export declare const EXAMPLE_EXPORT: string;
export declare const EXAMPLE_SCENARIO: string;
/** A working folder holding a copy of the example export as `example-rvtools/`. */
export declare function exampleCopy(prefix: string): string;
/** Rewrites one tab of the copy in `dir` by a function of its text. */
export declare function alterTab(dir: string, tab: string, change: (text: string) => string): void;
/** The example export as `<dir>/<name>.xlsx`, one sheet per CSV tab. */
export declare function writeExampleXlsx(dir: string, name?: string): Promise<string>;
