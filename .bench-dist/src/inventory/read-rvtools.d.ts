import type { Inventory } from './inventory.js';
export declare function readRvtools(location: string, shownAs: string): Promise<Inventory>;
