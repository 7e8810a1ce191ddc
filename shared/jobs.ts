// Long operations run as jobs (DESIGN §7): started, then polled for progress until they end; the ones that write
// nothing can be cancelled, and an import until it commits. The desktop app and the browser host run them off the
// thread that serves the window.
import { z } from 'zod';

/** The methods a job may run, and whether a cancel is honoured: at once when the job writes nothing (its thread is
 * stopped), and for an import's commit until its last row is written (it hears the cancel and rolls back). */
export const BACKGROUND_METHODS = {
  'import.dryRun': { label: '检查导入数据', cancellable: true },
  'import.commit': { label: '导入', cancellable: true, rollsBack: true },
  'reports.preview': { label: '生成报表预览', cancellable: true },
  'reports.export': { label: '导出报表', cancellable: true },
  'package.export': { label: '导出数据包', cancellable: true },
  'backup.create': { label: '备份', cancellable: false },
  'demo.generate': { label: '生成演示学校', cancellable: false },
} as const;
export type BackgroundMethod = keyof typeof BACKGROUND_METHODS;
export const BACKGROUND_METHOD_NAMES = Object.keys(BACKGROUND_METHODS) as [BackgroundMethod, ...BackgroundMethod[]];

export const jobStartInput = z.object({ method: z.enum(BACKGROUND_METHOD_NAMES), input: z.unknown() });
export const jobIdInput = z.object({ jobId: z.string().max(64) });

export const jobSchema = z.object({
  jobId: z.string(),
  method: z.enum(BACKGROUND_METHOD_NAMES),
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  /** rows (or pages) done of total; total 0 while unknown */
  done: z.number(),
  total: z.number(),
  elapsedMs: z.number(),
  cancellable: z.boolean(),
  /** the method's own output once done */
  result: z.unknown(),
  error: z
    .object({ code: z.string(), message: z.string(), fieldErrors: z.array(z.object({ field: z.string(), message: z.string() })).optional() })
    .nullable(),
});
export type Job = z.output<typeof jobSchema>;
