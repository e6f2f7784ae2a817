import { describeValue } from './wording.js';
import { expectationOf } from './expectation.js';
import { Duration } from './schema.js';
import { isMissingKey, knownKeys, schemaAt, valueAt, wraps } from './schema-walk.js';
import { didYouMean } from './suggest.js';
/** Every issue as one or more problems (an unknown-keys issue yields one per key). */
export function problemsFromIssues(issues, root, raw) {
    const ctx = { root, raw };
    return issues.flatMap((issue) => fromIssue(issue, [], ctx));
}
function fromIssue(issue, prefix, ctx) {
    const path = [...prefix, ...issue.path];
    switch (issue.code) {
        case 'unrecognized_keys':
            return issue.keys.map((key) => unknownKey(path, key, ctx));
        case 'invalid_key':
        case 'invalid_element':
            return [invalidKey(issue, path)];
        case 'invalid_union': {
            const expected = expectationOf(issue, schemaAt(ctx.root, ctx.raw, path));
            if (expected !== undefined)
                return [withFound(path, expected, ctx)];
            return closestBranch(issue.errors, path, ctx);
        }
        default: {
            const schema = schemaAt(ctx.root, ctx.raw, path);
            const expected = expectationOf(issue, schema);
            if (expected === undefined)
                return [{ path, message: issue.message }];
            const problem = withFound(path, expected, ctx);
            if (needsQuotes(issue, schema, valueAt(ctx.raw, path)))
                problem.message += ' (put it in quotes to make it text)';
            return [problem];
        }
    }
}
function unknownKey(parent, key, ctx) {
    const known = knownKeys(ctx.root, ctx.raw, parent);
    const hint = didYouMean(key, known);
    const allowed = hint === '' && known.length > 0 ? `; allowed keys: ${known.join(', ')}` : '';
    return { path: [...parent, key], message: `unknown key '${key}'${hint}${allowed}`, target: 'key' };
}
function invalidKey(issue, path) {
    const key = path[path.length - 1];
    const inner = issue.issues[0];
    const expected = inner ? expectationOf(inner, undefined) : undefined;
    const what = expected ? `: expected ${expected.what}` : '';
    return { path, message: `invalid key ${describeValue(String(key))}${what}`, target: 'key' };
}
/**
 * A union whose branches failed deeper inside (objects): report the branch that got
 * furthest, i.e. has the fewest issues, as if it were the only option.
 */
function closestBranch(branches, path, ctx) {
    const best = [...branches].sort((a, b) => a.length - b.length)[0];
    if (best === undefined || best.length === 0)
        return [{ path, message: `expected a valid value, received ${describeValue(valueAt(ctx.raw, path))}` }];
    return best.flatMap((issue) => fromIssue(issue, path, ctx));
}
/**
 * YAML reads `path: 20110303` or `name: 2024` as a number; where text is wanted, say how to
 * write it. Not for durations, where quoting a bare number would not help.
 */
function needsQuotes(issue, schema, value) {
    return (issue.code === 'invalid_type' &&
        issue.expected === 'string' &&
        !wraps(schema, Duration) &&
        (typeof value === 'number' || typeof value === 'boolean'));
}
/** Adds what was found: the raw value, or that the key is missing. */
function withFound(path, expected, ctx) {
    const last = path[path.length - 1];
    if (typeof last === 'string' && isMissingKey(ctx.raw, path)) {
        return { path, message: `missing required key '${last}': expected ${expected.what}` };
    }
    const found = `received ${describeValue(valueAt(ctx.raw, path))}`;
    if (expected.keyed && typeof last === 'string')
        return { path, message: `expected ${last} to be ${expected.what}, ${found}` };
    return { path, message: `expected ${expected.what}, ${found}` };
}
//# sourceMappingURL=issue-problems.js.map