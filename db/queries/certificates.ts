import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { classes, majors, studentCertificates, students } from '../schema';
import type { Db } from '../open';
import { jsonRows, jsonTuples } from '../jsonRead';
import { preparedPerDb, preparedWrite, rowPlaceholders } from '../prepared';
import { untilDataChanges } from '../memo';
import {
  certificateAttainment, qualifyingLevels, type CertificateForAttainment, type CertificateThresholdSettings, type StudentForAttainment,
} from '../../shared/rules/certificates';
import type { SchoolType } from '../../shared/vocab';
import type { CertificateValues } from '../../shared/certificates';
import { byText } from '../../shared/textOrder';

export type CertificateRecord = typeof studentCertificates.$inferSelect;

const certificatesOf = preparedPerDb((db) =>
  db
    .select()
    .from(studentCertificates)
    .where(eq(studentCertificates.studentId, sql.placeholder('studentId')))
    .orderBy(asc(studentCertificates.obtainedDate), asc(studentCertificates.id))
    .prepare(),
);
const certificateById = preparedPerDb((db) => db.select().from(studentCertificates).where(eq(studentCertificates.id, sql.placeholder('id'))).prepare());
const certificateInsert = preparedWrite<CertificateValues, { studentId: number }>((db) => db.insert(studentCertificates).values(rowPlaceholders(studentCertificates)));

export function listCertificates(db: Db, studentId: number): CertificateRecord[] {
  return certificatesOf(db).all({ studentId });
}

/** A student expected to graduate in the year, as the certificate rate counts and lists them. */
export type CohortStudent = StudentForAttainment & Pick<typeof students.$inferSelect, 'studentNo' | 'name' | 'status'> & { studentId: number };

/** The students expected to graduate in a year, by major code, class name and 学号 (the order the rate lists them
 * in). A city's cohort is 48,000 rows: its majors and classes, a few hundred, are named here rather than joined to
 * every row, and the rows are sorted here rather than by SQLite, which together take a third of the time. */
export function studentsOfCohortYear(db: Db, year: number): CohortStudent[] {
  const majorOf = new Map(db.select({ id: majors.id, name: majors.name, code: majors.code }).from(majors).all().map((m) => [m.id, m]));
  const classNameOf = new Map(db.select({ id: classes.id, name: classes.name }).from(classes).all().map((c) => [c.id, c.name]));
  const rows = jsonTuples<[number, string, string, number | null, number | null, CohortStudent['status']]>(
    db,
    [students.id, students.studentNo, students.name, students.majorId, students.classId, students.status],
    sql`from ${students} where ${eq(students.expectedGraduationYear, year)}`,
  );
  const cohort = rows.map(([studentId, studentNo, name, majorId, classId, status]) => {
    const major = majorId === null ? undefined : majorOf.get(majorId);
    return {
      studentId, studentNo, name, majorId, majorName: major?.name ?? null, majorCode: major?.code ?? null, classId,
      className: classId === null ? null : (classNameOf.get(classId) ?? null), expectedGraduationYear: year, status,
    };
  });
  return cohort.sort((a, b) => byText(a.majorCode, b.majorCode) || byText(a.className, b.className) || byText(a.studentNo, b.studentNo));
}

export interface Qualifying {
  schoolType: SchoolType;
  thresholds: CertificateThresholdSettings;
  cutoffDate: string;
}

/** A certificate §4.2 counts: obtained by the cut-off, of a kind and level the rule takes (qualifyingLevels). */
export function qualifyingCertificate(q: Qualifying): SQL {
  const levels = qualifyingLevels(q.schoolType, q.thresholds).map(({ kind, levels }) =>
    and(eq(studentCertificates.kind, kind), inArray(studentCertificates.level, levels)),
  );
  return sql`${studentCertificates.obtainedDate} <= ${q.cutoffDate} and (${sql.join(levels, sql` or `)})`;
}

/** The qualifying certificates of the students expected to graduate in a year: the rule checks them again, and a
 * city's cohort has twice as many that do not count. */
export function certificatesOfCohortYear(db: Db, year: number, q: Qualifying): CertificateForAttainment[] {
  return jsonRows<CertificateForAttainment>(
    db,
    { studentId: studentCertificates.studentId, kind: studentCertificates.kind, level: studentCertificates.level, dateObtained: studentCertificates.obtainedDate },
    sql`from ${studentCertificates} join ${students} on ${eq(students.id, studentCertificates.studentId)}
      where ${eq(students.expectedGraduationYear, year)} and ${qualifyingCertificate(q)}`,
  );
}

/** §4.2 over a graduation year's cohort: the one computation behind the certificate rate and the indicator of the
 * same name, which the overview asks for together (on a city, 50,000 students and their certificates). Remembered
 * until the data changes; callers must not modify it. */
export const cohortAttainment = untilDataChanges((db: Db, year: number, q: Qualifying) =>
  certificateAttainment(studentsOfCohortYear(db, year), certificatesOfCohortYear(db, year, q), { year, ...q }),
);

export function getCertificate(db: Db, id: number): CertificateRecord | undefined {
  return certificateById(db).get({ id });
}

export function insertCertificate(db: Db, studentId: number, values: CertificateValues): CertificateRecord {
  return getCertificate(db, Number(certificateInsert(db, values, { studentId }).lastInsertRowid))!;
}

export function updateCertificate(db: Db, id: number, values: CertificateValues): CertificateRecord {
  return db.update(studentCertificates).set(values).where(eq(studentCertificates.id, id)).returning().get();
}

export function deleteCertificate(db: Db, id: number): void {
  db.delete(studentCertificates).where(eq(studentCertificates.id, id)).run();
}

/** Every certificate with its student's 学号 and name, by 学号, then as each student's list orders them. */
export function certificatesWithStudents(db: Db): { certificate: CertificateRecord; studentNo: string; studentName: string }[] {
  return db
    .select({ certificate: studentCertificates, studentNo: students.studentNo, studentName: students.name })
    .from(studentCertificates)
    .innerJoin(students, eq(studentCertificates.studentId, students.id))
    .orderBy(asc(students.studentNo), asc(studentCertificates.obtainedDate), asc(studentCertificates.id))
    .all();
}
