/**
 * Inventory names made into scenario names (they become parts of ids such as
 * dc1/cluster-a/esx-003, so only letters, digits, ".", "_" and "-"), kept distinct.
 */
/** `name` with every other character replaced by "-", never empty, starting with a letter or digit. */
export declare function scenarioName(name: string, fallback: string): string;
/** Hands out names unique within one scope: a repeated one gets "-2", "-3", … */
export declare class NameScope {
    private readonly used;
    take(name: string): string;
}
