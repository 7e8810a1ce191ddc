import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { CERTIFICATE_KINDS, DESTINATIONS, SCHOOLING_SYSTEMS, SEXES, STUDENT_STATUSES } from '@shared/vocab';

export const majors = sqliteTable('majors', {
  id: integer('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  category: text('category'),
  isCore: integer('is_core', { mode: 'boolean' }).notNull().default(false),
  honours: text('honours'),
});

export const classes = sqliteTable('classes', {
  id: integer('id').primaryKey(),
  name: text('name').notNull().unique(),
  majorId: integer('major_id').notNull().references(() => majors.id),
  entryYear: integer('entry_year').notNull(),
});

export const students = sqliteTable(
  'students',
  {
    id: integer('id').primaryKey(),
    studentNo: text('student_no').notNull().unique(),
    name: text('name').notNull(),
    idCard: text('id_card').notNull().unique(),
    sex: text('sex', { enum: SEXES }).notNull(),
    birthDate: text('birth_date').notNull(),
    majorId: integer('major_id').references(() => majors.id),
    classId: integer('class_id').references(() => classes.id),
    entryYear: integer('entry_year').notNull(),
    schoolingSystem: text('schooling_system', { enum: SCHOOLING_SYSTEMS }).notNull(),
    expectedGraduationYear: integer('expected_graduation_year'),
    status: text('status', { enum: STUDENT_STATUSES }).notNull(),
    integrated: integer('integrated', { mode: 'boolean' }).notNull().default(false),
    lowIncome: integer('low_income', { mode: 'boolean' }).notNull().default(false),
    destination: text('destination', { enum: DESTINATIONS }),
    destinationLocal: integer('destination_local', { mode: 'boolean' }),
    updatedAt: text('updated_at').notNull(),
  },
  // The roster's indexes (db/queries/listSearch.ts): one per search column and sort key, each followed by 学号 (the
  // tie-break) and the filter columns 学籍状态, 入学年份, 专业, so that a count or a page is read from one index without
  // visiting the table at city scale. 班级 has only its own: a class is a few dozen students. The status index goes on
  // with 预计毕业年份 and the destinations, so that a year's graduates (年度数据) and its cohort (证书获取率) are read
  // from it alone: a city's year is 50,000 students, a table lookup each. Led by the year instead, SQLite took it for
  // reading a year's students too, visiting the table out of order, slower than the 毕业年份 index.
  (t) => [
    index('students_name_idx').on(t.name, t.studentNo, t.status, t.entryYear, t.majorId),
    index('students_roster_idx').on(t.studentNo, t.status, t.entryYear, t.majorId),
    index('students_id_card_idx').on(t.idCard, t.status, t.entryYear, t.majorId),
    index('students_entry_year_idx').on(t.entryYear, t.studentNo, t.status, t.majorId),
    index('students_grad_year_idx').on(t.expectedGraduationYear, t.studentNo, t.status, t.entryYear, t.majorId),
    index('students_status_idx').on(t.status, t.expectedGraduationYear, t.destination, t.destinationLocal, t.lowIncome),
    index('students_major_idx').on(t.majorId),
    index('students_class_idx').on(t.classId),
  ],
);

export const studentCertificates = sqliteTable(
  'student_certificates',
  {
    id: integer('id').primaryKey(),
    studentId: integer('student_id').notNull().references(() => students.id),
    kind: text('kind', { enum: CERTIFICATE_KINDS }).notNull(),
    name: text('name').notNull(),
    level: text('level'),
    issuer: text('issuer'),
    number: text('number'),
    obtainedDate: text('obtained_date').notNull(),
  },
  // With what the certificate rate checks (§4.2), so that a cohort's qualifying certificates are found in the index.
  (t) => [index('student_certificates_student_idx').on(t.studentId, t.obtainedDate, t.kind, t.level)],
);
