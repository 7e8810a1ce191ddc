import { asc, eq } from 'drizzle-orm';
import { reportTemplates } from '../schema';
import type { Db } from '../open';
import { nowStamp } from './audit';

export type TemplateRecord = typeof reportTemplates.$inferSelect;
export type TemplateValues = Omit<TemplateRecord, 'id' | 'updatedAt'>;

export const listTemplates = (db: Db) =>
  db
    .select({ id: reportTemplates.id, name: reportTemplates.name, fill: reportTemplates.fill, sheet: reportTemplates.sheet, fileName: reportTemplates.fileName, updatedAt: reportTemplates.updatedAt })
    .from(reportTemplates)
    .orderBy(asc(reportTemplates.name))
    .all();

export const getTemplate = (db: Db, id: number): TemplateRecord | undefined => db.select().from(reportTemplates).where(eq(reportTemplates.id, id)).get();
export const templateByName = (db: Db, name: string): TemplateRecord | undefined => db.select().from(reportTemplates).where(eq(reportTemplates.name, name)).get();

export function insertTemplate(db: Db, values: TemplateValues): TemplateRecord {
  return db.insert(reportTemplates).values({ ...values, updatedAt: nowStamp() }).returning().get();
}

export function updateTemplate(db: Db, id: number, values: Partial<TemplateValues>): TemplateRecord {
  return db.update(reportTemplates).set({ ...values, updatedAt: nowStamp() }).where(eq(reportTemplates.id, id)).returning().get();
}

export const deleteTemplate = (db: Db, id: number) => db.delete(reportTemplates).where(eq(reportTemplates.id, id)).run();
