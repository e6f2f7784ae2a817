export const FTA_PRESETS = {
    'G5k06/exponential': {
        timeBetweenFailures: { kind: 'exponential', p1: 32.41, p2: 0 },
        repair: { kind: 'exponential', p1: 7.41, p2: 0 },
    },
    'G5k06/weibull': {
        timeBetweenFailures: { kind: 'weibull', p1: 0.48, p2: 14.37 },
        repair: { kind: 'weibull', p1: 0.35, p2: 0.47 },
    },
    'G5k06/lognormal': {
        timeBetweenFailures: { kind: 'lognormal', p1: 1.51, p2: 2.42 },
        repair: { kind: 'lognormal', p1: -2, p2: 2.2 },
    },
    'G5k06/gamma': {
        timeBetweenFailures: { kind: 'gamma', p1: 0.34, p2: 94.35 },
        repair: { kind: 'gamma', p1: 0.19, p2: 39.92 },
    },
    'Lanl05/exponential': {
        timeBetweenFailures: { kind: 'exponential', p1: 1779.99, p2: 0 },
        repair: { kind: 'exponential', p1: 5.92, p2: 0 },
    },
    'Lanl05/weibull': {
        timeBetweenFailures: { kind: 'weibull', p1: 0.48, p2: 816.6 },
        repair: { kind: 'weibull', p1: 0.58, p2: 2.18 },
    },
    'Lanl05/lognormal': {
        timeBetweenFailures: { kind: 'lognormal', p1: 5.56, p2: 2.39 },
        repair: { kind: 'lognormal', p1: 0.05, p2: 1.42 },
    },
    'Lanl05/gamma': {
        timeBetweenFailures: { kind: 'gamma', p1: 0.35, p2: 5102.71 },
        repair: { kind: 'gamma', p1: 0.38, p2: 15.44 },
    },
    'Ldns04/exponential': {
        timeBetweenFailures: { kind: 'exponential', p1: 141.06, p2: 0 },
        repair: { kind: 'exponential', p1: 8.61, p2: 0 },
    },
    'Ldns04/weibull': {
        timeBetweenFailures: { kind: 'weibull', p1: 0.51, p2: 79.3 },
        repair: { kind: 'weibull', p1: 0.63, p2: 5.62 },
    },
    'Ldns04/lognormal': {
        timeBetweenFailures: { kind: 'lognormal', p1: 3.25, p2: 2.33 },
        repair: { kind: 'lognormal', p1: 0.91, p2: 1.64 },
    },
    'Ldns04/gamma': {
        timeBetweenFailures: { kind: 'gamma', p1: 0.39, p2: 362.43 },
        repair: { kind: 'gamma', p1: 0.51, p2: 16.87 },
    },
    'Microsoft99/exponential': {
        timeBetweenFailures: { kind: 'exponential', p1: 67.01, p2: 0 },
        repair: { kind: 'exponential', p1: 16.49, p2: 0 },
    },
    'Microsoft99/weibull': {
        timeBetweenFailures: { kind: 'weibull', p1: 0.55, p2: 35.3 },
        repair: { kind: 'weibull', p1: 0.6, p2: 9.34 },
    },
    'Microsoft99/lognormal': {
        timeBetweenFailures: { kind: 'lognormal', p1: 2.62, p2: 1.84 },
        repair: { kind: 'lognormal', p1: 1.42, p2: 1.54 },
    },
    'Microsoft99/gamma': {
        timeBetweenFailures: { kind: 'gamma', p1: 0.41, p2: 162.19 },
        repair: { kind: 'gamma', p1: 0.46, p2: 35.52 },
    },
    'Nd07cpu/exponential': {
        timeBetweenFailures: { kind: 'exponential', p1: 13.73, p2: 0 },
        repair: { kind: 'exponential', p1: 4.25, p2: 0 },
    },
    'Nd07cpu/weibull': {
        timeBetweenFailures: { kind: 'weibull', p1: 0.45, p2: 4.16 },
        repair: { kind: 'weibull', p1: 0.51, p2: 0.74 },
    },
    'Nd07cpu/lognormal': {
        timeBetweenFailures: { kind: 'lognormal', p1: 0.3, p2: 2.2 },
        repair: { kind: 'lognormal', p1: -1.02, p2: 1.27 },
    },
    'Nd07cpu/gamma': {
        timeBetweenFailures: { kind: 'gamma', p1: 0.3, p2: 46.16 },
        repair: { kind: 'gamma', p1: 0.28, p2: 15.07 },
    },
    'Overnet03/exponential': {
        timeBetweenFailures: { kind: 'exponential', p1: 2.29, p2: 0 },
        repair: { kind: 'exponential', p1: 12, p2: 0 },
    },
    'Overnet03/weibull': {
        timeBetweenFailures: { kind: 'weibull', p1: 0.85, p2: 2.04 },
        repair: { kind: 'weibull', p1: 0.44, p2: 2.98 },
    },
    'Overnet03/lognormal': {
        timeBetweenFailures: { kind: 'lognormal', p1: 0.19, p2: 0.98 },
        repair: { kind: 'lognormal', p1: 0.08, p2: 1.8 },
    },
    'Overnet03/gamma': {
        timeBetweenFailures: { kind: 'gamma', p1: 0.91, p2: 2.53 },
        repair: { kind: 'gamma', p1: 0.29, p2: 41.64 },
    },
    'Pl05/exponential': {
        timeBetweenFailures: { kind: 'exponential', p1: 159.49, p2: 0 },
        repair: { kind: 'exponential', p1: 49.61, p2: 0 },
    },
    'Pl05/weibull': {
        timeBetweenFailures: { kind: 'weibull', p1: 0.33, p2: 19.35 },
        repair: { kind: 'weibull', p1: 0.36, p2: 5.59 },
    },
    'Pl05/lognormal': {
        timeBetweenFailures: { kind: 'lognormal', p1: 1.44, p2: 2.86 },
        repair: { kind: 'lognormal', p1: 0.4, p2: 2.45 },
    },
    'Pl05/gamma': {
        timeBetweenFailures: { kind: 'gamma', p1: 0.2, p2: 788.03 },
        repair: { kind: 'gamma', p1: 0.21, p2: 237.65 },
    },
    'Skype06/exponential': {
        timeBetweenFailures: { kind: 'exponential', p1: 16.27, p2: 0 },
        repair: { kind: 'exponential', p1: 14.31, p2: 0 },
    },
    'Skype06/weibull': {
        timeBetweenFailures: { kind: 'weibull', p1: 0.64, p2: 10.86 },
        repair: { kind: 'weibull', p1: 0.63, p2: 9.48 },
    },
    'Skype06/lognormal': {
        timeBetweenFailures: { kind: 'lognormal', p1: 1.6, p2: 1.57 },
        repair: { kind: 'lognormal', p1: 1.4, p2: 1.73 },
    },
    'Skype06/gamma': {
        timeBetweenFailures: { kind: 'gamma', p1: 0.53, p2: 30.79 },
        repair: { kind: 'gamma', p1: 0.5, p2: 28.53 },
    },
    'Websites02/exponential': {
        timeBetweenFailures: { kind: 'exponential', p1: 11.85, p2: 0 },
        repair: { kind: 'exponential', p1: 1.18, p2: 0 },
    },
    'Websites02/weibull': {
        timeBetweenFailures: { kind: 'weibull', p1: 0.46, p2: 3.68 },
        repair: { kind: 'weibull', p1: 0.65, p2: 0.61 },
    },
    'Websites02/lognormal': {
        timeBetweenFailures: { kind: 'lognormal', p1: 0.23, p2: 2.02 },
        repair: { kind: 'lognormal', p1: -1.12, p2: 1.13 },
    },
    'Websites02/gamma': {
        timeBetweenFailures: { kind: 'gamma', p1: 0.31, p2: 38.67 },
        repair: { kind: 'gamma', p1: 0.5, p2: 2.37 },
    },
};
/** Preset keys in file order (trace, then exponential, Weibull, lognormal, gamma). */
export const FTA_PRESET_NAMES = Object.freeze(Object.keys(FTA_PRESETS));
/**
 * The preset named "<trace>/<distribution>"; the name is matched without regard to case
 * ("Lanl05/Weibull" finds "Lanl05/weibull"). Undefined for unknown names.
 */
export function ftaPreset(name) {
    if (Object.hasOwn(FTA_PRESETS, name))
        return FTA_PRESETS[name];
    const lower = name.toLowerCase();
    const key = FTA_PRESET_NAMES.find((k) => k.toLowerCase() === lower);
    return key === undefined ? undefined : FTA_PRESETS[key];
}
//# sourceMappingURL=fta-presets.js.map