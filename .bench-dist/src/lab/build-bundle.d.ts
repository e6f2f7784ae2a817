export declare function buildLabBundles(root?: string): Promise<void>;
