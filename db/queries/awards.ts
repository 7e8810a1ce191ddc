import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { awardPeople, awards, staff, students } from '../schema';
import type { Db } from '../open';
import { jsonRows } from '../jsonRead';
import type { AwardValues, PersonRef } from '@shared/awards';
import { nowStamp } from './audit';

export type AwardRecord = typeof awards.$inferSelect;
type Role = '参赛' | '指导';

export interface AwardPersonRef extends PersonRef {
  awardId: number;
  role: Role;
}

export interface AwardPersonRow extends AwardPersonRef {
  name: string;
  number: string | null;
}

export function listAwards(db: Db, filter: { year?: number; level?: AwardRecord['level'] }): AwardRecord[] {
  return db
    .select()
    .from(awards)
    .where(and(filter.year !== undefined ? eq(awards.year, filter.year) : undefined, filter.level ? eq(awards.level, filter.level) : undefined))
    .orderBy(desc(awards.year), asc(awards.id))
    .all();
}

export function getAward(db: Db, id: number): AwardRecord | undefined {
  return db.select().from(awards).where(eq(awards.id, id)).get();
}

/** The people of these awards with their names and 学号/工号, in the order they were entered. */
export function peopleOfAwards(db: Db, awardIds: readonly number[]): AwardPersonRow[] {
  if (!awardIds.length) return [];
  return db
    .select({
      awardId: awardPeople.awardId,
      role: awardPeople.role,
      studentId: awardPeople.studentId,
      staffId: awardPeople.staffId,
      externalName: awardPeople.externalName,
      studentName: students.name,
      studentNo: students.studentNo,
      staffName: staff.name,
      staffNo: staff.staffNo,
    })
    .from(awardPeople)
    .leftJoin(students, eq(awardPeople.studentId, students.id))
    .leftJoin(staff, eq(awardPeople.staffId, staff.id))
    .where(inArray(awardPeople.awardId, [...awardIds]))
    .orderBy(asc(awardPeople.id))
    .all()
    .map(({ studentName, studentNo, staffName, staffNo, ...p }) => ({
      ...p,
      name: studentName ?? staffName ?? p.externalName ?? '',
      number: studentNo ?? staffNo ?? null,
    }));
}

/** The year's awards (or every award) and their people, who and in what role only: what the counts need. */
export function awardsToCount(db: Db, year?: number): { awards: Pick<AwardRecord, 'id' | 'year' | 'level' | 'prize'>[]; people: AwardPersonRef[] } {
  const ofYear = year === undefined ? sql`` : sql`where ${eq(awards.year, year)}`;
  return {
    awards: jsonRows<Pick<AwardRecord, 'id' | 'year' | 'level' | 'prize'>>(
      db,
      { id: awards.id, year: awards.year, level: awards.level, prize: awards.prize },
      sql`from ${awards} ${ofYear}`,
    ),
    people: jsonRows<AwardPersonRef>(
      db,
      { awardId: awardPeople.awardId, role: awardPeople.role, studentId: awardPeople.studentId, staffId: awardPeople.staffId, externalName: awardPeople.externalName },
      sql`from ${awardPeople} join ${awards} on ${eq(awards.id, awardPeople.awardId)} ${ofYear}`,
    ),
  };
}

function columnsOf(values: AwardValues): Omit<AwardValues, 'participants' | 'advisors'> {
  const { participants: _participants, advisors: _advisors, ...columns } = values;
  return columns;
}

function insertPeople(db: Db, awardId: number, values: AwardValues): void {
  const rows = [
    ...values.participants.map((p) => ({ ...p, awardId, role: '参赛' as const })),
    ...values.advisors.map((p) => ({ ...p, awardId, role: '指导' as const })),
  ];
  db.insert(awardPeople).values(rows).run();
}

export function insertAward(db: Db, values: AwardValues): AwardRecord {
  const row = db.insert(awards).values({ ...columnsOf(values), updatedAt: nowStamp() }).returning().get();
  insertPeople(db, row.id, values);
  return row;
}

/** Replaces the award's fields and its people. */
export function updateAward(db: Db, id: number, values: AwardValues): AwardRecord {
  const row = db.update(awards).set({ ...columnsOf(values), updatedAt: nowStamp() }).where(eq(awards.id, id)).returning().get();
  db.delete(awardPeople).where(eq(awardPeople.awardId, id)).run();
  insertPeople(db, id, values);
  return row;
}

export function deleteAward(db: Db, id: number): void {
  db.delete(awardPeople).where(eq(awardPeople.awardId, id)).run();
  db.delete(awards).where(eq(awards.id, id)).run();
}

/** Which of these ids exist, for students and for staff. */
export function existingPeople(db: Db, studentIds: number[], staffIds: number[]): { students: Set<number>; staff: Set<number> } {
  const found = (rows: { id: number }[]) => new Set(rows.map((r) => r.id));
  return {
    students: found(studentIds.length ? db.select({ id: students.id }).from(students).where(inArray(students.id, studentIds)).all() : []),
    staff: found(staffIds.length ? db.select({ id: staff.id }).from(staff).where(inArray(staff.id, staffIds)).all() : []),
  };
}

/** The years with awards, newest first. */
export function awardYears(db: Db): number[] {
  return db.selectDistinct({ year: awards.year }).from(awards).orderBy(desc(awards.year)).all().map((r) => r.year);
}
