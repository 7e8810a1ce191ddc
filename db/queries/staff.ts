import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { awardPeople, dualTeacherCertifications, practiceEvidence, practiceRecords, staff, staffHonours, staffSkillCertificates } from '../schema';
import type { Db } from '../open';
import type { StaffValues } from '@shared/staff';
import type { z } from 'zod';
import type { staffListQuerySchema } from '@shared/staff';
import { nowStamp } from './audit';
import { unlinkUsersOfStaff } from './users';
import { personSearch } from './listSearch';
import { preparedLookup, preparedPerDb, rowWrites } from '../prepared';

export type StaffRecord = typeof staff.$inferSelect;
type ListQuery = z.output<typeof staffListQuerySchema>;

// A school's or a city's staff (10,000) is small enough for SQLite's own plan over the search's index range.
export function listStaff(db: Db, q: ListQuery): { rows: StaffRecord[]; total: number } {
  const search = q.search ? personSearch(db, staff, q.search, [staff.name, staff.staffNo, staff.idCard]) : undefined;
  if (search === null) return { rows: [], total: 0 };
  const where = and(
    search?.on,
    q.postCategory ? eq(staff.postCategory, q.postCategory) : undefined,
    q.teachingCategory ? eq(staff.teachingCategory, q.teachingCategory) : undefined,
    q.status ? eq(staff.status, q.status) : undefined,
  );
  const order = q.sortOrder === 'desc' ? desc(staff[q.sortBy]) : asc(staff[q.sortBy]);
  const rows = db
    .select()
    .from(staff)
    .where(where)
    .orderBy(order, asc(staff.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(staff).where(where).get()!.n;
  return { rows, total };
}

const staffBy = {
  id: preparedPerDb((db) => db.select().from(staff).where(eq(staff.id, sql.placeholder('id'))).prepare()),
  staffNo: preparedPerDb((db) => db.select().from(staff).where(eq(staff.staffNo, sql.placeholder('staffNo'))).prepare()),
  idCard: preparedPerDb((db) => db.select().from(staff).where(eq(staff.idCard, sql.placeholder('idCard'))).prepare()),
};

export function getStaff(db: Db, id: number): StaffRecord | undefined {
  return staffBy.id(db).get({ id });
}

export function findStaffByStaffNo(db: Db, staffNo: string): StaffRecord | undefined {
  return staffBy.staffNo(db).get({ staffNo });
}

export function findStaffByIdCard(db: Db, idCard: string): StaffRecord | undefined {
  return staffBy.idCard(db).get({ idCard });
}

/** Who holds a 工号 or a 身份证号, for the rows of an import. */
const staffRef = { id: staff.id, name: staff.name, number: staff.staffNo };
export const staffRefByNo = preparedLookup(staff, staffRef, staff.staffNo);
export const staffRefByIdCard = preparedLookup(staff, staffRef, staff.idCard);

const staffWrites = rowWrites<StaffValues>(staff, nowStamp);

/** Returns the new staff member's id. */
export const insertStaff = staffWrites.insert;
export const updateStaff = staffWrites.update;

/** Removes the staff member with their qualifications, practice records and award links, and disables a teacher
 * account linked to them (call inside a transaction). */
export function deleteStaffWithRecords(db: Db, id: number): void {
  const practiceIds = db.select({ id: practiceRecords.id }).from(practiceRecords).where(eq(practiceRecords.staffId, id)).all().map((r) => r.id);
  for (const pid of practiceIds) db.delete(practiceEvidence).where(eq(practiceEvidence.practiceId, pid)).run();
  db.delete(practiceRecords).where(eq(practiceRecords.staffId, id)).run();
  db.delete(dualTeacherCertifications).where(eq(dualTeacherCertifications.staffId, id)).run();
  db.delete(staffSkillCertificates).where(eq(staffSkillCertificates.staffId, id)).run();
  db.delete(staffHonours).where(eq(staffHonours.staffId, id)).run();
  db.delete(awardPeople).where(eq(awardPeople.staffId, id)).run();
  unlinkUsersOfStaff(db, id);
  db.delete(staff).where(eq(staff.id, id)).run();
}

export function allStaff(db: Db): StaffRecord[] {
  return db.select().from(staff).orderBy(asc(staff.staffNo)).all();
}

