import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/** Who changed what: one row per changed field (DESIGN §3). Never holds a full 身份证号. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey(),
    at: text('at').notNull(),
    action: text('action').notNull(), // 新增 | 修改 | 删除 | 导入 | 恢复
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    label: text('label'),
    field: text('field'),
    oldValue: text('old_value'),
    newValue: text('new_value'),
    via: text('via').notNull(), // 表单 | 导入 | 命令行 | 恢复 | 演示数据
    batchId: text('batch_id'),
    /** who did it, signed in on the school network: 姓名（登录名）; null at the school's computer or the CLI */
    by: text('by'),
  },
  (t) => [index('audit_at_idx').on(t.at), index('audit_entity_idx').on(t.entity, t.entityId)],
);
