import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { staff } from './staff';
import { users } from './users';
import { PRACTICE_FORMS, REVIEW_STATES } from '@shared/vocab';

export const practiceRecords = sqliteTable(
  'practice_records',
  {
    id: integer('id').primaryKey(),
    staffId: integer('staff_id').notNull().references(() => staff.id),
    enterpriseName: text('enterprise_name').notNull(),
    enterpriseCode: text('enterprise_code'),
    position: text('position'),
    sendingDepartment: text('sending_department'),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    days: integer('days').notNull(),
    form: text('form', { enum: PRACTICE_FORMS }).notNull(),
    content: text('content'),
    outcome: text('outcome'),
    reviewState: text('review_state', { enum: REVIEW_STATES }).notNull(),
    /** why 教务 sent the record back (已退回), for the teacher to read */
    reviewNote: text('review_note'),
    /** the 教师 account that logged or last changed the record over the school network; null for a record the school
     * entered itself. Such a record counts towards §4.1 once 教务 passes it (DESIGN §12). */
    submittedBy: integer('submitted_by').references(() => users.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('practice_staff_idx').on(t.staffId), index('practice_start_idx').on(t.startDate)],
);

/** Evidence files are copied into the data folder; the row keeps the original name for display. */
export const practiceEvidence = sqliteTable('practice_evidence', {
  id: integer('id').primaryKey(),
  practiceId: integer('practice_id').notNull().references(() => practiceRecords.id),
  originalName: text('original_name').notNull(),
  storedName: text('stored_name').notNull().unique(),
  mimeType: text('mime_type').notNull(),
  size: integer('size').notNull(),
  addedAt: text('added_at').notNull(),
});
