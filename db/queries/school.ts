import { eq } from 'drizzle-orm';
import { school, settings } from '../schema';
import type { Db } from '../open';
import type { SchoolValues } from '@shared/school';
import { nowStamp } from './audit';

export type SchoolRecord = typeof school.$inferSelect;

export function getSchool(db: Db): SchoolRecord | undefined {
  return db.select().from(school).get();
}

export function saveSchool(db: Db, values: SchoolValues): SchoolRecord {
  const existing = getSchool(db);
  if (existing) return db.update(school).set({ ...values, updatedAt: nowStamp() }).where(eq(school.id, existing.id)).returning().get();
  return db.insert(school).values({ ...values, updatedAt: nowStamp() }).returning().get();
}

export function getSetting<T>(db: Db, key: string, fallback: T): T {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  return row ? (JSON.parse(row.value) as T) : fallback;
}

export function putSetting(db: Db, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  db.insert(settings).values({ key, value: json }).onConflictDoUpdate({ target: settings.key, set: { value: json } }).run();
}
