import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';
import { SCHOOL_TYPES } from '@shared/vocab';

/** The one school of this database (DESIGN §3). */
export const school = sqliteTable('school', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  code: text('code'),
  type: text('type', { enum: SCHOOL_TYPES }).notNull(),
  region: text('region'),
  authority: text('authority'),
  cutoffDate: text('cutoff_date').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Key → JSON value: the chosen plan preset, rule thresholds, remembered import mappings. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const planPresets = sqliteTable('plan_presets', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  builtin: integer('builtin', { mode: 'boolean' }).notNull().default(false),
  /** JSON: { [indicatorId]: { value, direction: '>=' | '<=', unit } } */
  targets: text('targets').notNull(),
});

export const annualData = sqliteTable('annual_data', {
  id: integer('id').primaryKey(),
  schoolYear: integer('school_year').notNull().unique(),
  publicFundingPerStudent: integer('public_funding_per_student'),
  enrolmentTotal: integer('enrolment_total'),
  integratedEnrolment: integer('integrated_enrolment'),
  industryColleges: integer('industry_colleges'),
  orderClasses: integer('order_classes'),
  trainingBases: integer('training_bases'),
  socialTrainingCount: integer('social_training_count'),
  researchIncome: integer('research_income'),
  professionalSpiritHours: integer('professional_spirit_hours'),
  graduatesTotal: integer('graduates_total'),
  employed: integer('employed'),
  furtherStudy: integer('further_study'),
  localEmployed: integer('local_employed'),
  lowIncomeGraduates: integer('low_income_graduates'),
  lowIncomeEmployed: integer('low_income_employed'),
  updatedAt: text('updated_at').notNull(),
});
