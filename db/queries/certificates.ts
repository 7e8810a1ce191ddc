import { asc, eq } from 'drizzle-orm';
import { studentCertificates, students } from '../schema';
import type { Db } from '../open';
import type { CertificateValues } from '../../shared/certificates';

export type CertificateRecord = typeof studentCertificates.$inferSelect;

export function listCertificates(db: Db, studentId: number): CertificateRecord[] {
  return db.select().from(studentCertificates).where(eq(studentCertificates.studentId, studentId)).orderBy(asc(studentCertificates.obtainedDate), asc(studentCertificates.id)).all();
}

/** The certificates of the students expected to graduate in a year (a join, not a list of ids: a city's cohort
 * can exceed SQLite's limit on bound parameters). */
export function certificatesOfCohort(db: Db, year: number): CertificateRecord[] {
  return db
    .select({ certificate: studentCertificates })
    .from(studentCertificates)
    .innerJoin(students, eq(studentCertificates.studentId, students.id))
    .where(eq(students.expectedGraduationYear, year))
    .all()
    .map((r) => r.certificate);
}

export function getCertificate(db: Db, id: number): CertificateRecord | undefined {
  return db.select().from(studentCertificates).where(eq(studentCertificates.id, id)).get();
}

export function insertCertificate(db: Db, studentId: number, values: CertificateValues): CertificateRecord {
  return db.insert(studentCertificates).values({ ...values, studentId }).returning().get();
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
