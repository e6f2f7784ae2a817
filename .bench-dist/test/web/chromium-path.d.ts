export interface ChromiumFound {
    readonly path: string;
    readonly source: 'DCSIM_CHROMIUM' | 'system' | '@sparticuz/chromium';
}
export declare function findChromium(systemPaths?: readonly string[], env?: NodeJS.ProcessEnv): Promise<ChromiumFound>;
