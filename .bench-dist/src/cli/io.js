/** Documented exit codes (README, "Exit codes"). */
export const EXIT = {
    ok: 0,
    internal: 1,
    usage: 2,
    invalidScenario: 3,
    outputExists: 4,
    /** A service the command needs (Redis, for a distributed sweep) cannot be reached. */
    unavailable: 5,
};
//# sourceMappingURL=io.js.map