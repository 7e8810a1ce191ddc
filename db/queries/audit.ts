import dayjs from 'dayjs';
import { and, desc, eq, gte, lte, or, sql } from 'drizzle-orm';
import { escapeLike } from './listSearch';
import { auditLog } from '../schema';
import type { Db } from '../open';
import { maskIdCard, maskPhone } from '../../shared/rules/idcard';

export type AuditAction = '新增' | '修改' | '删除' | '导入' | '恢复' | '查看';
export type AuditVia = '表单' | '导入' | '命令行' | '恢复' | '演示数据';

export interface AuditContext {
  via: AuditVia;
  batchId?: string;
}

type Plain = Record<string, unknown>;

/** Sensitive values are masked before they reach the audit trail (DESIGN §9). */
const MASKERS: Record<string, (v: string) => string> = { idCard: maskIdCard, phone: maskPhone };

function show(field: string, v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = typeof v === 'boolean' ? (v ? '是' : '否') : String(v);
  return MASKERS[field] ? MASKERS[field](s) : s;
}

export function nowStamp(): string {
  return dayjs().format('YYYY-MM-DD HH:mm:ss');
}

/** One entry per changed field; a create or delete is one entry carrying the record's label. */
export function auditChange(
  db: Db,
  ctx: AuditContext,
  entity: string,
  entityId: number | null,
  label: string,
  before: Plain | null,
  after: Plain | null,
): void {
  const base = { at: nowStamp(), entity, entityId, label, via: ctx.via, batchId: ctx.batchId ?? null };
  if (!before) {
    db.insert(auditLog).values({ ...base, action: '新增' }).run();
    return;
  }
  if (!after) {
    db.insert(auditLog).values({ ...base, action: '删除' }).run();
    return;
  }
  const rows = Object.keys(after)
    .filter((k) => k !== 'updatedAt' && k !== 'id' && show(k, before[k]) !== show(k, after[k]))
    .map((k) => ({ ...base, action: '修改' as const, field: k, oldValue: show(k, before[k]), newValue: show(k, after[k]) }));
  if (rows.length) db.insert(auditLog).values(rows).run();
}

/** One entry for an action on the whole database (demo data, an import, a restore). */
export function auditEvent(db: Db, ctx: AuditContext, action: AuditAction, entity: string, label: string): void {
  db.insert(auditLog).values({ at: nowStamp(), action, entity, label, via: ctx.via, batchId: ctx.batchId ?? null }).run();
}

export interface AuditQuery {
  search?: string;
  action?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export function listAudit(db: Db, q: AuditQuery) {
  const term = q.search ? `%${escapeLike(q.search)}%` : null;
  const where = and(
    term
      ? or(
          sql`${auditLog.label} like ${term} escape '\\'`,
          sql`${auditLog.field} like ${term} escape '\\'`,
          sql`${auditLog.oldValue} like ${term} escape '\\'`,
          sql`${auditLog.newValue} like ${term} escape '\\'`,
        )
      : undefined,
    q.action ? eq(auditLog.action, q.action) : undefined,
    q.from ? gte(auditLog.at, q.from) : undefined,
    q.to ? lte(auditLog.at, `${q.to} 23:59:59`) : undefined,
  );
  const rows = db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(q.pageSize).offset((q.page - 1) * q.pageSize).all();
  const total = db.select({ n: sql<number>`count(*)` }).from(auditLog).where(where).get()!.n;
  return { rows, total };
}
