import { asc, desc, eq, getTableColumns, gt, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { awardPeople, classes, majors, studentCertificates, students } from '../schema';
import type { Db } from '../open';
import type { MajorValues, StudentValues, studentListQuerySchema } from '@shared/students';
import { nowStamp } from './audit';
import { equals, pageIds, personSearch, type Term } from './listSearch';
import { preparedLookup, preparedPerDb, rowWrites } from '../prepared';

export type MajorRecord = typeof majors.$inferSelect;
export type ClassRecord = typeof classes.$inferSelect;
export type StudentRecord = typeof students.$inferSelect;
type StudentListQuery = z.output<typeof studentListQuerySchema>;

// ─── 专业 ───

// Written out in full: drizzle renders a column inside sql`` without its table, so in a correlated subquery the
// outer "id" would silently resolve to the inner table's id.
const classCount = sql<number>`(select count(*) from "classes" c where c."major_id" = "majors"."id")`;
const majorStudentCount = sql<number>`(select count(*) from "students" s where s."major_id" = "majors"."id")`;

export function listMajors(db: Db) {
  return db
    .select({ major: majors, classCount, studentCount: majorStudentCount })
    .from(majors)
    .orderBy(asc(majors.code))
    .all()
    .map((r) => ({ ...r.major, classCount: r.classCount, studentCount: r.studentCount }));
}

const majorById = preparedPerDb((db) => db.select().from(majors).where(eq(majors.id, sql.placeholder('id'))).prepare());
const majorByName = preparedPerDb((db) => db.select().from(majors).where(eq(majors.name, sql.placeholder('name'))).prepare());

export function getMajor(db: Db, id: number): MajorRecord | undefined {
  return majorById(db).get({ id });
}

export function findMajorByCode(db: Db, code: string): MajorRecord | undefined {
  return db.select().from(majors).where(eq(majors.code, code)).get();
}

export function findMajorByName(db: Db, name: string): MajorRecord | undefined {
  return majorByName(db).get({ name });
}

export function insertMajor(db: Db, values: MajorValues): MajorRecord {
  return db.insert(majors).values(values).returning().get();
}

export function updateMajor(db: Db, id: number, values: MajorValues): MajorRecord {
  return db.update(majors).set(values).where(eq(majors.id, id)).returning().get();
}

export function deleteMajor(db: Db, id: number): void {
  db.delete(majors).where(eq(majors.id, id)).run();
}

export function majorUsage(db: Db, id: number): { classCount: number; studentCount: number } {
  return db.select({ classCount, studentCount: majorStudentCount }).from(majors).where(eq(majors.id, id)).get() ?? { classCount: 0, studentCount: 0 };
}

// ─── 班级 ───

const classStudentCount = sql<number>`(select count(*) from "students" s where s."class_id" = "classes"."id")`;

/** A class with its major's name, as the contract shows it. */
export function listClasses(db: Db, majorId?: number) {
  return db
    .select({ klass: classes, majorName: majors.name, studentCount: classStudentCount })
    .from(classes)
    .innerJoin(majors, eq(classes.majorId, majors.id))
    .where(majorId === undefined ? undefined : eq(classes.majorId, majorId))
    .orderBy(desc(classes.entryYear), asc(classes.name))
    .all()
    .map((r) => ({ ...r.klass, majorName: r.majorName, studentCount: r.studentCount }));
}

export type ClassRow = ReturnType<typeof listClasses>[number];

export function getClass(db: Db, id: number): ClassRow | undefined {
  return listClasses(db).find((c) => c.id === id);
}

const classByName = preparedPerDb((db) => db.select().from(classes).where(eq(classes.name, sql.placeholder('name'))).prepare());

export function findClassByName(db: Db, name: string): ClassRecord | undefined {
  return classByName(db).get({ name });
}

export function insertClass(db: Db, values: Omit<ClassRecord, 'id'>): ClassRecord {
  return db.insert(classes).values(values).returning().get();
}

export function updateClass(db: Db, id: number, values: Omit<ClassRecord, 'id'>): ClassRecord {
  return db.update(classes).set(values).where(eq(classes.id, id)).returning().get();
}

export function deleteClass(db: Db, id: number): void {
  db.delete(classes).where(eq(classes.id, id)).run();
}

// ─── 学生 ───

const studentColumns = { student: students, majorName: majors.name, className: classes.name };
const withNames = (r: { student: StudentRecord; majorName: string | null; className: string | null }) => ({
  ...r.student,
  majorName: r.majorName,
  className: r.className,
  // Every student saved through the schema has one; the column is nullable only for older imports.
  expectedGraduationYear: r.student.expectedGraduationYear ?? 0,
});
export type StudentRow = ReturnType<typeof withNames>;

function studentsWithNames(db: Db) {
  return db.select(studentColumns).from(students).leftJoin(majors, eq(students.majorId, majors.id)).leftJoin(classes, eq(students.classId, classes.id));
}

export function listStudents(db: Db, q: StudentListQuery): { rows: StudentRow[]; total: number } {
  const search = q.search ? personSearch(db, students, q.search, [students.name, students.studentNo, students.idCard]) : undefined;
  if (search === null) return { rows: [], total: 0 };
  // Cheapest to count first: a class is a few dozen students, a search last.
  const terms = [
    q.classId !== undefined && equals(students.classId, q.classId),
    q.majorId !== undefined && equals(students.majorId, q.majorId),
    q.entryYear !== undefined && equals(students.entryYear, q.entryYear),
    q.status && equals(students.status, q.status),
    search,
  ].filter((t): t is Term => Boolean(t));
  const sortBy = students[q.sortBy];
  const { ids, total } = pageIds(db, students, {
    terms,
    // 学号 is unique and follows every sort column in its index (db/schema/students.ts)
    order: sortBy === students.studentNo ? [sortBy] : [sortBy, students.studentNo],
    descending: q.sortOrder === 'desc',
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
  });
  const byId = new Map((ids.length ? studentsWithNames(db).where(inArray(students.id, ids)).all() : []).map((r) => [r.student.id, withNames(r)]));
  return { rows: ids.map((id) => byId.get(id)!), total };
}

const studentById = preparedPerDb((db) => studentsWithNames(db).where(eq(students.id, sql.placeholder('id'))).prepare());

export function getStudent(db: Db, id: number): StudentRow | undefined {
  const row = studentById(db).get({ id });
  return row && withNames(row);
}

/** The students with these ids (any order). */
export function studentsByIds(db: Db, ids: readonly number[]): StudentRecord[] {
  return ids.length ? db.select().from(students).where(inArray(students.id, [...ids])).all() : [];
}

const studentByNo = preparedPerDb((db) => db.select().from(students).where(eq(students.studentNo, sql.placeholder('studentNo'))).prepare());
const studentByIdCard = preparedPerDb((db) => db.select().from(students).where(eq(students.idCard, sql.placeholder('idCard'))).prepare());

export function findStudentByStudentNo(db: Db, studentNo: string): StudentRecord | undefined {
  return studentByNo(db).get({ studentNo });
}

export function findStudentByIdCard(db: Db, idCard: string): StudentRecord | undefined {
  return studentByIdCard(db).get({ idCard });
}

/** Who holds a 学号 or a 身份证号, for the rows of an import. */
const studentRef = { id: students.id, name: students.name, number: students.studentNo };
export const studentRefByNo = preparedLookup(students, studentRef, students.studentNo);
export const studentRefByIdCard = preparedLookup(students, studentRef, students.idCard);

export type StudentColumns = Omit<StudentValues, 'majorName' | 'className'> & { majorId: number | null; classId: number | null };

const studentWrites = rowWrites<StudentColumns>(students, nowStamp);

/** Returns the new student's id. */
export const insertStudent = studentWrites.insert;
export const updateStudent = studentWrites.update;

/** Removes the student with their certificates and award links (call inside a transaction). */
export function deleteStudentWithRecords(db: Db, id: number): { certificatesRemoved: number; awardLinksRemoved: number } {
  const certificatesRemoved = db.delete(studentCertificates).where(eq(studentCertificates.studentId, id)).run().changes;
  const awardLinksRemoved = db.delete(awardPeople).where(eq(awardPeople.studentId, id)).run().changes;
  db.delete(students).where(eq(students.id, id)).run();
  return { certificatesRemoved, awardLinksRemoved };
}

/** The 学生名册's students, flat, in the order a row's values come back. */
const rosterColumns = { ...getTableColumns(students), majorName: majors.name, className: classes.name };
const rosterFields = Object.entries(rosterColumns);
/** Students read at a time: a page of a city's 200,000 is a few hundred kilobytes. */
const ROSTER_PAGE = 1000;

function rosterRow(values: readonly unknown[]): StudentRow {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < rosterFields.length; i++) {
    const [key, column] = rosterFields[i];
    const value = values[i];
    row[key] = value === null ? null : column.mapFromDriverValue(value);
  }
  // As withNames: the column is nullable only for older imports.
  row.expectedGraduationYear ??= 0;
  return row as StudentRow;
}

/** Every student with major and class names, by 学号: the 学生名册. Read a page at a time as the caller iterates, so
 * that a city's students never sit in memory together and no statement stays open between pages (an export yields
 * to the event loop, where other calls use the connection). Each page comes back as plain values decoded here:
 * drizzle's own mapping works out every field's decoder again for every row, which costs more than reading it. */
export function allStudents(db: Db): Iterable<StudentRow> {
  return {
    *[Symbol.iterator]() {
      const page = db
        .select(rosterColumns)
        .from(students)
        .leftJoin(majors, eq(students.majorId, majors.id))
        .leftJoin(classes, eq(students.classId, classes.id))
        // 学号 is unique and never empty, so each page starts after the last one's.
        .where(gt(students.studentNo, sql.placeholder('after')))
        .orderBy(asc(students.studentNo))
        .limit(ROSTER_PAGE)
        .prepare();
      for (let after = ''; ; ) {
        const rows = (page.values({ after }) as unknown[][]).map(rosterRow);
        yield* rows;
        if (rows.length < ROSTER_PAGE) return;
        after = rows[rows.length - 1].studentNo;
      }
    },
  };
}

/** The years students graduate (or are expected to) in, newest first. */
export function graduationYears(db: Db): number[] {
  return db
    .selectDistinct({ year: students.expectedGraduationYear })
    .from(students)
    .where(sql`${students.expectedGraduationYear} is not null`)
    .orderBy(desc(students.expectedGraduationYear))
    .all()
    .map((r) => r.year!);
}
