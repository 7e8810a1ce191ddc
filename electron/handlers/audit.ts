import type { Handlers } from '@shared/contract';
import { listAudit } from '../../db/queries/audit';
import type { HandlerContext } from '../records/context';

export function auditHandlers(ctx: HandlerContext): Pick<Handlers, 'audit.list'> {
  return { 'audit.list': (q) => listAudit(ctx.store.db, q) };
}
