export declare function benchKernelHold(pending: number, operations: number): {
    eventsPerSecond: number;
    seconds: number;
};
