export const POWER_MODELS = ['linear', 'square', 'cubic', 'sqrt', 'specpower'];
export const PM_LINEAR = 0;
export const PM_SQUARE = 1;
export const PM_CUBIC = 2;
export const PM_SQRT = 3;
export const PM_TABLE = 4;
function clamp01(u) {
    return u < 0 ? 0 : u > 1 ? 1 : u;
}
export function linearPower(idleW, maxW, utilisation) {
    return idleW + (maxW - idleW) * clamp01(utilisation);
}
/** Linear interpolation in an 11-point table (watts at 0, 10, …, 100 %) stored at table[offset…]. */
export function tablePower(table, offset, utilisation) {
    const x = clamp01(utilisation) * 10;
    const k = x >= 10 ? 9 : Math.floor(x);
    const a = table[offset + k];
    return a + (table[offset + k + 1] - a) * (x - k);
}
/** Power of a model given by its code; `table` is read only for PM_TABLE. */
export function modelPower(kind, idleW, maxW, table, offset, utilisation) {
    const u = clamp01(utilisation);
    switch (kind) {
        case PM_SQUARE:
            return idleW + (maxW - idleW) * u * u;
        case PM_CUBIC:
            return idleW + (maxW - idleW) * u * u * u;
        case PM_SQRT:
            return idleW + (maxW - idleW) * Math.sqrt(u);
        case PM_TABLE:
            return tablePower(table, offset, u);
        default:
            return idleW + (maxW - idleW) * u;
    }
}
//# sourceMappingURL=models.js.map