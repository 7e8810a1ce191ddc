// Whole-table reads for the figures (DESIGN §7): SQLite writes the result as one JSON text and JavaScript parses it
// once. better-sqlite3 crosses into JavaScript for every value of every row, which on a city's 200,000 students costs
// about twice as much as the one JSON.parse. Text and integer columns only: JSON keeps their values exactly.
import { is, sql, type SQL } from 'drizzle-orm';
import { SQLiteBoolean, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from './open';
import { rowObject } from './prepared';

type Value = SQLiteColumn | SQL;

/** A boolean-mode column comes back as true or false, as drizzle would give it, rather than SQLite's 1 or 0. */
function jsonValue(value: Value): SQL {
  return is(value, SQLiteBoolean) ? sql`json(case when ${value} is null then 'null' when ${value} then 'true' else 'false' end)` : sql`${value}`;
}

/** `rest` is the query from `from` onwards, without group by; `order` sorts the rows. */
function jsonArray<T>(db: Db, element: SQL, rest: SQL, order?: SQL): T[] {
  const aggregate = order ? sql`json_group_array(${element} order by ${order})` : sql`json_group_array(${element})`;
  return JSON.parse(db.values<[string]>(sql`select ${aggregate} ${rest}`)[0][0]) as T[];
}

/** One value per row, e.g. the ids of the students counted. */
export function jsonValues<T extends number | string>(db: Db, value: Value, rest: SQL): T[] {
  return jsonArray<T>(db, jsonValue(value), rest);
}

/** Rows as arrays of the values in `columns`' order (for a caller that builds its own objects from them: objects of
 * one literal shape are read faster than rowObject's). Each row travels as a JSON array, which SQLite writes faster
 * than an object with its keys (docs/PERFORMANCE.md). */
export function jsonTuples<T extends unknown[]>(db: Db, columns: readonly Value[], rest: SQL, order?: SQL): T[] {
  return jsonArray<T>(db, sql`json_array(${sql.join(columns.map(jsonValue), sql`, `)})`, rest, order);
}

/** Rows as objects with the keys of `columns`. */
export function jsonRows<T extends object>(db: Db, columns: { [K in keyof T]: Value }, rest: SQL, order?: SQL): T[] {
  const keys = Object.keys(columns);
  return jsonTuples(db, Object.values<Value>(columns), rest, order).map((row) => rowObject<T>(keys, row));
}
