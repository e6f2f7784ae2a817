/**
 * Writes an output folder atomically: everything goes into a hidden temp folder beside the
 * target, `.<name>.tmp-<pid>`, renamed into place only when complete. What may be replaced is
 * decided by `ownership.ts` before anything is written. A temp folder is removed when its run
 * fails, when the process is interrupted (SIGINT / SIGTERM, through `removeLiveTemps`), and,
 * after a SIGKILL or a power cut, by the next dcsim writing beside it once the process that
 * made it no longer exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkReplaceableFolder, MARKER, OutputWriteError, readMarker, recordInMarker, writeMarker } from './ownership.js';
import { forgetLiveTemp, registerLiveTemp } from './live-temps.js';

export { OutputExistsError, OutputNotOursError, OutputWriteError } from './ownership.js';

/**
 * mkdir -p, one component at a time: Node's recursive mkdir can loop forever on some file
 * systems (seen on /proc), and a failure here must name the folder and the reason.
 */
export function makeDirs(dir: string, forWhat: string = dir): void {
  const missing: string[] = [];
  let at = path.resolve(dir);
  while (!fs.existsSync(at)) {
    missing.push(at);
    const up = path.dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const d of missing.reverse()) {
    try {
      fs.mkdirSync(d);
    } catch (err) {
      throw new OutputWriteError(forWhat, (err as NodeJS.ErrnoException).code ?? (err as Error).message);
    }
  }
}

/** Whether process `pid` exists (EPERM: it exists under another user). */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const TEMP_NAME = /^\..+\.tmp-(\d+)(?:\.old)?$/;

/**
 * Removes temp folders in `parent` left by dcsim processes that no longer exist (killed with
 * SIGKILL, or the machine stopped). Only folders named as dcsim names them *and* holding its
 * marker are removed; returns their names.
 */
export function removeStaleTemps(parent: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.sort()) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || processExists(pid)) continue;
    const dir = path.join(parent, name);
    try {
      if (!fs.lstatSync(dir).isDirectory() || readMarker(dir) === null) continue;
      fs.rmSync(dir, { recursive: true, force: true });
      removed.push(name);
    } catch {
      /* another process may be removing it at the same moment: leave it */
    }
  }
  return removed;
}

export class AtomicDir {
  readonly tmp: string;
  private done = false;
  /** Stale temp folders of dead processes removed beside the target when this one was made. */
  readonly staleRemoved: readonly string[];

  /**
   * @param tag names the temp folder; the process id in real use, so that a later run can tell
   * a temp folder of a dead process from one being written.
   * @param kind what the folder is (written in its marker).
   */
  constructor(
    readonly target: string,
    private readonly force: boolean,
    tag: string,
    private readonly kind = 'run report',
  ) {
    checkReplaceableFolder(target, force);
    makeDirs(path.dirname(target), target);
    this.staleRemoved = removeStaleTemps(path.dirname(target));
    this.tmp = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${tag}`);
    if (fs.existsSync(this.tmp)) {
      // Our own name: only a temp folder of ours may be there (a retry in the same process).
      if (readMarker(this.tmp) === null) throw new OutputWriteError(target, `${this.tmp} exists and is not a dcsim temp folder`);
      fs.rmSync(this.tmp, { recursive: true, force: true });
    }
    try {
      fs.mkdirSync(this.tmp);
      writeMarker(this.tmp, kind, 'in-progress');
    } catch (err) {
      throw new OutputWriteError(target, (err as NodeJS.ErrnoException).code ?? (err as Error).message);
    }
    registerLiveTemp(this.tmp);
  }

  file(name: string): string {
    return path.join(this.tmp, name);
  }

  /**
   * Move the finished folder into place. The target is checked again (something may have
   * appeared there while the run went on); an old folder of ours is renamed aside, the new one
   * renamed in, and only then the old one removed.
   */
  commit(): void {
    if (this.done) return;
    writeMarker(this.tmp, this.kind, 'complete');
    const found = checkReplaceableFolder(this.target, this.force);
    if (found === 'absent') {
      fs.renameSync(this.tmp, this.target);
    } else if (found === 'empty') {
      fs.rmdirSync(this.target);
      fs.renameSync(this.tmp, this.target);
    } else {
      const old = `${this.tmp}.old`;
      fs.renameSync(this.target, old);
      registerLiveTemp(old);
      fs.renameSync(this.tmp, this.target);
      fs.rmSync(old, { recursive: true, force: true });
      forgetLiveTemp(old);
    }
    forgetLiveTemp(this.tmp);
    this.done = true;
  }

  abort(): void {
    if (this.done) return;
    fs.rmSync(this.tmp, { recursive: true, force: true });
    forgetLiveTemp(this.tmp);
    this.done = true;
  }
}

/** Write one file atomically (temp file + rename). */
export function writeFileAtomic(file: string, data: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  registerLiveTemp(tmp);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
    forgetLiveTemp(tmp);
  }
}

/**
 * `writeFileAtomic`, then the file listed in its folder's marker when dcsim wrote that folder:
 * for files a command adds to another command's output folder (a run's report folder).
 */
export function writeFileIntoOutput(file: string, data: string): void {
  writeFileAtomic(file, data);
  recordInMarker(file);
}

export { MARKER };
