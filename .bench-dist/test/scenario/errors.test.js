import { describe, expect, it } from 'vitest';
import { ScenarioError, formatDuration, formatProblem, renderPath } from '../../src/scenario/index.js';
import { editDistance, suggest } from '../../src/scenario/suggest.js';
describe('renderPath', () => {
    it('uses dots for keys, [i] for indices, (root) for the empty path and quotes odd keys', () => {
        expect(renderPath(['clusters', 0, 'hosts', 1, 'memoryGiB'])).toBe('clusters[0].hosts[1].memoryGiB');
        expect(renderPath([])).toBe('(root)');
        expect(renderPath(['templates', 'web.large', 'vcpus'])).toBe('templates["web.large"].vcpus');
    });
});
describe('formatProblem', () => {
    it('writes file:line:column: path: message and leaves out what is unknown', () => {
        const p = { file: 'scenarios/x.yaml', path: 'clusters[0].hosts[1].memoryGiB', line: 12, column: 5, message: 'expected a number greater than 0, received -4' };
        expect(formatProblem(p)).toBe('scenarios/x.yaml:12:5: clusters[0].hosts[1].memoryGiB: expected a number greater than 0, received -4');
        expect(formatProblem({ file: 'a/vm1', path: '', line: 17, message: 'm' })).toBe('a/vm1:17: m');
        expect(formatProblem({ file: 'x.yaml', path: '', message: 'm' })).toBe('x.yaml: m');
    });
});
describe('ScenarioError', () => {
    it('lists every problem under a count line', () => {
        const e = new ScenarioError('x.yaml', [
            { file: 'x.yaml', path: 'a', line: 1, column: 1, message: 'one' },
            { file: 'x.yaml', path: 'b', line: 2, column: 3, message: 'two' },
        ]);
        expect(e.message.split('\n')).toEqual(['x.yaml: 2 problems', '  x.yaml:1:1: a: one', '  x.yaml:2:3: b: two']);
        expect(e.problems).toHaveLength(2);
        expect(e).toBeInstanceOf(Error);
    });
});
describe('suggest', () => {
    it('offers the closest key within edit distance 2, counting a swap as one edit', () => {
        expect(editDistance('memoryGB', 'memoryGiB')).toBe(1);
        expect(editDistance('memroy', 'memory')).toBe(1);
        expect(suggest('memoryGB', ['vcpus', 'memoryGiB', 'cpu'])).toBe('memoryGiB');
        expect(suggest('Count', ['count'])).toBe('count');
        expect(suggest('colour', ['name', 'duration'])).toBeUndefined();
        expect(suggest('ab', ['on'])).toBeUndefined();
    });
});
describe('formatDuration', () => {
    it('writes ms in the largest exact unit', () => {
        expect(formatDuration(300_000)).toBe('5m');
        expect(formatDuration(86_400_000)).toBe('1d');
        expect(formatDuration(90_000)).toBe('90s');
        expect(formatDuration(1500)).toBe('1500ms');
    });
});
//# sourceMappingURL=errors.test.js.map