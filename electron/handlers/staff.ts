import type { Handlers } from '../../shared/contract';
import type { FieldIssue } from '../../shared/errors';
import { assertNoIssues, clash, found } from './uniqueness';
import { maskIdCard, maskPhone } from '../../shared/rules/idcard';
import type { StaffValues } from '../../shared/staff';
import {
  deleteStaffWithRecords, findStaffByIdCard, findStaffByStaffNo, getStaff, insertStaff, listStaff, updateStaff, type StaffRecord,
} from '../../db/queries/staff';
import { auditChange, auditEvent } from '../../db/queries/audit';
import { inTransaction, type HandlerContext } from './context';
import { removeEvidenceFiles } from './practice';
import { evidenceOfStaff } from '../../db/queries/practice';

type StaffHandlers = Pick<Handlers, 'staff.list' | 'staff.get' | 'staff.reveal' | 'staff.create' | 'staff.update' | 'staff.delete'>;

/** 工号 and 身份证号 are unique: a clash is reported under the field, naming who already has it. */
export function staffUniquenessIssues(ctx: HandlerContext, v: Pick<StaffValues, 'staffNo' | 'idCard'>, exceptId: number | null): FieldIssue[] {
  return [
    ...clash('staffNo', findStaffByStaffNo(ctx.store.db, v.staffNo), exceptId, (s) => `工号 ${v.staffNo} 已被 ${s.name} 使用`),
    ...clash('idCard', findStaffByIdCard(ctx.store.db, v.idCard), exceptId, (s) => `该身份证号已登记（${s.name}，工号 ${s.staffNo}）`),
  ];
}

const assertUnique = (ctx: HandlerContext, v: StaffValues, exceptId: number | null) => assertNoIssues(staffUniquenessIssues(ctx, v, exceptId));

const requireStaff = (ctx: HandlerContext, id: number): StaffRecord => found(getStaff(ctx.store.db, id), '找不到这位教职工，可能已被删除。');

const masked = (r: StaffRecord): StaffRecord => ({ ...r, idCard: maskIdCard(r.idCard), phone: r.phone ? maskPhone(r.phone) : null });

export function staffHandlers(ctx: HandlerContext): StaffHandlers {
  const label = (r: StaffRecord) => `${r.name}（${r.staffNo}）`;
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
    'staff.create': (values) =>
      inTransaction(ctx, () => {
        assertUnique(ctx, values, null);
        const row = insertStaff(ctx.store.db, values);
        auditChange(ctx.store.db, ctx, 'staff', row.id, label(row), null, row);
        return row;
      }),
    'staff.update': ({ id, values }) =>
      inTransaction(ctx, () => {
        const before = requireStaff(ctx, id);
        assertUnique(ctx, values, id);
        const row = updateStaff(ctx.store.db, id, values);
        auditChange(ctx.store.db, ctx, 'staff', id, label(row), before, row);
        return row;
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
