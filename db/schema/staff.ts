import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import {
  DEGREES, DUAL_TEACHER_LEVELS, EDUCATION_LEVELS, ETHNICITIES, HONOUR_LEVELS, POLITICAL_STATUSES, POST_CATEGORIES, PROFESSIONAL_TITLES,
  SEXES, STAFF_STATUSES, TEACHER_CERT_TYPES, TEACHING_CATEGORIES,
} from '@shared/vocab';

// Child tables reference staff without ON DELETE CASCADE: a delete removes children explicitly and audits them,
// and a table-rebuild migration can never cascade-delete them silently (DESIGN §6).

export const staff = sqliteTable(
  'staff',
  {
    id: integer('id').primaryKey(),
    staffNo: text('staff_no').notNull().unique(),
    name: text('name').notNull(),
    idCard: text('id_card').notNull().unique(),
    birthDate: text('birth_date').notNull(),
    sex: text('sex', { enum: SEXES }).notNull(),
    phone: text('phone'),
    ethnicity: text('ethnicity', { enum: ETHNICITIES }),
    politicalStatus: text('political_status', { enum: POLITICAL_STATUSES }),
    workStartDate: text('work_start_date'),
    joinDate: text('join_date').notNull(),
    status: text('status', { enum: STAFF_STATUSES }).notNull(),
    postCategory: text('post_category', { enum: POST_CATEGORIES }).notNull(),
    teachesCourses: integer('teaches_courses', { mode: 'boolean' }).notNull().default(false),
    backboneTeacher: integer('backbone_teacher', { mode: 'boolean' }).notNull().default(false),
    teachingCategory: text('teaching_category', { enum: TEACHING_CATEGORIES }),
    teachingMajor: text('teaching_major'),
    highestEducation: text('highest_education', { enum: EDUCATION_LEVELS }),
    highestDegree: text('highest_degree', { enum: DEGREES }),
    title: text('title', { enum: PROFESSIONAL_TITLES }),
    titleName: text('title_name'),
    titleIssuer: text('title_issuer'),
    titleDate: text('title_date'),
    teacherCertType: text('teacher_cert_type', { enum: TEACHER_CERT_TYPES }),
    teacherCertNo: text('teacher_cert_no'),
    enterpriseMonths: integer('enterprise_months').notNull().default(0),
    partTimeEmployer: text('part_time_employer'),
    partTimePosition: text('part_time_position'),
    partTimeSkillLevel: text('part_time_skill_level'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('staff_name_idx').on(t.name)],
);

export const dualTeacherCertifications = sqliteTable('dual_teacher_certifications', {
  id: integer('id').primaryKey(),
  staffId: integer('staff_id').notNull().references(() => staff.id),
  level: text('level', { enum: DUAL_TEACHER_LEVELS }).notNull(),
  certifiedDate: text('certified_date').notNull(),
  certifyingBody: text('certifying_body'),
});

export const staffSkillCertificates = sqliteTable('staff_skill_certificates', {
  id: integer('id').primaryKey(),
  staffId: integer('staff_id').notNull().references(() => staff.id),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  level: text('level'),
  issuer: text('issuer'),
  number: text('number'),
  obtainedDate: text('obtained_date'),
});

export const staffHonours = sqliteTable('staff_honours', {
  id: integer('id').primaryKey(),
  staffId: integer('staff_id').notNull().references(() => staff.id),
  name: text('name').notNull(),
  level: text('level', { enum: HONOUR_LEVELS }).notNull(),
  year: integer('year').notNull(),
});
