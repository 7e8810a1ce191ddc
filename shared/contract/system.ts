import { z } from 'zod';
import { method } from './define';
import { SCHOOL_TYPES } from '../vocab';

/** A package travels whole through the window (base64 in one message); past this, moving the data folder itself is
 * the way, and the message says how. */
export const MAX_PACKAGE_BYTES = 300 * 1024 * 1024;
export const PACKAGE_TOO_LARGE = `数据包超过 ${MAX_PACKAGE_BYTES / 1024 / 1024} MB，无法在程序中导入。请在两台电脑上都关闭职教台账，把旧电脑的整个数据文件夹（见“备份”页的“数据文件夹”）复制到新电脑的同一位置。`;

export const backupInfoSchema = z.object({
  file: z.string(),
  createdAt: z.string(),
  size: z.number(),
  reason: z.string(),
  /** what the backup holds; null when it cannot be read */
  counts: z.object({ staff: z.number(), students: z.number(), practice: z.number() }).nullable().optional(),
});
export type BackupInfo = z.output<typeof backupInfoSchema>;

export const systemContract = {
  /** fills an empty database with a realistic demo school */
  'demo.generate': method(z.object({ type: z.enum(SCHOOL_TYPES).default('中职') }), z.object({ staff: z.number() })),
  'backup.create': method(z.object({}), backupInfoSchema),
  'backup.list': method(z.object({}), z.array(backupInfoSchema)),
  /** restores a backup by its file name; the current data is backed up first */
  'backup.restore': method(z.object({ file: z.string().min(1) }), z.object({ restored: z.string(), safetyBackup: z.string() })),
  /** the whole school as one file (data and evidence files), to move to a new computer */
  'package.export': method(z.object({}), z.object({ fileName: z.string(), base64: z.string(), size: z.number() })),
  /** replaces this computer's data with a package's; the current data is backed up first */
  'package.import': method(
    z.object({ fileName: z.string().max(255), base64: z.string().min(1, '请选择数据包文件').max(Math.ceil((MAX_PACKAGE_BYTES * 4) / 3) + 4, PACKAGE_TOO_LARGE) }),
    z.object({ safetyBackup: z.string(), evidenceFiles: z.number() }),
  ),
  'app.info': method(z.object({}), z.object({ version: z.string(), dataDir: z.string(), schemaVersion: z.number() })),
};
