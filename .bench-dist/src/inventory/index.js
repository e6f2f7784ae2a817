/** Inventory import: an RVTools export read, checked and written as a dcsim scenario. */
export { readRvtools } from './read-rvtools.js';
export { writeScenario, IMPORT_HEADER } from './write-scenario.js';
export { InventoryError } from './table.js';
//# sourceMappingURL=index.js.map