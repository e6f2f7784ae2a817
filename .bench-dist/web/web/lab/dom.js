export function el(tag, attrs = {}, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
        if (k === 'class')
            e.className = v;
        else
            e.setAttribute(k, v);
    }
    for (const c of children)
        if (c !== null && c !== undefined && c !== false)
            e.append(typeof c === 'string' ? document.createTextNode(c) : c);
    return e;
}
export function button(label, onClick, attrs = {}) {
    const b = el('button', { type: 'button', ...attrs }, label);
    b.addEventListener('click', onClick);
    return b;
}
export function select(options, value, attrs = {}) {
    const s = el('select', attrs);
    for (const [v, label] of options) {
        const o = el('option', { value: v }, label);
        if (v === value)
            o.selected = true;
        s.append(o);
    }
    return s;
}
export function setText(e, text) {
    if (e.textContent !== text)
        e.textContent = text;
}
/** Simulated time as d hh:mm from the run's start. */
export function clock(ms) {
    const s = Math.floor(ms / 1000);
    const d = Math.floor(s / 86400);
    const hh = String(Math.floor((s % 86400) / 3600)).padStart(2, '0');
    const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
    const ss = String(s % 60).padStart(2, '0');
    return `${d > 0 ? `day ${d + 1}, ` : ''}${hh}:${mm}:${ss}`;
}
export function fmt(x, digits = 1) {
    if (!Number.isFinite(x))
        return '–';
    return x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
/** The last path segment of an id ("dc1/slots/esx-001" → "esx-001"). */
export function short(id) {
    return id.slice(id.lastIndexOf('/') + 1);
}
/** A length of simulated time in words ("1 day", "8 h", "5 min"). */
export function span(ms) {
    if (ms % 86400000 === 0)
        return `${ms / 86400000} day${ms === 86400000 ? '' : 's'}`;
    if (ms % 3600000 === 0)
        return `${ms / 3600000} h`;
    if (ms % 60000 === 0)
        return `${ms / 60000} min`;
    return `${ms / 1000} s`;
}
