export interface Figure {
    readonly name: string;
    readonly value: number;
    readonly unit: string;
}
/** Folder of the floor scripts, or null (with the path looked at) when it is absent. */
export declare function floorDir(): {
    dir: string | null;
    looked: string;
};
/** Parses one `name: value unit` line (any trailing text after the unit is ignored). */
export declare function parseFigure(line: string): Figure;
/** Runs `script` from the floor folder with numeric arguments and returns its figure. */
export declare function runFloor(dir: string, script: 'heap-floor.mjs' | 'cpu-floor.mjs', args: readonly number[]): Figure;
