/**
 * PlanetLab/CoMon trace files as shipped with CloudSim: one CPU utilisation percentage per
 * line (integers in the published files; decimals accepted), sampled every 300 s.
 */
import { capProblems, contentLines, parsePercent, quoteFound } from './lines.js';
/** Parses one file's text; every malformed line is reported (capped, see `capProblems`). */
export function parsePlanetLab(text) {
    const lines = contentLines(text);
    const cpu = new Float32Array(lines.length);
    const problems = [];
    if (lines.length === 0) {
        return { cpu, problems: [{ line: 1, message: 'expected one CPU percentage 0-100 per line, found an empty file' }] };
    }
    lines.forEach((line, i) => {
        if (line.trim() === '') {
            problems.push({ line: i + 1, message: 'expected a CPU percentage 0-100, found a blank line (only trailing blank lines are allowed)' });
            return;
        }
        const pct = parsePercent(line);
        if (pct === undefined)
            problems.push({ line: i + 1, message: `expected a CPU percentage 0-100, found ${quoteFound(line.trim())}` });
        else
            cpu[i] = pct / 100;
    });
    return { cpu, problems: capProblems(problems) };
}
//# sourceMappingURL=parse-planetlab.js.map