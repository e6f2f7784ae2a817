#!/usr/bin/env node
/** Process entry point: the only place that hands the real process to the CLI. */
import { main } from './main.js';

const code = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  wallClock: () => performance.now(),
  cwd: process.cwd(),
  isTTY: Boolean(process.stderr.isTTY),
  columns: process.stderr.columns ?? 80,
  tag: String(process.pid),
});
process.exitCode = code;
