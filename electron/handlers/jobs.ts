// Jobs (DESIGN §7): a long call started, polled and maybe cancelled. With backgroundWorkers the call runs in a worker
// thread on its own connection, so the thread serving the window answers at once throughout; otherwise inline.
import { randomUUID } from 'node:crypto';
import type { Handlers } from '@shared/contract';
import { dispatch, parseInput } from '@shared/dispatch';
import { AppError, type Result } from '@shared/errors';
import { BACKGROUND_METHODS, type BackgroundMethod, type Job } from '@shared/jobs';
import type { Store } from '../../db/store';
import { JobCancel } from '../jobs/cancel';
import { runInWorker } from '../jobs/runInWorker';
import type { HandlerContext } from '../records/context';

type JobHandlers = Pick<Handlers, 'jobs.start' | 'jobs.status' | 'jobs.cancel'>;

const isRollingBack = (method: BackgroundMethod) => 'rollsBack' in BACKGROUND_METHODS[method];

interface Running {
  job: Omit<Job, 'elapsedMs'>;
  startedAt: number;
  /** the account that started it on the school network (as the 操作记录 names it); null at the school's computer */
  startedBy: string | null;
  endedAt: number | null;
  cancel: JobCancel;
  /** ends the job's thread at once, for a job that writes nothing */
  stop: () => void;
}

/** Finished jobs kept for their caller to collect. */
const KEPT_JOBS = 20;

/** One registry per open data folder, so a restore can refuse to swap the file under a running job. */
const registries = new WeakMap<Store, Map<string, Running>>();
const registryOf = (store: Store) => registries.get(store) ?? registries.set(store, new Map()).get(store)!;

export function assertNoRunningJob(store: Store, what: string): void {
  const running = [...registryOf(store).values()].find((r) => r.job.state === 'running');
  if (running) throw new AppError('CONFLICT', `正在${BACKGROUND_METHODS[running.job.method].label}，请等它完成后再${what}。`);
}

export function jobHandlers(ctx: HandlerContext, makeHandlers: (ctx: HandlerContext) => Handlers): JobHandlers {
  const jobs = registryOf(ctx.store);
  // a job is its starter's: on the school network another account gets the answer for a job that is not there
  const jobOf = (jobId: string) => {
    const r = jobs.get(jobId);
    if (!r || r.startedBy !== (ctx.by?.() ?? null)) throw new AppError('NOT_FOUND', '找不到这个任务，可能已经结束很久了，请重新开始。');
    return r;
  };
  const view = (r: Running): Job => ({ ...r.job, elapsedMs: (r.endedAt ?? Date.now()) - r.startedAt });

  /** Runs the call in a worker thread, or inline; resolves with the dispatcher's answer. */
  const launch = (method: BackgroundMethod, input: unknown, progress: (done: number, total: number) => void, cancel: JobCancel) => {
    if (ctx.backgroundWorkers) {
      const w = runInWorker({ dataDir: ctx.store.dataDir, method, input, via: ctx.via, version: ctx.version, cancel: cancel.buffer, by: ctx.by?.() ?? null }, progress);
      return { result: w.result, stop: w.terminate };
    }
    return { result: dispatch(makeHandlers({ ...ctx, progress, cancel }), method, input), stop: () => {} };
  };

  const end = (r: Running, outcome: Pick<Job, 'state'> & Partial<Pick<Job, 'result' | 'error'>>) => {
    r.endedAt = Date.now();
    Object.assign(r.job, outcome);
  };

  const finish = (r: Running, result: Result<unknown>) => {
    if (r.job.state !== 'running') return;
    if (result.ok) end(r, { state: 'done', result: result.data });
    else end(r, result.error.code === 'CANCELLED' ? { state: 'cancelled' } : { state: 'failed', error: result.error });
  };

  return {
    'jobs.start': ({ method, input }) => {
      ctx.store.assertNotReplacing();
      // Checked here as the dispatcher will check it, so a bad input fails the start, not the job.
      const parsed = parseInput(method, input);
      if (!parsed.ok) throw new AppError(parsed.error.code, parsed.error.message, parsed.error.fieldErrors);
      const jobId = randomUUID();
      const r: Running = {
        job: { jobId, method, state: 'running', done: 0, total: 0, cancellable: BACKGROUND_METHODS[method].cancellable, result: null, error: null },
        startedAt: Date.now(),
        startedBy: ctx.by?.() ?? null,
        endedAt: null,
        cancel: new JobCancel(),
        stop: () => {},
      };
      const run = launch(method, input, (done, total) => void Object.assign(r.job, { done, total }), r.cancel);
      r.stop = run.stop;
      jobs.set(jobId, r);
      for (const [id, old] of jobs) if (jobs.size > KEPT_JOBS && old.job.state !== 'running') jobs.delete(id);
      void run.result.then((result) => finish(r, result));
      return { jobId };
    },
    'jobs.status': ({ jobId }) => view(jobOf(jobId)),
    // A job that writes is cancelled when it says it has rolled back; one already committing is not cancelled at all
    // (its button goes, and it ends done). Either way it stays running, holding off a restore, until its writes end.
    'jobs.cancel': ({ jobId }) => {
      const r = jobOf(jobId);
      if (r.job.state !== 'running' || !r.job.cancellable) return view(r);
      if (r.cancel.request() && !isRollingBack(r.job.method)) {
        r.stop();
        end(r, { state: 'cancelled' });
      } else r.job.cancellable = false;
      return view(r);
    },
  };
}
