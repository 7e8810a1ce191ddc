// What passes between a job's worker thread and the thread that started it.
import type { AuditVia } from '../../db/queries/audit';
import type { Result } from '@shared/errors';
import type { BackgroundMethod } from '@shared/jobs';

export interface JobWorkerData {
  dataDir: string;
  method: BackgroundMethod;
  input: unknown;
  via: AuditVia;
  version: string;
  /** the job's JobCancel, shared with the thread that started it */
  cancel: SharedArrayBuffer;
  /** the account that started it, for the 操作记录; null at the school's computer */
  by: string | null;
}

export type JobMessage = { type: 'progress'; done: number; total: number } | { type: 'result'; result: Result<unknown> };
