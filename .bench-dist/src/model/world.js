export function f64(n, fill = 0) {
    const a = new Float64Array(n);
    if (fill !== 0)
        a.fill(fill);
    return a;
}
export function i32(n, fill = 0) {
    const a = new Int32Array(n);
    if (fill !== 0)
        a.fill(fill);
    return a;
}
//# sourceMappingURL=world.js.map