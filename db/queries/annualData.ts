import { eq } from 'drizzle-orm';
import { annualData } from '../schema';
import type { Db } from '../open';
import type { AnnualDataValues } from '../../shared/annualData';
import { nowStamp } from './audit';

export type AnnualDataRecord = typeof annualData.$inferSelect;

export function getAnnualData(db: Db, schoolYear: number): AnnualDataRecord | undefined {
  return db.select().from(annualData).where(eq(annualData.schoolYear, schoolYear)).get();
}

export function saveAnnualData(db: Db, schoolYear: number, values: AnnualDataValues): AnnualDataRecord {
  const row = { ...values, schoolYear, updatedAt: nowStamp() };
  return db.insert(annualData).values(row).onConflictDoUpdate({ target: annualData.schoolYear, set: row }).returning().get();
}
