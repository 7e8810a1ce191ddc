import { blob, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** 报表模板: a bureau's blank workbook, kept whole, with what fills each of its columns. */
export const reportTemplates = sqliteTable('report_templates', {
  id: integer('id').primaryKey(),
  name: text('name').notNull().unique(),
  /** the report id whose rows fill it */
  fill: text('fill').notNull(),
  sheet: text('sheet').notNull(),
  fileName: text('file_name').notNull(),
  file: blob('file', { mode: 'buffer' }).notNull(),
  /** JSON: [{ column, header, source }] as confirmed, the headers kept to tell a changed template */
  columns: text('columns').notNull(),
  updatedAt: text('updated_at').notNull(),
});
