import { z } from 'zod';
import { method } from './define';
import { staffInputSchema, staffListQuerySchema, staffSchema } from '../staff';
import { id } from '../schemaKit';

export const staffContract = {
  /** 身份证号 and phone come back masked */
  'staff.list': method(staffListQuerySchema, z.object({ rows: z.array(staffSchema), total: z.number() })),
  /** the record for detail views: 身份证号 and phone masked (DESIGN §9) */
  'staff.get': method(z.object({ id }), staffSchema),
  /** the whole record with the full 身份证号 and phone, on an explicit action (显示, 编辑); audited as 查看 */
  'staff.reveal': method(z.object({ id }), staffSchema),
  'staff.create': method(staffInputSchema, staffSchema),
  'staff.update': method(z.object({ id, values: staffInputSchema }), staffSchema),
  'staff.delete': method(z.object({ id }), z.object({ id })),
};
