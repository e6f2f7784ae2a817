/**
 * What a zod issue says was expected, in plain words ("a number greater than 0",
 * "one of first-fit, best-fit, …"), without the "received" part.
 */
import { z } from 'zod';
import { Duration, Name } from './schema.js';
import { unwrapChain, wraps } from './schema-walk.js';
import { listWords } from './wording.js';
const DURATION = 'a duration such as "300s", "5m", "1h", "7d" or "1w"';
const NAME = 'a name of letters, digits, ".", "_" or "-" (starting with a letter or digit)';
const DATETIME = 'an ISO 8601 date-time with a UTC offset, such as "2026-01-05T00:00:00Z"';
const TYPE_WORDS = {
    string: 'a string',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'a mapping of keys to values',
    record: 'a mapping of keys to values',
    array: 'a list',
    null: 'null',
};
function isIntSchema(schema) {
    if (schema === undefined)
        return false;
    return unwrapChain(schema).some((s) => s instanceof z.ZodNumber && s.isInt === true);
}
function isDatetime(schema) {
    return schema !== undefined && unwrapChain(schema).some((s) => s instanceof z.ZodISODateTime);
}
/** The words for a kind of value, using the schema for named kinds (durations, names, dates). */
function typeWords(expected, schema) {
    if (wraps(schema, Duration))
        return DURATION;
    if (wraps(schema, Name))
        return NAME;
    if (isDatetime(schema))
        return DATETIME;
    if (expected === 'number' && isIntSchema(schema))
        return TYPE_WORDS.int;
    return TYPE_WORDS[expected] ?? `a value of type ${expected}`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 || n === 1n ? '' : 's'}`;
}
function bound(issue, schema) {
    const small = issue.code === 'too_small';
    const limit = small ? issue.minimum : issue.maximum;
    const inclusive = issue.inclusive !== false;
    const relation = issue.exact ? 'exactly' : small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'fewer than';
    switch (issue.origin) {
        case 'array':
        case 'set':
            return `a list of ${relation} ${plural(limit, 'item')}`;
        case 'string':
            if (small && Number(limit) === 1 && inclusive && !issue.exact)
                return 'a non-empty string';
            return `a string of ${relation} ${plural(limit, 'character')}`;
        default: {
            const kind = isIntSchema(schema) ? 'a whole number' : 'a number';
            if (issue.exact)
                return `${kind} equal to ${limit}`;
            if (small)
                return inclusive ? `${kind} of at least ${limit}` : `${kind} greater than ${limit}`;
            return inclusive ? `${kind} of at most ${limit}` : `${kind} less than ${limit}`;
        }
    }
}
/** Allowed literal values as the user writes them: strings bare, others as JSON. */
export function renderValues(values) {
    const words = values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    return words.length === 1 ? words[0] : `one of ${words.join(', ')}`;
}
/** A message a schema author wrote as "expected …", reused without its first word. */
function authored(message) {
    return message.startsWith('expected ') ? message.slice('expected '.length) : undefined;
}
/**
 * The expectation behind one issue at the position it was raised (union branches pass
 * their own issues here). `schema` is the schema at the issue's path, when known.
 * Returns `undefined` for issue kinds that need more than one phrase (handled by the caller).
 */
export function expectationOf(issue, schema) {
    switch (issue.code) {
        case 'invalid_type':
            return { what: typeWords(issue.expected, schema), keyed: false };
        case 'too_small':
        case 'too_big':
            return { what: bound(issue, schema), keyed: false };
        case 'invalid_format':
            if (issue.format === 'datetime')
                return { what: DATETIME, keyed: false };
            return {
                what: authored(issue.message) ?? (issue.format === 'regex' ? `a string matching ${issue.pattern}` : `a valid ${issue.format}`),
                keyed: false,
            };
        case 'not_multiple_of':
            return { what: `a multiple of ${issue.divisor}`, keyed: false };
        case 'invalid_value':
            return { what: renderValues(issue.values), keyed: issue.values.length > 1 };
        case 'invalid_union':
            if (issue.discriminator !== undefined && 'options' in issue && issue.options !== undefined) {
                return { what: renderValues(issue.options), keyed: true };
            }
            return unionExpectation(issue.errors);
        case 'custom':
            return { what: authored(issue.message) ?? issue.message, keyed: false };
        default:
            return undefined;
    }
}
/**
 * One phrase for a union whose branches each failed at the value itself, e.g. "one of low,
 * normal, high or a number greater than 0". `undefined` when a branch failed deeper inside.
 */
export function unionExpectation(branches) {
    const values = [];
    const phrases = [];
    for (const branch of branches) {
        const first = branch[0];
        if (first === undefined || first.path.length > 0)
            return undefined;
        if (first.code === 'invalid_value') {
            values.push(...first.values);
            continue;
        }
        const e = expectationOf(first, undefined);
        if (e === undefined)
            return undefined;
        if (!phrases.includes(e.what))
            phrases.push(e.what);
    }
    if (phrases.length === 0)
        return { what: renderValues(values), keyed: values.length > 1 };
    const all = values.length > 0 ? [renderValues(values), ...phrases] : phrases;
    return { what: listWords(all), keyed: false };
}
//# sourceMappingURL=expectation.js.map