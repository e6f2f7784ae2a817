export {};
//# sourceMappingURL=failure-distribution.js.map