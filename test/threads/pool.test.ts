/**
 * The worker pool (src/threads/pool.ts) on a test entry (echo-thread.ts): each task's promise
 * gets its own result whatever the completion order, at most `size` threads, progress for its
 * task only, a failure or a dead thread takes only its own task, idle threads stop when asked,
 * close() settles everything.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { threadEntry } from '../../src/threads/entry.js';
import { WorkerPool, WorkerTaskError } from '../../src/threads/pool.js';
import type { EchoResult, EchoTask } from './echo-thread.js';

const ENTRY = threadEntry(import.meta.url, 'echo-thread.js');
const pools: WorkerPool<EchoTask, EchoResult, number>[] = [];
function pool(size: number, stopIdle = false): WorkerPool<EchoTask, EchoResult, number> {
  const p = new WorkerPool<EchoTask, EchoResult, number>(ENTRY, size, { stopIdle });
  pools.push(p);
  return p;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

const echo = (value: number, sleepMs = 0): EchoTask => ({ kind: 'echo', value, sleepMs });

describe('WorkerPool', () => {
  it('settles each task with its own result when later tasks finish first, on at most `size` threads', async () => {
    const p = pool(3);
    // Earlier tasks sleep longer, so completion order is roughly the reverse of submission order.
    const done: number[] = [];
    const results = await Promise.all(
      [0, 1, 2, 3, 4, 5, 6, 7, 8].map(async (v) => {
        const r = await p.run(echo(v, (9 - v) * 30));
        done.push(v);
        expect(p.threads).toBeLessThanOrEqual(3);
        return r;
      }),
    );
    expect(results.map((r) => r.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(results.map((r) => r.thread)).size).toBe(3);
    expect(done).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('settles every task with its own result or its own error, for any mix of tasks and pool size (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.record({ value: fc.integer({ min: 0, max: 999 }), sleepMs: fc.integer({ min: 0, max: 12 }), fails: fc.boolean() }), { minLength: 1, maxLength: 12 }),
        async (size, specs) => {
          const p = pool(size);
          let most = 0;
          const settled = await Promise.allSettled(
            specs.map((t) =>
              p.run(t.fails ? { kind: 'throw', message: `task ${t.value} refused` } : echo(t.value, t.sleepMs)).finally(() => {
                most = Math.max(most, p.threads);
              }),
            ),
          );
          await p.close();
          expect(most).toBeLessThanOrEqual(size);
          settled.forEach((r, k) => {
            const t = specs[k] as (typeof specs)[number];
            if (t.fails) expect(r).toMatchObject({ status: 'rejected', reason: new WorkerTaskError(`task ${t.value} refused`) });
            else expect(r.status === 'fulfilled' ? r.value.value : null).toBe(t.value);
          });
        },
      ),
      { numRuns: 8, seed: 20 },
    );
  });

  it('delivers a task\'s progress to that task alone, in order, before its result', async () => {
    const p = pool(2);
    const seen = new Map<number, number[]>([[1, []], [2, []]]);
    const [a, b] = await Promise.all([1, 2].map((v) => p.run(echo(v, 15), (x) => seen.get(v)?.push(x))));
    expect(a?.value).toBe(1);
    expect(b?.value).toBe(2);
    expect(seen.get(1)).toEqual([11, 12, 13]);
    expect(seen.get(2)).toEqual([21, 22, 23]);
  });

  it('rejects a task that throws with its message, and its thread serves the next task', async () => {
    const p = pool(1);
    const failed = p.run({ kind: 'throw', message: 'no such host dc1/a/esx-009' });
    const after = p.run(echo(5));
    await expect(failed).rejects.toThrow(new WorkerTaskError('no such host dc1/a/esx-009'));
    await expect(failed).rejects.toBeInstanceOf(WorkerTaskError);
    const before = (await p.run(echo(4))).thread;
    expect((await after).thread).toBe(before);
  });

  it('rejects only the task whose thread stops, and runs the waiting tasks on a new thread', async () => {
    const p = pool(1);
    const first = p.run(echo(1));
    const dying = p.run({ kind: 'exit', code: 7 });
    const waiting = [p.run(echo(2)), p.run(echo(3))];
    const t1 = (await first).thread;
    await expect(dying).rejects.toThrow('worker thread stopped: exit code 7');
    const rest = await Promise.all(waiting);
    expect(rest.map((r) => r.value)).toEqual([2, 3]);
    expect(rest[0]?.thread).not.toBe(t1);
    expect(p.threads).toBe(1);
  });

  it('stops idle threads when nothing waits only with stopIdle', async () => {
    const keep = pool(2);
    const stop = pool(2, true);
    await Promise.all([1, 2, 3].flatMap((v) => [keep.run(echo(v, 10)), stop.run(echo(v, 10))]));
    expect(keep.threads).toBe(2);
    expect(stop.threads).toBe(0);
    // A stopped pool's threads start again for new work.
    expect((await stop.run(echo(9))).value).toBe(9);
    expect(stop.threads).toBe(0);
  });

  it('close() rejects running and waiting tasks and refuses new ones', async () => {
    const p = pool(1);
    const running = expect(p.run(echo(1, 300))).rejects.toThrow('the worker pool closed while this task ran');
    const waiting = expect(p.run(echo(2))).rejects.toThrow('the worker pool closed before this task ran');
    await new Promise((r) => setTimeout(r, 50));
    await p.close();
    await running;
    await waiting;
    await expect(p.run(echo(3))).rejects.toThrow('the worker pool is closed');
    expect(p.threads).toBe(0);
  });

  it('refuses a size that is not a whole number of threads, at least 1', () => {
    expect(() => new WorkerPool(ENTRY, 0)).toThrow('a worker pool needs a whole number of threads, at least 1 (got 0)');
    expect(() => new WorkerPool(ENTRY, 1.5)).toThrow(RangeError);
  });
});
