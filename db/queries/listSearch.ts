import { or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/** LIKE wildcards in what the user typed are matched literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A person search as registrars type it: the name anywhere, the number (工号/学号) and 身份证号 by their start. */
export function personSearch(term: string, columns: { name: SQLiteColumn; number: SQLiteColumn; idCard: SQLiteColumn }): SQL | undefined {
  const t = escapeLike(term);
  return or(
    sql`${columns.name} like ${`%${t}%`} escape '\\'`,
    sql`${columns.number} like ${`${t}%`} escape '\\'`,
    sql`${columns.idCard} like ${`${t.toUpperCase()}%`} escape '\\'`,
  );
}
