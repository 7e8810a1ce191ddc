// A staff member's qualification rows: the three tables share one shape of query (by staff, by id, insert,
// update, delete), written once over the table.
import { asc, eq } from 'drizzle-orm';
import { dualTeacherCertifications, staffHonours, staffSkillCertificates } from '../schema';
import type { Db } from '../open';
import type { DualTeacherValues, HonourValues, StaffCertificateValues } from '../../shared/qualifications';

type StaffChildTable = typeof dualTeacherCertifications | typeof staffSkillCertificates | typeof staffHonours;

export interface StaffChildQueries<Row, Values> {
  listByStaff(db: Db, staffId: number): Row[];
  /** every staff member's rows, each one's in listByStaff's order */
  all(db: Db): Row[];
  get(db: Db, id: number): Row | undefined;
  insert(db: Db, staffId: number, values: Values): Row;
  update(db: Db, id: number, values: Values): Row;
  remove(db: Db, id: number): void;
}

// drizzle cannot type a query over a union of tables; each table's row and values types are fixed by its caller.
function staffChildQueries<T extends StaffChildTable, Values>(table: T): StaffChildQueries<T['$inferSelect'], Values> {
  const t = table as typeof dualTeacherCertifications;
  return {
    listByStaff: (db, staffId) => db.select().from(t).where(eq(t.staffId, staffId)).orderBy(asc(t.id)).all() as T['$inferSelect'][],
    all: (db) => db.select().from(t).orderBy(asc(t.id)).all() as T['$inferSelect'][],
    get: (db, id) => db.select().from(t).where(eq(t.id, id)).get() as T['$inferSelect'] | undefined,
    insert: (db, staffId, values) => db.insert(t).values({ ...(values as object), staffId } as never).returning().get() as T['$inferSelect'],
    update: (db, id, values) => db.update(t).set(values as never).where(eq(t.id, id)).returning().get() as T['$inferSelect'],
    remove: (db, id) => void db.delete(t).where(eq(t.id, id)).run(),
  };
}

export const dualTeacherQueries = staffChildQueries<typeof dualTeacherCertifications, DualTeacherValues>(dualTeacherCertifications);
export const staffCertificateQueries = staffChildQueries<typeof staffSkillCertificates, StaffCertificateValues>(staffSkillCertificates);
export const honourQueries = staffChildQueries<typeof staffHonours, HonourValues>(staffHonours);
