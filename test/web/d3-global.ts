/**
 * The viewer's modules use the global `d3` that report.html defines with d3's UMD build
 * (web/src/globals.d.ts). Tests that run those modules in Node import this first, so the same
 * d3 the page inlines is there.
 */
import * as d3 from 'd3';

(globalThis as unknown as { d3: typeof d3 }).d3 = d3;
