import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { staff } from './staff';
import { students } from './students';
import { AWARD_LEVELS, COMPETITION_SYSTEMS, PRIZES } from '@shared/vocab';

export const awards = sqliteTable('awards', {
  id: integer('id').primaryKey(),
  competition: text('competition').notNull(),
  system: text('system', { enum: COMPETITION_SYSTEMS }).notNull(),
  level: text('level', { enum: AWARD_LEVELS }).notNull(),
  year: integer('year').notNull(),
  event: text('event').notNull(),
  prize: text('prize', { enum: PRIZES }).notNull(),
  isTeam: integer('is_team', { mode: 'boolean' }).notNull().default(false),
  updatedAt: text('updated_at').notNull(),
});

/** A participant or an advisor: a student or staff member of the school, or (for outsiders) a typed name. */
export const awardPeople = sqliteTable(
  'award_people',
  {
    id: integer('id').primaryKey(),
    awardId: integer('award_id').notNull().references(() => awards.id),
    role: text('role', { enum: ['参赛', '指导'] }).notNull(),
    studentId: integer('student_id').references(() => students.id),
    staffId: integer('staff_id').references(() => staff.id),
    externalName: text('external_name'),
  },
  (t) => [index('award_people_award_idx').on(t.awardId)],
);
