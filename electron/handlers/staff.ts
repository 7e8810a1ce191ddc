import type { Handlers } from '../../shared/contract';
import { AppError, type FieldIssue } from '../../shared/errors';
import { maskIdCard, maskPhone } from '../../shared/rules/idcard';
import type { StaffValues } from '../../shared/staff';
import {
  deleteStaffWithRecords, findStaffByIdCard, findStaffByStaffNo, getStaff, insertStaff, listStaff, updateStaff, type StaffRecord,
} from '../../db/queries/staff';
import { auditChange } from '../../db/queries/audit';
import { inTransaction, type HandlerContext } from './context';

type StaffHandlers = Pick<Handlers, 'staff.list' | 'staff.get' | 'staff.create' | 'staff.update' | 'staff.delete'>;

/** 工号 and 身份证号 are unique: a clash is reported under the field, naming who already has it. */
export function staffUniquenessIssues(ctx: HandlerContext, v: Pick<StaffValues, 'staffNo' | 'idCard'>, exceptId: number | null): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const byNo = findStaffByStaffNo(ctx.store.db, v.staffNo);
  if (byNo && byNo.id !== exceptId) issues.push({ field: 'staffNo', message: `工号 ${v.staffNo} 已被 ${byNo.name} 使用` });
  const byId = findStaffByIdCard(ctx.store.db, v.idCard);
  if (byId && byId.id !== exceptId) issues.push({ field: 'idCard', message: `该身份证号已登记（${byId.name}，工号 ${byId.staffNo}）` });
  return issues;
}

function assertUnique(ctx: HandlerContext, v: StaffValues, exceptId: number | null) {
  const issues = staffUniquenessIssues(ctx, v, exceptId);
  if (issues.length) throw new AppError('CONFLICT', issues.map((i) => i.message).join('；'), issues);
}

function requireStaff(ctx: HandlerContext, id: number): StaffRecord {
  const row = getStaff(ctx.store.db, id);
  if (!row) throw new AppError('NOT_FOUND', '找不到这位教职工，可能已被删除。');
  return row;
}

const masked = (r: StaffRecord): StaffRecord => ({ ...r, idCard: maskIdCard(r.idCard), phone: r.phone ? maskPhone(r.phone) : null });

export function staffHandlers(ctx: HandlerContext): StaffHandlers {
  const label = (r: StaffRecord) => `${r.name}（${r.staffNo}）`;
  return {
    'staff.list': (q) => {
      const { rows, total } = listStaff(ctx.store.db, q);
      return { rows: rows.map(masked), total };
    },
    'staff.get': ({ id }) => requireStaff(ctx, id),
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
    'staff.delete': ({ id }) =>
      inTransaction(ctx, () => {
        const before = requireStaff(ctx, id);
        deleteStaffWithRecords(ctx.store.db, id);
        auditChange(ctx.store.db, ctx, 'staff', id, label(before), before, null);
        return { id };
      }),
  };
}
