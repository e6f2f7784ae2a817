import { MARKER } from './ownership.js';
export { OutputExistsError, OutputNotOursError, OutputWriteError } from './ownership.js';
/**
 * mkdir -p, one component at a time: Node's recursive mkdir can loop forever on some file
 * systems (seen on /proc), and a failure here must name the folder and the reason.
 */
export declare function makeDirs(dir: string, forWhat?: string): void;
/**
 * Removes temp folders in `parent` left by dcsim processes that no longer exist (killed with
 * SIGKILL, or the machine stopped). Only folders named as dcsim names them *and* holding its
 * marker are removed; returns their names.
 */
export declare function removeStaleTemps(parent: string): string[];
export declare class AtomicDir {
    readonly target: string;
    private readonly force;
    private readonly kind;
    readonly tmp: string;
    private done;
    /** Stale temp folders of dead processes removed beside the target when this one was made. */
    readonly staleRemoved: readonly string[];
    /**
     * @param tag names the temp folder; the process id in real use, so that a later run can tell
     * a temp folder of a dead process from one being written.
     * @param kind what the folder is (written in its marker).
     */
    constructor(target: string, force: boolean, tag: string, kind?: string);
    file(name: string): string;
    /**
     * Move the finished folder into place. The target is checked again (something may have
     * appeared there while the run went on); an old folder of ours is renamed aside, the new one
     * renamed in, and only then the old one removed.
     */
    commit(): void;
    abort(): void;
}
/** Write one file atomically (temp file + rename). */
export declare function writeFileAtomic(file: string, data: string): void;
export { MARKER };
