/**
 * The viewer runs as a classic script beside d3's UMD build (inlined from
 * node_modules/d3/dist/d3.min.js), which defines the global `d3`.
 */
import type * as D3 from 'd3';

declare global {
  const d3: typeof D3;
}

export {};
