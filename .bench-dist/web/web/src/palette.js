export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
export const COLOURS = {
    capacity: '#000000',
    demand: '#E69F00',
    granted: '#0072B2',
    unmet: '#D55E00',
    readyBand: '#56B4E9',
    readyLine: '#0072B2',
    readyMedian: '#000000',
    threshold: '#D55E00',
    consumed: '#0072B2',
    active: '#009E73',
    grid: '#e3e3e3',
    axis: '#555555',
    text: '#1a1a1a',
    muted: '#666666',
};
export const BAND_COLOURS = {
    fine: '#009E73',
    watch: '#F0E442',
    significant: '#E69F00',
    bad: '#D55E00',
};
/** Text colour that reads on each band colour. */
export const BAND_TEXT = {
    fine: '#ffffff',
    watch: '#1a1a1a',
    significant: '#1a1a1a',
    bad: '#ffffff',
};
export const STATE_COLOURS = {
    high: '#009E73',
    clear: '#56B4E9',
    soft: '#F0E442',
    hard: '#E69F00',
    low: '#D55E00',
};
/** One colour per alarm rule (Okabe–Ito). */
export const ALARM_COLOURS = {
    'cpu-ready': '#CC79A7',
    'host-cpu': '#E69F00',
    'host-swapping': '#D55E00',
    'host-memory-state': '#0072B2',
};
/** Timeline lanes of lifecycle events: failures red, restarts green, migrations blue, maintenance amber. */
export const LANE_COLOURS = {
    failure: '#D55E00',
    restart: '#009E73',
    migration: '#56B4E9',
    maintenance: '#E69F00',
};
/** Host lifecycle states: failed vermillion (hatched where drawn), maintenance amber, standby grey. */
export const HOST_STATE_COLOURS = {
    on: '#ffffff',
    maintenance: '#E69F00',
    'entering-standby': '#9e9e9e',
    failed: '#D55E00',
    standby: '#8c8c8c',
    booting: '#bdbdbd',
    'shutting-down': '#bdbdbd',
    isolated: '#CC79A7',
};
/** Stacked layers beside an orange demand line and a black capacity line: no orange, no black. */
export const LAYER_COLOURS = ['#0072B2', '#56B4E9', '#009E73', '#CC79A7', '#F0E442', '#D55E00'];
export function layerColour(i) {
    return LAYER_COLOURS[i % LAYER_COLOURS.length];
}
export function categorical(i) {
    return OKABE_ITO[((i % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length];
}
/** Readable text (black or white) on a background colour. */
export function textOn(background) {
    const c = d3.rgb(background);
    const l = (0.299 * c.r + 0.587 * c.g + 0.114 * c.b) / 255;
    return l > 0.55 ? '#1a1a1a' : '#ffffff';
}
