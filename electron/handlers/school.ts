import type { Handlers } from '@shared/contract';
import { AppError } from '@shared/errors';
import { getSchool, saveSchool } from '../../db/queries/school';
import { auditChange } from '../../db/queries/audit';
import { inTransaction, type HandlerContext } from '../records/context';
import { requireSchool } from '../records/guards';

type SchoolHandlers = Pick<Handlers, 'school.get' | 'school.setup' | 'school.update'>;

export function schoolHandlers(ctx: HandlerContext): SchoolHandlers {
  const strip = <T extends { updatedAt?: string }>(r: T) => {
    const { updatedAt: _ignored, ...rest } = r;
    return rest;
  };
  return {
    'school.get': () => {
      const row = getSchool(ctx.store.db);
      return row ? strip(row) : null;
    },
    'school.setup': (values) =>
      inTransaction(ctx, () => {
        if (getSchool(ctx.store.db)) throw new AppError('CONFLICT', '学校信息已经设置过了，请在“设置”中修改。');
        const row = saveSchool(ctx.store.db, values);
        auditChange(ctx.store.db, ctx, 'school', row.id, row.name, null, row);
        return strip(row);
      }),
    'school.update': (values) =>
      inTransaction(ctx, () => {
        const before = requireSchool(ctx.store.db);
        const row = saveSchool(ctx.store.db, values);
        auditChange(ctx.store.db, ctx, 'school', row.id, row.name, before, row);
        return strip(row);
      }),
  };
}
