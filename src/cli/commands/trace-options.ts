/**
 * The options of the commands that read a host trace (replay, calibrate).
 */
import type { Command } from 'commander';

/** The options replay and calibrate share: how to read the trace and where to write. */
export const traceOptions = (c: Command): Command =>
  c
    .option('--scenario <overlay>', 'overlay YAML applied to the generated scenario (hosts, templates; see README)')
    .option('--out <dir>', 'output folder')
    .option('--format <format>', 'trace format (default: detected): ndjson, domstats, capture-dir, prometheus, ksm-csv, bitbrains, planetlab, generic-csv')
    .option('--step <duration>', 'replay step (default: the median sample interval)')
    .option('--interval <duration>', 'spacing of snapshots that carry no timestamps (default 10s)')
    .option('--select <prefix>', 'only archive members / files starting with this (PlanetLab .tar.gz)')
    .option('--weights <metric=w,...>', 'error weights (cpu, steal, ksm, swap, swapIn, swapOut, balloon, zswap)')
    .option('--force', 'replace an existing output folder', false)
    .option('--quiet', 'print nothing but errors', false);
