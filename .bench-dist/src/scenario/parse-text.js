/**
 * Source text → YAML document with positions, and plain data for validation.
 *
 * JSON is parsed by the YAML parser too (JSON is nearly a subset of YAML 1.2), so line
 * numbers work the same for both; the detected format only changes how problems are worded.
 */
import { isCollection, LineCounter, parseDocument, visit } from 'yaml';
import { positionOf } from './locate.js';
/** By content, not extension: a document whose first non-blank character opens `{` or `[` is JSON. */
export function detectFormat(text) {
    const first = /\S/.exec(text.replace(/^\uFEFF/, ''));
    return first !== null && (first[0] === '{' || first[0] === '[') ? 'json' : 'yaml';
}
/** A key token (quoted or plain) starting at `offset`, as written. */
const KEY_TOKEN = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s:,{}[\]]+)/;
function keyAt(text, offset) {
    return KEY_TOKEN.exec(text.slice(offset, offset + 200))?.[0];
}
/**
 * A document nested thousands of levels deep exhausts the parser's stack; a scenario nests
 * about six levels, so such a file is refused in those words, not with the engine's message.
 */
const TOO_DEEP = 'the document is nested far deeper than any scenario (thousands of levels of lists or mappings); expected a scenario mapping a few levels deep';
function isTooDeep(message) {
    return /call stack|too much recursion/i.test(message);
}
function reword(error, text, format) {
    const kind = format === 'json' ? 'JSON' : 'YAML';
    const start = error.pos[0];
    switch (error.code) {
        case 'DUPLICATE_KEY': {
            const key = start >= 0 ? keyAt(text, start) : undefined;
            const named = key === undefined ? '' : ` ${key.startsWith('"') || key.startsWith("'") ? key : `'${key}'`}`;
            return `duplicate key${named}: each key may appear only once in a mapping`;
        }
        case 'MULTIPLE_DOCS':
            return 'expected one YAML document, found more than one (a second "---")';
        default: {
            const first = error.message.split('\n')[0] ?? error.message;
            if (isTooDeep(first))
                return TOO_DEEP;
            return `${kind} syntax error: ${first}`;
        }
    }
}
function toProblem(error, text, file, format, lineCounter) {
    const pos = positionOf(lineCounter, error.pos[0]);
    const problem = { file, path: '', message: reword(error, text, format) };
    if (pos) {
        problem.line = pos.line;
        problem.column = pos.column;
    }
    return problem;
}
/** Parses `text`; never throws. `file` only labels the problems. */
export function parseText(text, file) {
    const format = detectFormat(text);
    const lineCounter = new LineCounter();
    // prettyErrors off: positions come from the line counter and messages stay one line.
    // Merge keys (`<<: *base`) let a scenario declare variants of one cluster without repeating it.
    // logLevel 'error': the parser's own warnings go to `doc.warnings`, never to the process.
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true, logLevel: 'error' });
    const problems = doc.errors.map((e) => toProblem(e, text, file, format, lineCounter));
    problems.push(...collectionKeys(doc, file, lineCounter));
    const warnings = doc.warnings.map((e) => toProblem(e, text, file, format, lineCounter));
    let raw;
    if (problems.length === 0) {
        try {
            raw = doc.toJS({ maxAliasCount: 1000 });
        }
        catch (err) {
            const message = err.message;
            problems.push({ file, path: '', message: isTooDeep(message) ? TOO_DEEP : `cannot read the document: ${message}` });
        }
    }
    return { format, doc, lineCounter, raw, problems, warnings };
}
/** Mapping keys that are lists or mappings (`? [a, b]: c`): no scenario key is one. */
function collectionKeys(doc, file, lineCounter) {
    const out = [];
    visit(doc, {
        Pair(_, pair) {
            if (isCollection(pair.key)) {
                const pos = positionOf(lineCounter, pair.key.range?.[0] ?? 0);
                const problem = { file, path: '', message: 'a mapping key is a list or a mapping; keys are plain names such as "hosts"' };
                if (pos) {
                    problem.line = pos.line;
                    problem.column = pos.column;
                }
                out.push(problem);
            }
        },
    });
    return out;
}
//# sourceMappingURL=parse-text.js.map