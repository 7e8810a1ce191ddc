import { and, count, eq } from 'drizzle-orm';
import { annualData, students } from '../schema';
import type { Db } from '../open';
import { untilDataChanges } from '../memo';
import { annualDataFields, type AnnualDataValues, type GraduateForDestinations } from '@shared/annualData';
import { nowStamp } from './audit';

export type AnnualDataRecord = typeof annualData.$inferSelect;

export function getAnnualData(db: Db, schoolYear: number): AnnualDataRecord | undefined {
  return db.select().from(annualData).where(eq(annualData.schoolYear, schoolYear)).get();
}

/** The saved values of the year, every field of the form (null where not entered); null when nothing is saved. */
export function savedAnnualValues(db: Db, schoolYear: number): AnnualDataValues | null {
  const row = getAnnualData(db, schoolYear);
  return row ? (Object.fromEntries(annualDataFields.map((f) => [f.key, row[f.key]])) as AnnualDataValues) : null;
}

export function saveAnnualData(db: Db, schoolYear: number, values: AnnualDataValues): AnnualDataRecord {
  const row = { ...values, schoolYear, updatedAt: nowStamp() };
  return db.insert(annualData).values(row).onConflictDoUpdate({ target: annualData.schoolYear, set: row }).returning().get();
}

/** The destinations of the year's graduates, the students expected to graduate in it who have (状态 毕业). Read as
 * groups of graduates alike, each group one shared object: a city's 45,000 graduates are a dozen kinds. Remembered
 * until the data changes: the indicators ask for them on every call. */
export const graduateDestinations = untilDataChanges((db: Db, year: number): GraduateForDestinations[] =>
  db
    .select({ destination: students.destination, destinationLocal: students.destinationLocal, lowIncome: students.lowIncome, graduates: count() })
    .from(students)
    .where(and(eq(students.expectedGraduationYear, year), eq(students.status, '毕业')))
    .groupBy(students.destination, students.destinationLocal, students.lowIncome)
    .all()
    .flatMap(({ graduates, ...alike }) => Array<GraduateForDestinations>(graduates).fill(alike)),
);
