import dayjs from 'dayjs';
import { and, desc, eq, gte, lte, or, sql } from 'drizzle-orm';
import { escapeLike } from './listSearch';
import { auditLog } from '../schema';
import type { Db, Sqlite } from '../open';
import { preparedWrite, rowPlaceholders } from '../prepared';
import { maskIdCard, maskPhone } from '@shared/rules/idcard';

export type AuditAction = '新增' | '修改' | '删除' | '导入' | '导出' | '恢复' | '查看';
export type AuditVia = '表单' | '导入' | '命令行' | '恢复' | '演示数据';

export interface AuditContext {
  via: AuditVia;
  batchId?: string;
  /** the account acting, signed in on the school network (DESIGN §12) */
  by?: () => string | null;
}

type Plain = Record<string, unknown>;

/** Sensitive values are masked before they reach the audit trail (DESIGN §9). */
const MASKERS: Record<string, (v: string) => string> = { idCard: maskIdCard, phone: maskPhone };

function show(field: string, v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = typeof v === 'boolean' ? (v ? '是' : '否') : String(v);
  return MASKERS[field] ? MASKERS[field](s) : s;
}

let stamp = { second: Number.NaN, text: '' };

/** Now, to the second as stored; formatted once a second, since an import of 200,000 rows asks for it per row. */
export function nowStamp(): string {
  const second = Math.floor(Date.now() / 1000);
  if (second !== stamp.second) stamp = { second, text: dayjs(second * 1000).format('YYYY-MM-DD HH:mm:ss') };
  return stamp.text;
}

type Entry = { [K in Exclude<keyof typeof auditLog.$inferInsert, 'id'>]-?: NonNullable<(typeof auditLog.$inferInsert)[K]> | null };
const insertEntry = preparedWrite<Entry>((db) => db.insert(auditLog).values(rowPlaceholders(auditLog)));

function entry(ctx: AuditContext, action: AuditAction, entity: string, entityId: number | null, label: string): Entry {
  return { at: nowStamp(), action, entity, entityId, label, field: null, oldValue: null, newValue: null, via: ctx.via, batchId: ctx.batchId ?? null, by: ctx.by?.() ?? null };
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
  // What an import adds is told by its one 导入 event (file, counts, batch id): an entry per record would repeat the
  // rows themselves, 200,000 of them for a city. What it changes in saved records is still entered field by field.
  if (!before && ctx.via === '导入') return;
  if (!before || !after) {
    insertEntry(db, entry(ctx, before ? '删除' : '新增', entity, entityId, label), {});
    return;
  }
  const base = entry(ctx, '修改', entity, entityId, label);
  for (const k of Object.keys(after))
    if (k !== 'updatedAt' && k !== 'id' && show(k, before[k]) !== show(k, after[k]))
      insertEntry(db, { ...base, field: k, oldValue: show(k, before[k]), newValue: show(k, after[k]) }, {});
}

/** One entry for an action on the whole database (demo data, an import, a restore). */
export function auditEvent(db: Db, ctx: AuditContext, action: AuditAction, entity: string, label: string): void {
  insertEntry(db, entry(ctx, action, entity, null, label), {});
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

const TRAIL_COLUMNS = 'at, action, entity, entity_id, label, field, old_value, new_value, via, batch_id, by';
type TrailRow = unknown[];

/** Every entry of the trail, oldest first: what carryAuditTrail puts back after a restore. */
export function readAuditTrail(sqlite: Sqlite): TrailRow[] {
  return sqlite.prepare(`select ${TRAIL_COLUMNS} from audit_log order by id`).raw().all() as TrailRow[];
}

/** Adds the entries of `trail` that the (restored) database lacks, in their order, in one transaction: what was done
 * after a backup is still on record after restoring it. */
export function carryAuditTrail(sqlite: Sqlite, trail: readonly TrailRow[]): number {
  const key = (row: TrailRow) => JSON.stringify(row);
  // counted, not a set: two identical entries in one second are two things done
  const present = new Map<string, number>();
  for (const row of readAuditTrail(sqlite)) present.set(key(row), (present.get(key(row)) ?? 0) + 1);
  const missing = trail.filter((row) => {
    const left = present.get(key(row)) ?? 0;
    present.set(key(row), left - 1);
    return left <= 0;
  });
  const insert = sqlite.prepare(`insert into audit_log (${TRAIL_COLUMNS}) values (${TRAIL_COLUMNS.split(', ').map(() => '?').join(', ')})`);
  sqlite.transaction(() => missing.forEach((row) => insert.run(...row)))();
  return missing.length;
}
