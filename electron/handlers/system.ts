import type { Handlers } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { listBackups } from '../../db/backup';
import { generateDemoSchool } from '../../seeds/demo';
import type { HandlerContext } from './context';

type SystemHandlers = Pick<Handlers, 'demo.generate' | 'backup.create' | 'backup.list' | 'backup.restore' | 'app.info'>;

export function systemHandlers(ctx: HandlerContext): SystemHandlers {
  return {
    'demo.generate': ({ type }) => {
      const counts = generateDemoSchool(ctx.store.sqlite, { type });
      return { staff: counts.staff };
    },
    'backup.create': () => ctx.store.backup('manual'),
    'backup.list': () => listBackups(ctx.store.backupDir),
    'backup.restore': async ({ file }) => {
      if (!file.trim()) throw new AppError('VALIDATION', '请选择要恢复的备份');
      return ctx.store.restore(file);
    },
    'app.info': () => ({ version: ctx.version, dataDir: ctx.store.dataDir, schemaVersion: ctx.store.schemaVersion }),
  };
}
