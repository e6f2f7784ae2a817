/**
 * The messages between lab.html and the simulator in its Web Worker. Plain data only (the
 * structured clone copies them); typed arrays carry per-host and per-VM state.
 *
 * A lab holds panes: pane 0 is the main run, a fork adds another. The page asks, the worker
 * answers each request with one reply carrying the pane's new state. While playing, the worker
 * also sends states on its own (id 0), so it never waits for the page to draw.
 */
export {};
