/** JSON as written to report files: two-space indent and a final newline; key order is insertion order, so the same data always gives the same bytes. */
export declare function stableJson(value: unknown): string;
