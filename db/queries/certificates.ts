import { asc, eq, inArray } from 'drizzle-orm';
import { studentCertificates } from '../schema';
import type { Db } from '../open';
import type { CertificateValues } from '../../shared/certificates';

export type CertificateRecord = typeof studentCertificates.$inferSelect;

export function listCertificates(db: Db, studentId: number): CertificateRecord[] {
  return db.select().from(studentCertificates).where(eq(studentCertificates.studentId, studentId)).orderBy(asc(studentCertificates.obtainedDate), asc(studentCertificates.id)).all();
}

export function certificatesOfStudents(db: Db, studentIds: readonly number[]): CertificateRecord[] {
  return studentIds.length ? db.select().from(studentCertificates).where(inArray(studentCertificates.studentId, [...studentIds])).all() : [];
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
