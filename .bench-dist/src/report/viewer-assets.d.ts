export interface ViewerAssets {
    readonly d3: string;
    readonly viewer: string;
    readonly css: string;
}
/** The package root: the nearest folder above this module whose package.json is dcsim's. */
export declare function packageRoot(from?: string): string;
/** Where `tsc -p web/tsconfig.json` puts the viewer's modules. */
export declare function viewerBuildDir(root?: string): string;
/** The viewer's compiled files or d3 are missing: the package was not built (or installed). */
export declare class ViewerNotBuiltError extends Error {
}
/** The assets, read once per process (re-read when the viewer build changes). */
export declare function viewerAssets(): ViewerAssets;
