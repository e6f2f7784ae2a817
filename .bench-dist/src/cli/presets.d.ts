export declare function renderPresets(): string;
