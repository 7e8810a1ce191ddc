// The one way staff members are written, for the staff handlers and the staff import alike.
import type { FieldIssue } from '@shared/errors';
import type { StaffValues } from '@shared/staff';
import { findStaffByIdCard, findStaffByStaffNo, insertStaff, updateStaff, type StaffRecord } from '../../db/queries/staff';
import { auditChange } from '../../db/queries/audit';
import type { HandlerContext } from './context';
import { clash, writeUnique } from './guards';

/** 工号 and 身份证号 are unique: a clash is reported under the field, naming who already has it. */
export function staffUniquenessIssues(ctx: HandlerContext, v: Pick<StaffValues, 'staffNo' | 'idCard'>, exceptId: number | null): FieldIssue[] {
  return [
    ...clash('staffNo', findStaffByStaffNo(ctx.store.db, v.staffNo), exceptId, (s) => `工号 ${v.staffNo} 已被 ${s.name} 使用`),
    ...clash('idCard', findStaffByIdCard(ctx.store.db, v.idCard), exceptId, (s) => `该身份证号已登记（${s.name}，工号 ${s.staffNo}）`),
  ];
}

/** How a staff member reads in the audit trail and in messages. */
export const staffLabel = (r: Pick<StaffRecord, 'name' | 'staffNo'>) => `${r.name}（${r.staffNo}）`;

/** The one way staff members are written: the form's create and update, and every row of an import. 工号 and
 * 身份证号 are kept unique by the table's unique indexes, so the single statement that writes is the check. */
export function staffWriter(ctx: HandlerContext) {
  const db = ctx.store.db;
  return {
    /** Returns the new staff member's id. */
    create(values: StaffValues): number {
      const id = writeUnique(() => insertStaff(db, values), () => staffUniquenessIssues(ctx, values, null));
      auditChange(db, ctx, 'staff', id, staffLabel(values), null, values);
      return id;
    },
    update(before: StaffRecord, values: StaffValues): void {
      writeUnique(() => updateStaff(db, before.id, values), () => staffUniquenessIssues(ctx, values, before.id));
      auditChange(db, ctx, 'staff', before.id, staffLabel(values), before, values);
    },
  };
}
