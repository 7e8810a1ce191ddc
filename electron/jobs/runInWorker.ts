// Runs a job in a worker thread. Idle workers are kept warm for the next job (loading the handlers takes a moment);
// a cancelled job's worker is terminated, which rolls back whatever transaction it had open.
import { Worker } from 'node:worker_threads';
import type { Result } from '@shared/errors';
import type { JobMessage, JobWorkerData } from './messages';

/** From the sources (tests, the browser host under tsx) the entry is TypeScript, so the worker registers tsx itself
 * (loader hooks are per thread on Node 20); the desktop bundle ships it compiled beside main.cjs. */
function startWorker(): Worker {
  const here = import.meta.url;
  const entry = JSON.stringify(new URL('./workerEntry.ts', here).href);
  const worker = here.endsWith('.cjs')
    ? new Worker(new URL('./jobWorker.cjs', here))
    : new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}); });`, { eval: true });
  // A worker that dies while idle must never be handed the next job.
  return worker.once('exit', () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  });
}

const idle: Worker[] = [];
/** Enough for a job and an export at once; more would only compete for the two cores. */
const MAX_IDLE = 2;

export interface WorkerRun {
  result: Promise<Result<unknown>>;
  /** stops the thread at once; its open transaction, if any, is rolled back by SQLite */
  terminate(): void;
}

const CRASHED: Result<unknown> = { ok: false, error: { code: 'INTERNAL', message: '后台任务意外中止，数据未被修改。请重试，或联系技术支持。' } };

export function runInWorker(data: JobWorkerData, onProgress: (done: number, total: number) => void): WorkerRun {
  const worker = idle.pop() ?? startWorker();
  worker.ref();
  let settle: (r: Result<unknown>) => void = () => {};
  const result = new Promise<Result<unknown>>((resolve) => (settle = resolve));
  const onMessage = (m: JobMessage) => {
    if (m.type === 'progress') return onProgress(m.done, m.total);
    release();
    settle(m.result);
    if (idle.length < MAX_IDLE) {
      worker.unref();
      idle.push(worker);
    } else void worker.terminate();
  };
  const onError = (e: Error) => {
    // The stack only, never the input (it may hold personal data).
    console.error(`[职教台账] 后台任务 ${data.method} 出错：`, e.stack);
    release();
    settle(CRASHED);
  };
  const onExit = () => {
    release();
    settle(CRASHED);
  };
  const release = () => {
    worker.off('message', onMessage).off('error', onError).off('exit', onExit);
  };
  worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  worker.postMessage(data);
  return {
    result,
    terminate: () => {
      release();
      settle(CRASHED);
      void worker.terminate();
    },
  };
}
