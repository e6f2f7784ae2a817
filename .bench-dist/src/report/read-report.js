import { InputFileError, readInputText } from '../scenario/input-file.js';
/** report.json of the largest runs the limits allow stays well below this. */
const MAX_REPORT_BYTES = 2 * 1024 ** 3;
import { REPORT_VERSION, ReportSchema } from './schema.js';
export class ReportFileError extends Error {
    file;
    constructor(file, why) {
        super(`${file}: ${why}`);
        this.file = file;
    }
}
const MAX_ISSUES = 5;
/** Reads `location`; errors name the file as `file` (default: the location). */
export function readReportFile(location, file = location) {
    let text;
    try {
        text = readInputText(location, MAX_REPORT_BYTES);
    }
    catch (err) {
        if (err instanceof InputFileError)
            throw new ReportFileError(file, err.reason);
        throw err;
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new ReportFileError(file, `not valid JSON (${err.message})`);
    }
    const head = (data ?? {});
    if (typeof data !== 'object' || data === null || head.schema !== 'dcsim-report') {
        throw new ReportFileError(file, "not a dcsim report (expected \"schema\": \"dcsim-report\")");
    }
    if (head.version !== REPORT_VERSION) {
        throw new ReportFileError(file, `report version ${JSON.stringify(head.version)}, but this dcsim reads version ${REPORT_VERSION}; run its scenario again to write a current report`);
    }
    const parsed = ReportSchema.safeParse(data);
    if (!parsed.success) {
        const issues = parsed.error.issues;
        const lines = issues.slice(0, MAX_ISSUES).map((i) => `  ${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`);
        if (issues.length > MAX_ISSUES)
            lines.push(`  … ${issues.length - MAX_ISSUES} more`);
        throw new ReportFileError(file, `does not match the report schema (version ${REPORT_VERSION}):\n${lines.join('\n')}`);
    }
    return parsed.data;
}
//# sourceMappingURL=read-report.js.map