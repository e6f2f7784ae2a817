/**
 * Writes a report folder atomically: everything goes into a hidden temp folder beside the
 * target, which is renamed into place only when complete. A failed run removes its temp
 * folder, so nothing half-written is ever left where a reader looks.
 */
import fs from 'node:fs';
import path from 'node:path';

export class OutputExistsError extends Error {
  constructor(readonly dir: string) {
    super(`output folder ${dir} already exists (use --force to replace it)`);
  }
}

export class OutputWriteError extends Error {
  constructor(
    readonly dir: string,
    reason: string,
  ) {
    super(`cannot write ${dir}: ${reason}`);
  }
}

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

export class AtomicDir {
  readonly tmp: string;
  private done = false;

  constructor(
    readonly target: string,
    private readonly force: boolean,
    tag: string,
  ) {
    if (fs.existsSync(target) && !force) throw new OutputExistsError(target);
    makeDirs(path.dirname(target), target);
    this.tmp = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${tag}`);
    fs.rmSync(this.tmp, { recursive: true, force: true });
    try {
      fs.mkdirSync(this.tmp);
    } catch (err) {
      throw new OutputWriteError(target, (err as NodeJS.ErrnoException).code ?? (err as Error).message);
    }
  }

  file(name: string): string {
    return path.join(this.tmp, name);
  }

  /** Move the finished folder into place (replacing an old one when forced). */
  commit(): void {
    if (this.done) return;
    if (fs.existsSync(this.target)) {
      if (!this.force) throw new OutputExistsError(this.target);
      const old = `${this.tmp}.old`;
      fs.renameSync(this.target, old);
      fs.renameSync(this.tmp, this.target);
      fs.rmSync(old, { recursive: true, force: true });
    } else {
      fs.renameSync(this.tmp, this.target);
    }
    this.done = true;
  }

  abort(): void {
    if (this.done) return;
    fs.rmSync(this.tmp, { recursive: true, force: true });
    this.done = true;
  }
}

/** Write one file atomically (temp file + rename). */
export function writeFileAtomic(file: string, data: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}
