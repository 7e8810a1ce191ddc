import { sqliteTable, text, integer, real } from 'drizzle-orm/sqlite-core';
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
  // 质量年报 data tables: counts as integers, 万元, 平方米 and surveyed percentages as reals
  monthlyIncome: integer('monthly_income'),
  majorRelevance: real('major_relevance'),
  alumniSatisfaction: real('alumni_satisfaction'),
  selfEmploymentRatio: real('self_employment_ratio'),
  employerSatisfaction: real('employer_satisfaction'),
  promotionRatio: real('promotion_ratio'),
  equipmentValue: real('equipment_value'),
  practiceArea: real('practice_area'),
  practiceWorkstations: integer('practice_workstations'),
  teachingAdminArea: real('teaching_admin_area'),
  paperBooks: integer('paper_books'),
  enterpriseEquipmentValue: real('enterprise_equipment_value'),
  enterpriseTeacherHours: integer('enterprise_teacher_hours'),
  smeEmployed: integer('sme_employed'),
  top500Employed: integer('top500_employed'),
  horizontalServiceIncome: real('horizontal_service_income'),
  verticalResearchIncome: real('vertical_research_income'),
  technologyTransactionIncome: real('technology_transaction_income'),
  nonDegreeTrainingIncome: real('non_degree_training_income'),
  publicTrainingDays: integer('public_training_days'),
  fiscalFundingPerStudent: integer('fiscal_funding_per_student'),
  specialFundingPerStudent: integer('special_funding_per_student'),
  authorisedPosts: integer('authorised_posts'),
  establishedStaff: integer('established_staff'),
  enterpriseDonatedEquipment: real('enterprise_donated_equipment'),
  internationalStudents: integer('international_students'),
  internationalTrainingDays: integer('international_training_days'),
  overseasInternshipDays: integer('overseas_internship_days'),
  overseasTeachingDays: integer('overseas_teaching_days'),
  internationalPostTeachers: integer('international_post_teachers'),
  adoptedMajorStandards: integer('adopted_major_standards'),
  adoptedCourseStandards: integer('adopted_course_standards'),
  internationalAwards: integer('international_awards'),
  relevantEmployed: integer('relevant_employed'),
  startingSalary: integer('starting_salary'),
  updatedAt: text('updated_at').notNull(),
});
