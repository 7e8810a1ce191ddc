import { and, asc, count, eq, inArray, min, sql, type SQL } from 'drizzle-orm';
import { classes, majors, studentCertificates, students } from '../schema';
import type { Db } from '../open';
import { jsonRows, jsonTuples } from '../jsonRead';
import { preparedPerDb, preparedUpdateById, preparedWrite, rowPlaceholders } from '../prepared';
import {
  COHORT_STATUSES, qualifyingLevels, type CertificateForAttainment, type CertificateThresholdSettings, type CohortTally, type StudentForAttainment,
} from '@shared/rules/certificates';
import type { SchoolType } from '@shared/vocab';
import type { CertificateValues } from '@shared/certificates';
import { byText } from '@shared/textOrder';

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
const certificateUpdate = preparedUpdateById<CertificateValues>(studentCertificates, 'studentId');

export function listCertificates(db: Db, studentId: number): CertificateRecord[] {
  return certificatesOf(db).all({ studentId });
}

/** A student expected to graduate in the year, as the certificate rate counts and lists them. */
export type CohortStudent = StudentForAttainment & Pick<typeof students.$inferSelect, 'studentNo' | 'name' | 'status'> & { studentId: number };

/** The majors and classes by id: a few hundred, named here rather than joined to each of a city's 48,000 students. */
function majorsAndClasses(db: Db) {
  return {
    majorOf: new Map(db.select({ id: majors.id, name: majors.name, code: majors.code }).from(majors).all().map((m) => [m.id, m])),
    classNameOf: new Map(db.select({ id: classes.id, name: classes.name }).from(classes).all().map((c) => [c.id, c.name])),
  };
}

/** The students expected to graduate in a year, by major code, class name and 学号 (the order the rate lists them
 * in). Sorted here rather than by SQLite, which with the joins took three times as long on a city's cohort. */
export function studentsOfCohortYear(db: Db, year: number): CohortStudent[] {
  const { majorOf, classNameOf } = majorsAndClasses(db);
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

/**
 * The cohort of a year (§4.2: expected to graduate in it, 在籍 or 毕业) counted per class, with those holding a
 * qualifying certificate, in SQL: the rates without the list of students lacking one (the overview). In the order
 * certificateAttainment meets the classes in studentsOfCohortYear's listing: by major code, class name, then the
 * class's first 学号.
 */
export function cohortTalliesOfYear(db: Db, year: number, q: Qualifying): CohortTally[] {
  const { majorOf, classNameOf } = majorsAndClasses(db);
  const holdsOne = sql`exists (select 1 from ${studentCertificates} where ${studentCertificates.studentId} = ${students.id} and ${qualifyingCertificate(q)})`;
  const groups = db
    .select({ majorId: students.majorId, classId: students.classId, numerator: sql<number>`sum(${holdsOne})`, denominator: count(), firstStudentNo: min(students.studentNo) })
    .from(students)
    .where(and(eq(students.expectedGraduationYear, year), inArray(students.status, [...COHORT_STATUSES])))
    .groupBy(students.majorId, students.classId)
    .all()
    .map(({ majorId, classId, numerator, denominator, firstStudentNo }) => {
      const major = majorId === null ? undefined : majorOf.get(majorId);
      const className = classId === null ? null : (classNameOf.get(classId) ?? null);
      return { majorId, majorName: major?.name ?? null, majorCode: major?.code ?? null, classId, className, numerator, denominator, firstStudentNo };
    });
  return groups
    .sort((a, b) => byText(a.majorCode, b.majorCode) || byText(a.className, b.className) || byText(a.firstStudentNo, b.firstStudentNo))
    .map(({ majorId, majorName, classId, className, numerator, denominator }) => ({ majorId, majorName, classId, className, numerator, denominator }));
}

export function getCertificate(db: Db, id: number): CertificateRecord | undefined {
  return certificateById(db).get({ id });
}

export function insertCertificate(db: Db, studentId: number, values: CertificateValues): CertificateRecord {
  return getCertificate(db, Number(certificateInsert(db, values, { studentId }).lastInsertRowid))!;
}

export function updateCertificate(db: Db, id: number, values: CertificateValues): CertificateRecord {
  certificateUpdate(db, id, values, {});
  return getCertificate(db, id)!;
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
