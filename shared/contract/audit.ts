import { z } from 'zod';
import { method } from './define';

export const AUDIT_ACTIONS = ['新增', '修改', '删除', '导入', '导出', '恢复', '查看'] as const;

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.number().nullable(),
  label: z.string().nullable(),
  field: z.string().nullable(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  via: z.string(),
  batchId: z.string().nullable(),
  /** the account, signed in on the school network; null at the school's computer */
  by: z.string().nullable(),
});
export type AuditEntry = z.output<typeof auditEntrySchema>;

export const auditContract = {
  /** newest first; search matches the record's name, the field and the values (which never hold a full 身份证号) */
  'audit.list': method(
    z.object({
      search: z.string().trim().max(50).optional(),
      action: z.enum(AUDIT_ACTIONS).optional(),
      from: z.string().optional(),
      to: z.string().optional(),
      page: z.number().int().min(1).default(1),
      pageSize: z.number().int().min(1).max(200).default(50),
    }),
    z.object({ rows: z.array(auditEntrySchema), total: z.number() }),
  ),
};
