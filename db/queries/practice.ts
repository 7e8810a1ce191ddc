// 企业实践 records, their evidence rows, and the compliance of every teacher (DESIGN §4.1).
import { and, asc, desc, eq, getTableColumns, gte, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { practiceEvidence, practiceRecords, staff } from '../schema';
import type { Db } from '../open';
import { nowStamp } from './audit';
import type { ComplianceRow, PracticeRow, PracticeValues, practiceListQuerySchema } from '@shared/practice';
import {
  complianceOf, countsTowardsCompliance, reviewCountingStatement, type AwaitingReview, type ComplianceSettings, type DateWindow, type PracticeSpan, type PracticeWithForm, type TeacherForCompliance,
} from '@shared/rules/practice';
import { byText } from '@shared/textOrder';
import { jsonRows } from '../jsonRead';
import { untilDataChanges } from '../memo';
import { preparedPerDb, preparedUpdateById, preparedWrite, rowPlaceholders } from '../prepared';

export type PracticeRecord = typeof practiceRecords.$inferSelect;
export type EvidenceRecord = typeof practiceEvidence.$inferSelect;
type ListQuery = z.output<typeof practiceListQuerySchema>;

/** A record with its teacher's 工号 and name and its number of evidence files. */
const rowColumns = {
  ...getTableColumns(practiceRecords),
  staffNo: staff.staffNo,
  staffName: staff.name,
  evidenceCount: sql<number>`(select count(*) from ${practiceEvidence} where ${practiceEvidence.practiceId} = ${practiceRecords.id})`,
};

function selectRows(db: Db, where: SQL | undefined) {
  return db.select(rowColumns).from(practiceRecords).innerJoin(staff, eq(staff.id, practiceRecords.staffId)).where(where);
}

function listFilter(q: ListQuery): SQL | undefined {
  return and(
    q.staffId === undefined ? undefined : eq(practiceRecords.staffId, q.staffId),
    q.year === undefined ? undefined : and(gte(practiceRecords.startDate, `${q.year}-01-01`), lte(practiceRecords.startDate, `${q.year}-12-31`)),
    q.form === undefined ? undefined : eq(practiceRecords.form, q.form),
    q.reviewState === undefined ? undefined : eq(practiceRecords.reviewState, q.reviewState),
  );
}

/** Newest first; a teacher's page shows all of theirs, the ledger pages through the school's. */
export function listPractice(db: Db, q: ListQuery): { rows: PracticeRow[]; total: number } {
  const where = listFilter(q);
  const rows = selectRows(db, where)
    .orderBy(desc(practiceRecords.startDate), desc(practiceRecords.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(practiceRecords).where(where).get()!.n;
  return { rows, total };
}

const practiceRowById = preparedPerDb((db) => selectRows(db, eq(practiceRecords.id, sql.placeholder('id'))).prepare());

export function getPracticeRow(db: Db, id: number): PracticeRow | undefined {
  return practiceRowById(db).get({ id });
}

/** A teacher's records touching the window, oldest first (the timeline). */
export function practiceRowsInWindow(db: Db, staffId: number, window: DateWindow): PracticeRow[] {
  return selectRows(
    db,
    and(eq(practiceRecords.staffId, staffId), lte(practiceRecords.startDate, window.end), gte(practiceRecords.endDate, window.start)),
  )
    .orderBy(asc(practiceRecords.startDate), asc(practiceRecords.id))
    .all();
}

const practiceOf = preparedPerDb((db) =>
  db.select().from(practiceRecords).where(eq(practiceRecords.staffId, sql.placeholder('staffId'))).orderBy(asc(practiceRecords.startDate)).prepare(),
);
const practiceById = preparedPerDb((db) => db.select().from(practiceRecords).where(eq(practiceRecords.id, sql.placeholder('id'))).prepare());
type PracticeExtra = { reviewNote: string | null; submittedBy: number | null; updatedAt: string };
const practiceInsert = preparedWrite<PracticeValues, PracticeExtra & { staffId: number }>((db) => db.insert(practiceRecords).values(rowPlaceholders(practiceRecords)));
const practiceUpdate = preparedUpdateById<PracticeValues, PracticeExtra>(practiceRecords, 'staffId');

export function practiceOfStaff(db: Db, staffId: number): PracticeRecord[] {
  return practiceOf(db).all({ staffId });
}

export function getPractice(db: Db, id: number): PracticeRecord | undefined {
  return practiceById(db).get({ id });
}

/** submittedBy: the 教师 account logging it over the school network, null when the school enters it. */
export function insertPractice(db: Db, staffId: number, values: PracticeValues, submittedBy: number | null = null): PracticeRecord {
  return getPractice(db, Number(practiceInsert(db, values, { staffId, reviewNote: null, submittedBy, updatedAt: nowStamp() }).lastInsertRowid))!;
}

/**
 * The reason a record was sent back stays while it is 已退回; a record submitted again or reviewed drops it. A record
 * a 教师 account changes is theirs to have reviewed (submittedBy); one the school changes keeps whoever logged it.
 */
export function updatePractice(
  db: Db,
  before: PracticeRecord,
  values: PracticeValues,
  change: { reviewNote?: string | null; submittedBy?: number | null } = {},
): PracticeRecord {
  const reviewNote = values.reviewState === '已退回' ? (change.reviewNote ?? before.reviewNote) : null;
  practiceUpdate(db, before.id, values, { reviewNote, submittedBy: change.submittedBy ?? before.submittedBy, updatedAt: nowStamp() });
  return getPractice(db, before.id)!;
}

/** Deletes the record and its evidence rows (call inside a transaction); returns the evidence rows removed. */
export function deletePracticeWithEvidence(db: Db, id: number): EvidenceRecord[] {
  const evidence = listEvidence(db, id);
  db.delete(practiceEvidence).where(eq(practiceEvidence.practiceId, id)).run();
  db.delete(practiceRecords).where(eq(practiceRecords.id, id)).run();
  return evidence;
}

export function listEvidence(db: Db, practiceId: number): EvidenceRecord[] {
  return db.select().from(practiceEvidence).where(eq(practiceEvidence.practiceId, practiceId)).orderBy(asc(practiceEvidence.id)).all();
}

/** All evidence rows of a staff member's records (their files go when the staff member is deleted). */
export function evidenceOfStaff(db: Db, staffId: number): EvidenceRecord[] {
  return db
    .select(getTableColumns(practiceEvidence))
    .from(practiceEvidence)
    .innerJoin(practiceRecords, eq(practiceRecords.id, practiceEvidence.practiceId))
    .where(eq(practiceRecords.staffId, staffId))
    .all();
}

export function getEvidence(db: Db, id: number): EvidenceRecord | undefined {
  return db.select().from(practiceEvidence).where(eq(practiceEvidence.id, id)).get();
}

export function insertEvidence(db: Db, values: Omit<EvidenceRecord, 'id' | 'addedAt'>): EvidenceRecord {
  return db.insert(practiceEvidence).values({ ...values, addedAt: nowStamp() }).returning().get();
}

export function deleteEvidence(db: Db, id: number): void {
  db.delete(practiceEvidence).where(eq(practiceEvidence.id, id)).run();
}

export type ServingTeacher = TeacherForCompliance & { id: number; staffNo: string; name: string };

/** 在职 专任教师 by 工号 (or the one given), with what the practice rules read: those §4.1 and its checks look at. */
export function servingTeachers(db: Db, staffId?: number): ServingTeacher[] {
  return jsonRows<ServingTeacher>(
    db,
    {
      id: staff.id, staffNo: staff.staffNo, name: staff.name, status: staff.status, postCategory: staff.postCategory,
      teachingCategory: staff.teachingCategory, joinDate: staff.joinDate, enterpriseMonths: staff.enterpriseMonths,
    },
    sql`from ${staff} where ${and(eq(staff.status, '在职'), eq(staff.postCategory, '专任教师'), staffId === undefined ? undefined : eq(staff.id, staffId))}`,
    sql`${staff.staffNo}`,
  );
}

/** A teacher's record 教务 has not passed (DESIGN §12): its review state, else null. Read with every record the
 * practice rules count, so they can leave out what does not count (countsTowardsCompliance). */
export const awaitingReviewColumn = sql<AwaitingReview | null>`case when ${practiceRecords.submittedBy} is not null and ${practiceRecords.reviewState} <> '已审核' then ${practiceRecords.reviewState} end`;

/** Whether any record was logged by a teacher over the school network: only then do the exports and indicators
 * say how such records count (a school that never uses the network sees its forms unchanged). */
export function anyTeacherLogged(db: Db): boolean {
  return db.select({ id: practiceRecords.id }).from(practiceRecords).where(isNotNull(practiceRecords.submittedBy)).limit(1).get() !== undefined;
}

/** What the exports and indicators say of a teacher's records awaiting review, when the school has any. */
export function reviewNoteFor(db: Db, settings: ComplianceSettings): string | null {
  return anyTeacherLogged(db) ? reviewCountingStatement(settings) : null;
}

/** Every record that counts (countsTowardsCompliance), oldest first: what the national forms total. */
export function countedPractice(db: Db, settings: ComplianceSettings): PracticeRecord[] {
  return db
    .select({ ...getTableColumns(practiceRecords), awaitingReview: awaitingReviewColumn })
    .from(practiceRecords)
    .orderBy(asc(practiceRecords.startDate), asc(practiceRecords.id))
    .all()
    .filter((r) => countsTowardsCompliance(r, settings));
}

/** A record as the practice rules read it: the spans §4.1 counts, with the form its checks look at. */
export type PracticeSpanRecord = PracticeSpan & PracticeWithForm & { id: number; staffId: number };

/** The records (of one teacher, given staffId) grouped by teacher, each teacher's by start date then id. A teacher
 * has a few records: sorting each list here is cheaper than SQLite sorting a city's 50,000. */
function practiceByStaff(db: Db, staffId?: number): Map<number, PracticeSpanRecord[]> {
  const records = jsonRows<PracticeSpanRecord>(
    db,
    {
      id: practiceRecords.id, staffId: practiceRecords.staffId, startDate: practiceRecords.startDate, endDate: practiceRecords.endDate,
      days: practiceRecords.days, form: practiceRecords.form, awaitingReview: awaitingReviewColumn,
    },
    staffId === undefined ? sql`from ${practiceRecords}` : sql`from ${practiceRecords} where ${eq(practiceRecords.staffId, staffId)}`,
  );
  const byStaff = new Map<number, PracticeSpanRecord[]>();
  for (const r of records) {
    const list = byStaff.get(r.staffId);
    if (list) list.push(r);
    else byStaff.set(r.staffId, [r]);
  }
  for (const list of byStaff.values()) list.sort((a, b) => byText(a.startDate, b.startDate) || a.id - b.id);
  return byStaff;
}

/** Every 在职 专任教师 with their records: read once for the whole school's compliance and the data-quality checks,
 * which the overview asks for together (a city's 50,000 records). Remembered until the data changes; callers must
 * not modify it. */
export const servingTeachersWithPractice = untilDataChanges((db: Db) => ({ teachers: servingTeachers(db), practiceOf: practiceByStaff(db) }));

/**
 * The compliance of every 在职 专任教师 as of D (or of one, given staffId): the one computation behind the status
 * board, a teacher's page, the home page and the CLI, so they agree by construction. Remembered until the data
 * changes.
 */
export const complianceRows = untilDataChanges((db: Db, asOf: string, settings: ComplianceSettings, staffId?: number): ComplianceRow[] => {
  const { teachers, practiceOf } =
    staffId === undefined ? servingTeachersWithPractice(db) : { teachers: servingTeachers(db, staffId), practiceOf: practiceByStaff(db, staffId) };
  const rows: ComplianceRow[] = [];
  for (const t of teachers) {
    const c = complianceOf(t, practiceOf.get(t.id) ?? [], asOf, settings);
    if (!c) continue;
    rows.push({
      staffId: t.id,
      staffNo: t.staffNo,
      name: t.name,
      teachingCategory: t.teachingCategory,
      joinDate: t.joinDate,
      days: c.days,
      requiredDays: c.requiredDays,
      status: c.status,
      shortfallDays: c.shortfallDays,
      deadline: c.deadline,
      pendingDays: c.pendingDays,
    });
  }
  return rows;
});
