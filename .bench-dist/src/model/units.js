export const MIB_PER_GIB = 1024;
//# sourceMappingURL=units.js.map