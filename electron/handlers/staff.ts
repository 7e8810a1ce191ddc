import type { Handlers } from '@shared/contract';
import { requireStaff } from '../records/guards';
import { staffLabel, staffWriter } from '../records/staffWriter';
import { maskIdCard, maskPhone } from '@shared/rules/idcard';
import {
  deleteStaffWithRecords, listStaff, type StaffRecord,
} from '../../db/queries/staff';
import { auditChange, auditEvent } from '../../db/queries/audit';
import { inTransaction, type HandlerContext } from '../records/context';
import { removeEvidenceFiles } from '../../db/evidenceFiles';
import { evidenceOfStaff } from '../../db/queries/practice';

type StaffHandlers = Pick<Handlers, 'staff.list' | 'staff.get' | 'staff.reveal' | 'staff.create' | 'staff.update' | 'staff.delete'>;

const masked = (r: StaffRecord): StaffRecord => ({ ...r, idCard: maskIdCard(r.idCard), phone: r.phone ? maskPhone(r.phone) : null });

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
        auditEvent(ctx.store.db, ctx, '查看', 'staff', `${staffLabel(row)}：显示完整身份证号与电话`);
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
        auditChange(ctx.store.db, ctx, 'staff', id, staffLabel(before), before, null);
        return files;
      });
      // Practice evidence (photos, scans) is personal data: it leaves the data folder with its records.
      removeEvidenceFiles(ctx.store.dataDir, evidence);
      return { id };
    },
  };
}
