import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { IMPORT_KIND_LABELS, type ImportJob } from '../../shared/import';
import { getSchool } from '../../db/queries/school';
import { adapterOf, ImportCancelled, inspect, run } from '../import/engine';
import { rejectedWorkbook, templateWorkbook } from '../import/workbooks';
import type { HandlerContext } from './context';

type ImportHandlers = Pick<
  Handlers,
  'import.inspect' | 'import.dryRun' | 'import.check.start' | 'import.check.status' | 'import.check.cancel' | 'import.commit' | 'import.rejectedWorkbook' | 'import.template'
>;

/** Finished jobs kept for their caller to collect. */
const KEPT_JOBS = 20;

const baseName = (fileName: string) => fileName.replace(/\.[^.]*$/, '').replace(/[\\/:*?"<>|]/g, '_');

/** The import's steps (DESIGN §10); writes go through the record types' own handlers, made for the import's audit. */
export function importHandlers(ctx: HandlerContext, makeHandlers: (ctx: HandlerContext) => Handlers): ImportHandlers {
  const jobs = new Map<string, { job: ImportJob; abort: AbortController }>();
  const jobOf = (jobId: string) => {
    const j = jobs.get(jobId);
    if (!j) throw new AppError('NOT_FOUND', '找不到这次检查，可能已经结束很久了，请重新点“检查数据”。');
    return j;
  };
  return {
    'import.inspect': (input) => inspect(ctx, input),
    'import.dryRun': async (input) => {
      const { read, toAdd, toUpdate, planned, rejected, warnings } = await run(ctx, makeHandlers, input, true);
      return { read, toAdd, toUpdate, planned, rejected, warnings };
    },
    'import.check.start': (input) => {
      const jobId = randomUUID();
      const entry = { job: { state: 'running', done: 0, total: 0, result: null, error: null } as ImportJob, abort: new AbortController() };
      jobs.set(jobId, entry);
      for (const [id, j] of jobs) if (jobs.size > KEPT_JOBS && j.job.state !== 'running') jobs.delete(id);
      const onProgress = (done: number, total: number) => void Object.assign(entry.job, { done, total });
      run(ctx, makeHandlers, input, true, { onProgress, signal: entry.abort.signal }).then(
        ({ read, toAdd, toUpdate, planned, rejected, warnings }) => Object.assign(entry.job, { state: 'done', result: { read, toAdd, toUpdate, planned, rejected, warnings } }),
        (e: unknown) => {
          if (e instanceof ImportCancelled) return Object.assign(entry.job, { state: 'cancelled' });
          // As the dispatcher does for a handler: the stack to stderr, never the input (it holds personal data).
          if (!(e instanceof AppError)) console.error('[职教台账] import.check 出错：', e instanceof Error ? e.stack : String(e));
          return Object.assign(entry.job, { state: 'failed', error: e instanceof AppError ? e.message : '检查时程序内部出错，没有写入任何数据。请重试，或联系技术支持。' });
        },
      );
      return { jobId };
    },
    'import.check.status': ({ jobId }) => jobOf(jobId).job,
    'import.check.cancel': ({ jobId }) => {
      const j = jobOf(jobId);
      j.abort.abort();
      return j.job;
    },
    'import.commit': async (input) => {
      const r = await run(ctx, makeHandlers, input, false);
      return { read: r.read, imported: r.imported, updated: r.updated, rejected: r.rejected, warnings: r.warnings, backup: r.backup ?? '' };
    },
    'import.rejectedWorkbook': async (input) => {
      const result = await run(ctx, makeHandlers, input, true);
      const bytes = await rejectedWorkbook(result, input.kind, getSchool(ctx.store.db)?.name ?? '', input.fileName);
      return { fileName: `${baseName(input.fileName)}-未通过的行.xlsx`, base64: bytes.toString('base64') };
    },
    'import.template': async ({ kind }) => {
      const bytes = await templateWorkbook(adapterOf(kind));
      return { fileName: `${IMPORT_KIND_LABELS[kind].replace(/（.*）/, '')}导入模板.xlsx`, base64: bytes.toString('base64') };
    },
  };
}
