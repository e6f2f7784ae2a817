const INT = /^-?\d+$/;
/** `MemTotal:       24683620 kB` lines → KiB (HugePages_* counts as they are). */
export function parseMeminfo(text) {
    const value = new Map();
    const bad = [];
    text.split('\n').forEach((raw, i) => {
        const line = raw.trim();
        if (line === '')
            return;
        const m = /^([A-Za-z0-9_()]+):\s+(\d+)(?:\s+kB)?$/.exec(line);
        if (!m)
            bad.push({ line: i + 1, message: `expected "Name: value kB" as in /proc/meminfo, found ${JSON.stringify(line.slice(0, 40))}` });
        else
            value.set(m[1], Number(m[2]));
    });
    return { value, bad };
}
/** /proc/stat: the aggregate `cpu` line (ticks) and the number of `cpuN` lines. */
export function parseProcStat(text) {
    let ticks = null;
    let cpus = 0;
    const bad = [];
    text.split('\n').forEach((raw, i) => {
        const f = raw.trim().split(/\s+/);
        if (f[0] === 'cpu') {
            const nums = f.slice(1).map(Number);
            if (nums.length < 4 || nums.some((x) => !Number.isFinite(x) || x < 0)) {
                bad.push({ line: i + 1, message: `expected "cpu" and at least 4 tick counts, found ${JSON.stringify(raw.trim().slice(0, 40))}` });
            }
            else
                ticks = [...nums, ...new Array(Math.max(0, 10 - nums.length)).fill(0)].slice(0, 10);
        }
        else if (/^cpu\d+$/.test(f[0]))
            cpus++;
    });
    return { value: { ticks, cpus: cpus > 0 ? cpus : null }, bad };
}
/** `name value` lines (/proc/vmstat) or `name=value` lines (a KSM dump); non-numeric values are skipped. */
export function parseCounters(text, separator) {
    const value = new Map();
    const bad = [];
    text.split('\n').forEach((raw, i) => {
        const line = raw.trim();
        if (line === '')
            return;
        const at = separator === '=' ? line.indexOf('=') : line.search(/\s/);
        if (at <= 0) {
            bad.push({ line: i + 1, message: `expected "name${separator === '=' ? '=' : ' '}value", found ${JSON.stringify(line.slice(0, 40))}` });
            return;
        }
        const v = line.slice(at + 1).trim();
        if (INT.test(v))
            value.set(line.slice(0, at).trim(), Number(v));
    });
    return { value, bad };
}
/** `virsh nodeinfo` output: CPU(s), CPU frequency, Memory size. */
export function parseNodeinfo(text) {
    const get = (label) => {
        const m = new RegExp(`^\\s*${label}:\\s*(.+?)\\s*$`, 'm').exec(text);
        return m?.[1];
    };
    const cpus = get('CPU\\(s\\)');
    const freq = get('CPU frequency');
    const mem = get('Memory size');
    if (cpus === undefined && freq === undefined && mem === undefined)
        return null;
    const num = (s) => {
        const n = s === undefined ? NaN : Number.parseFloat(s);
        return Number.isFinite(n) && n > 0 ? n : null;
    };
    return { cpus: num(cpus), mhz: num(freq), memoryKiB: num(mem), from: 'virsh nodeinfo' };
}
/** The header of `virt-top`: `virt-top 11:07:39 - x86_64 48/48CPU 2799MHz 257749MB ...`. */
export function parseVirtTopHeader(line) {
    const m = /^virt-top \S+ - \S+ (\d+)\/(\d+)CPU (\d+)MHz (\d+)MB/.exec(line.trim());
    if (!m)
        return null;
    return { cpus: Number(m[2]), mhz: Number(m[3]), memoryKiB: Number(m[4]) * 1024, from: 'virt-top header' };
}
//# sourceMappingURL=proc-files.js.map