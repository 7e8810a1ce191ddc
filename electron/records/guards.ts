// The checks every writer and handler makes before it writes: a key another record holds, a reference that must
// resolve, a record that must exist.
import { AppError, type FieldIssue } from '@shared/errors';
import { getStaff, type StaffRecord } from '../../db/queries/staff';
import { getStudent, type StudentRow } from '../../db/queries/students';
import { getSchool, type SchoolRecord } from '../../db/queries/school';
import type { Db } from '../../db/open';
import type { HandlerContext } from './context';

/** A unique key (学号, 专业代码…) already held by another record: the issue under the field, naming the holder. */
export function clash<T extends { id: number }>(field: string, holder: T | undefined, exceptId: number | null, message: (holder: T) => string): FieldIssue[] {
  return holder && holder.id !== exceptId ? [{ field, message: message(holder) }] : [];
}

/** Throws the issues as one error: CONFLICT for taken keys, VALIDATION for references that do not resolve. */
export function assertNoIssues(issues: FieldIssue[], code: 'CONFLICT' | 'VALIDATION' = 'CONFLICT'): void {
  if (issues.length) throw new AppError(code, issues.map((i) => i.message).join('；'), issues);
}

/** The record, or NOT_FOUND with a sentence saying what is missing. */
export function found<T>(row: T | undefined, message: string): T {
  if (row === undefined) throw new AppError('NOT_FOUND', message);
  return row;
}

/** Runs a write of one statement, leaving taken keys to the table's unique indexes: the holders are looked up, for
 * the issues naming them, only when an index refuses (the refused statement wrote nothing). */
export function writeUnique<T>(write: () => T, clashes: () => FieldIssue[]): T {
  try {
    return write();
  } catch (e) {
    if ((e as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE') assertNoIssues(clashes());
    throw e;
  }
}

export function requireStaff(ctx: HandlerContext, id: number): StaffRecord {
  return found(getStaff(ctx.store.db, id), '找不到这位教职工，可能已被删除。');
}

/** The staff member a sub-record belongs to; an unknown one is refused in plain words, under the staffId field. */
export function requireOwner(ctx: HandlerContext, staffId: number): StaffRecord {
  const owner = getStaff(ctx.store.db, staffId);
  if (!owner) throw new AppError('NOT_FOUND', `找不到这位教职工（内部编号 ${staffId}），可能已被删除，请刷新后重试。`, [{ field: 'staffId', message: '找不到这位教职工' }]);
  return owner;
}

export function requireStudent(ctx: HandlerContext, id: number): StudentRow {
  return found(getStudent(ctx.store.db, id), '找不到这名学生，可能已被删除。');
}

/** The school, or NOT_SET_UP: nothing can be computed or exported before the school is set up. */
export function requireSchool(db: Db): SchoolRecord {
  const school = getSchool(db);
  if (!school) throw new AppError('NOT_SET_UP', '还没有设置学校信息，请先完成初始设置（学校名称、办学类型和统计截止日期）。');
  return school;
}
