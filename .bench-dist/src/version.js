/** dcsim's version, written into every report (a test keeps it equal to package.json). */
export const VERSION = '0.1.0';
//# sourceMappingURL=version.js.map