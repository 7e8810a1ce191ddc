import type { Handlers } from '@shared/contract';
import { AppError } from '@shared/errors';
import { listBackups } from '../../db/backup';
import { generateDemoSchool } from '../../seeds/demo';
import { auditEvent } from '../../db/queries/audit';
import { exportDataPackage, importDataPackage } from '../../db/dataPackage';
import { getSchool } from '../../db/queries/school';
import dayjs from 'dayjs';
import { inTransaction, type HandlerContext } from '../records/context';
import { assertNoRunningJob } from './jobs';

type SystemHandlers = Pick<Handlers, 'demo.generate' | 'backup.create' | 'backup.list' | 'backup.restore' | 'package.export' | 'package.import' | 'app.info'>;

export function systemHandlers(ctx: HandlerContext): SystemHandlers {
  return {
    'demo.generate': ({ type }) =>
      inTransaction(ctx, () => {
        const counts = generateDemoSchool(ctx.store.sqlite, { type });
        auditEvent(ctx.store.db, { ...ctx, via: '演示数据' }, '导入', 'demo', `演示学校：教职工 ${counts.staff} 人，学生 ${counts.students} 人`);
        return { staff: counts.staff };
      }),
    'backup.create': () => ctx.store.backup('manual', ctx.progress),
    'backup.list': () => listBackups(ctx.store.backupDir).map((b) => ({ ...b, counts: ctx.store.backupCounts(b.file) })),
    'backup.restore': async ({ file }) => {
      if (!file.trim()) throw new AppError('VALIDATION', '请选择要恢复的备份');
      assertNoRunningJob(ctx.store, '恢复备份');
      const result = await ctx.store.restore(file);
      auditEvent(ctx.store.db, { ...ctx, via: '恢复' }, '恢复', 'database', `从备份 ${result.restored} 恢复；恢复前的数据已备份为 ${result.safetyBackup}`);
      return result;
    },
    'package.export': async () => {
      const bytes = await exportDataPackage(ctx.store);
      const school = getSchool(ctx.store.db)?.name ?? '职教台账';
      // the whole database leaves the computer, full 身份证号 and phones with it: the trail says so
      auditEvent(ctx.store.db, ctx, '导出', 'database', '导出数据包（全部数据，含完整身份证号和联系电话）');
      return { fileName: `${school}-数据包-${dayjs().format('YYYYMMDD')}.vldata`.replace(/[\\/:*?"<>|]/g, '_'), base64: bytes.toString('base64'), size: bytes.length };
    },
    'package.import': async ({ fileName, base64 }) => {
      assertNoRunningJob(ctx.store, '导入数据包');
      const result = await importDataPackage(ctx.store, Buffer.from(base64, 'base64'));
      auditEvent(ctx.store.db, { ...ctx, via: '恢复' }, '恢复', 'database', `导入数据包 ${fileName}；导入前的数据已备份为 ${result.safetyBackup}`);
      return result;
    },
    'app.info': () => ({ version: ctx.version, dataDir: ctx.store.dataDir, schemaVersion: ctx.store.schemaVersion }),
  };
}
