import type { Handlers } from '../../shared/contract';
import type { FieldIssue } from '../../shared/errors';
import { clash, found, writeUnique } from './uniqueness';
import { maskIdCard, maskPhone } from '../../shared/rules/idcard';
import type { StaffValues } from '../../shared/staff';
import {
  deleteStaffWithRecords, findStaffByIdCard, findStaffByStaffNo, getStaff, insertStaff, listStaff, updateStaff, type StaffRecord,
} from '../../db/queries/staff';
import { auditChange, auditEvent } from '../../db/queries/audit';
import { inTransaction, type HandlerContext } from './context';
import { removeEvidenceFiles } from '../../db/evidenceFiles';
import { evidenceOfStaff } from '../../db/queries/practice';

type StaffHandlers = Pick<Handlers, 'staff.list' | 'staff.get' | 'staff.reveal' | 'staff.create' | 'staff.update' | 'staff.delete'>;

/** 工号 and 身份证号 are unique: a clash is reported under the field, naming who already has it. */
export function staffUniquenessIssues(ctx: HandlerContext, v: Pick<StaffValues, 'staffNo' | 'idCard'>, exceptId: number | null): FieldIssue[] {
  return [
    ...clash('staffNo', findStaffByStaffNo(ctx.store.db, v.staffNo), exceptId, (s) => `工号 ${v.staffNo} 已被 ${s.name} 使用`),
    ...clash('idCard', findStaffByIdCard(ctx.store.db, v.idCard), exceptId, (s) => `该身份证号已登记（${s.name}，工号 ${s.staffNo}）`),
  ];
}

const requireStaff = (ctx: HandlerContext, id: number): StaffRecord => found(getStaff(ctx.store.db, id), '找不到这位教职工，可能已被删除。');

const masked = (r: StaffRecord): StaffRecord => ({ ...r, idCard: maskIdCard(r.idCard), phone: r.phone ? maskPhone(r.phone) : null });

const label = (r: Pick<StaffRecord, 'name' | 'staffNo'>) => `${r.name}（${r.staffNo}）`;

/** The one way staff members are written: the form's create and update, and every row of an import. 工号 and
 * 身份证号 are kept unique by the table's unique indexes, so the single statement that writes is the check. */
export function staffWriter(ctx: HandlerContext) {
  const db = ctx.store.db;
  return {
    /** Returns the new staff member's id. */
    create(values: StaffValues): number {
      const id = writeUnique(() => insertStaff(db, values), () => staffUniquenessIssues(ctx, values, null));
      auditChange(db, ctx, 'staff', id, label(values), null, values);
      return id;
    },
    update(before: StaffRecord, values: StaffValues): void {
      writeUnique(() => updateStaff(db, before.id, values), () => staffUniquenessIssues(ctx, values, before.id));
      auditChange(db, ctx, 'staff', before.id, label(values), before, values);
    },
  };
}

export function staffHandlers(ctx: HandlerContext): StaffHandlers {
  return {
    'staff.list': (q) => {
      const { rows, total } = listStaff(ctx.store.db, q);
      return { rows: rows.map(masked), total };
    },
    'staff.get': ({ id }) => masked(requireStaff(ctx, id)),
    'staff.reveal': ({ id }) =>
      inTransaction(ctx, () => {
        const row = requireStaff(ctx, id);
        auditEvent(ctx.store.db, ctx, '查看', 'staff', `${label(row)}：显示完整身份证号与电话`);
        return row;
      }),
    'staff.create': (values) => inTransaction(ctx, () => requireStaff(ctx, staffWriter(ctx).create(values))),
    'staff.update': ({ id, values }) =>
      inTransaction(ctx, () => {
        staffWriter(ctx).update(requireStaff(ctx, id), values);
        return requireStaff(ctx, id);
      }),
    'staff.delete': ({ id }) => {
      const evidence = inTransaction(ctx, () => {
        const before = requireStaff(ctx, id);
        const files = evidenceOfStaff(ctx.store.db, id);
        deleteStaffWithRecords(ctx.store.db, id);
        auditChange(ctx.store.db, ctx, 'staff', id, label(before), before, null);
        return files;
      });
      // Practice evidence (photos, scans) is personal data: it leaves the data folder with its records.
      removeEvidenceFiles(ctx.store.dataDir, evidence);
      return { id };
    },
  };
}
