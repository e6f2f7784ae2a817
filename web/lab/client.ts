/**
 * Talks to the simulator in its worker: one promise per request, answered in order. The
 * worker's code is the text of a non-executed <script> block, started from a blob: URL (a page
 * opened from the file system may not load a worker from a file).
 */
import type { LabAsk, LabReply, LabRequest } from '../../src/lab/protocol.js';

export type Ask = LabAsk;

export class LabClient {
  private nextId = 1;
  private readonly waiting = new Map<number, (r: LabReply) => void>();
  private readonly worker: Worker;

  /** States the worker sends on its own while playing (id 0). */
  onPush: (r: LabReply) => void = () => undefined;

  constructor(code: string, onFatal: (message: string) => void) {
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    this.worker = new Worker(url);
    this.worker.onmessage = (ev: MessageEvent<LabReply>) => {
      if (ev.data.id === 0) return this.onPush(ev.data);
      const done = this.waiting.get(ev.data.id);
      this.waiting.delete(ev.data.id);
      done?.(ev.data);
    };
    this.worker.onerror = (ev) => onFatal(`the simulator stopped: ${ev.message}`);
  }

  request(ask: Ask): Promise<LabReply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.postMessage({ ...ask, id } as LabRequest);
    });
  }
}
