export {};
//# sourceMappingURL=inventory.js.map