// Typed whole-row inserts: every column but the id, named as in db/schema, so a schema change breaks the demo at compile time.
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/open';
import { preparedWrite, rowPlaceholders } from '../../db/prepared';

/** A row with a value, null at most, for EVERY column but the primary key: a new column without one fails tsc. */
export type AllColumns<T extends SQLiteTable> = { [K in Exclude<keyof T['$inferInsert'], 'id'>]-?: Exclude<T['$inferInsert'][K], undefined> };

/** Inserts one row of the table and gives its new rowid. */
export type RowInserter<T extends SQLiteTable> = (row: AllColumns<T>) => number;

/** The insert of a whole row of table, prepared once on db and bound by name: a boolean is given as true or false
 * and written as its column encodes it. */
export function rowInserter<T extends SQLiteTable>(db: Db, table: T): RowInserter<T> {
  // drizzle cannot type values() over a table it does not know; the row is AllColumns<T>, checked by the caller.
  const insert = preparedWrite<AllColumns<T>>((d) => d.insert(table).values(rowPlaceholders(table) as never));
  return (row) => Number(insert(db, row, {}).lastInsertRowid);
}
