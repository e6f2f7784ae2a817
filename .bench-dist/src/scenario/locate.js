/**
 * Maps a path in the parsed data (`['clusters', 0, 'hosts', 1, 'memoryGiB']`) back to a
 * 1-based line and column in the source text, so every problem can point into the file.
 */
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
/** Converts a character offset to a 1-based position; `undefined` for offsets the parser did not track. */
export function positionOf(lineCounter, offset) {
    if (offset < 0)
        return undefined;
    const { line, col } = lineCounter.linePos(offset);
    // line 0 means "before the first recorded newline"; the parser records offset 0, so this
    // only happens for inputs it never saw.
    return line === 0 ? { line: 1, column: offset + 1 } : { line, column: col };
}
function startOf(node) {
    return node?.range ? node.range[0] : undefined;
}
function isEmptyScalar(node) {
    return isScalar(node) && node.value === null && node.range !== null && node.range !== undefined && node.range[0] === node.range[1];
}
function keyMatches(key, segment) {
    const value = isScalar(key) ? key.value : key;
    return String(value) === String(segment);
}
/**
 * The position of the node at `path`, or of its deepest existing ancestor when the path
 * leaves the document (a missing required key points at the map that should hold it).
 * Returns `undefined` only for an empty document.
 */
export function locate(doc, lineCounter, path, target = 'value') {
    let node = doc.contents;
    let best = startOf(doc.contents);
    for (let i = 0; i < path.length; i++) {
        if (isAlias(node))
            node = node.resolve(doc);
        const segment = path[i];
        const last = i === path.length - 1;
        if (isMap(node)) {
            const pair = node.items.find((p) => keyMatches(p.key, segment));
            if (!pair)
                break;
            const keyStart = startOf(pair.key);
            // An empty value (`memoryGiB:`) is a zero-width null scalar after the colon; its key
            // is the better place to point at.
            const valueStart = isEmptyScalar(pair.value) ? undefined : startOf(pair.value);
            if (last && target === 'key')
                return at(lineCounter, keyStart ?? best);
            best = valueStart ?? keyStart ?? best;
            node = pair.value;
        }
        else if (isSeq(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (item === undefined)
                break;
            best = startOf(item) ?? best;
            node = item;
        }
        else {
            break;
        }
    }
    return at(lineCounter, best);
}
function at(lineCounter, offset) {
    return offset === undefined ? undefined : positionOf(lineCounter, offset);
}
//# sourceMappingURL=locate.js.map