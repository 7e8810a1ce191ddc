// Queries built and prepared once per connection. drizzle renders a query's SQL afresh on every call and
// better-sqlite3 then compiles it again; a prepared query taking sql.placeholder() values does
// neither, which is what lets an import write 200,000 rows. Placeholders in insert values and update sets go
// through the column's mapToDriverValue (booleans, JSON); in a where clause they are bound as given, so compare
// text and number columns only that way.
import type { Database, RunResult } from 'better-sqlite3';
import { Column, eq, getTableColumns, is, Param, Placeholder, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './open';

/** The driver's own connection: drizzle() hands it back as $client, which the Db type leaves out. */
export const clientOf = (db: Db): Database => (db as Db & { $client: Database }).$client;

/** A row read as an array of values, as an object with the given keys in the same order. */
export function rowObject<T>(keys: readonly string[], row: readonly unknown[]): T {
  const object: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) object[keys[i]] = row[i];
  return object as T;
}

/** build(db), made once per connection (a restore opens a new one, which gets its own). */
export function preparedPerDb<T>(build: (db: Db) => T): (db: Db) => T {
  const made = new WeakMap<Db, T>();
  return (db) => {
    let query = made.get(db);
    if (query === undefined) {
      query = build(db);
      made.set(db, query);
    }
    return query;
  };
}

/** A placeholder named after each column but the primary key, bound through the column's mapToDriverValue: a whole
 * row's values() or set(). */
export function rowPlaceholders<T extends SQLiteTable>(table: T): { [K in keyof T['$inferInsert']]-?: SQL } {
  return Object.fromEntries(
    Object.entries(getTableColumns(table))
      .filter(([, column]) => !column.primary)
      .map(([key, column]) => [key, sql`${sql.param(sql.placeholder(key), column)}`]),
  ) as { [K in keyof T['$inferInsert']]-?: SQL };
}

/**
 * An insert, update or delete written with drizzle, prepared once per connection and bound by position. drizzle's own
 * prepared run finds each placeholder by walking class hierarchies, which costs as much as inserting the row; here
 * that is worked out once, when the statement is prepared. A placeholder missing from values is taken from extra (an
 * update's id, a stamp), which spares copying the row to add it.
 */
export function preparedWrite<V extends object, E extends object = Record<never, never>>(
  build: (db: Db) => { toSQL(): { sql: string; params: unknown[] } },
): (db: Db, values: V, extra: E) => RunResult {
  const statement = preparedPerDb((db) => {
    const { sql: text, params } = build(db).toSQL();
    // Per parameter: the placeholder's name (null for a constant) and the column that encodes its value, when its
    // encoding is more than the value itself (a boolean's 1 or 0, JSON).
    const names = params.map((p) => (is(p, Placeholder) ? p.name : is(p, Param) && is(p.value, Placeholder) ? p.value.name : null));
    const encoders = params.map((p) =>
      is(p, Param) && is(p.value, Placeholder) && p.encoder.mapToDriverValue !== Column.prototype.mapToDriverValue ? p.encoder : null,
    );
    const prepared = clientOf(db).prepare(text);
    // One array for every call, spread into run(): run is synchronous, so no call can find it half filled, and an
    // import's 200,000 rows make no 200,000 arrays.
    const args = new Array<unknown>(params.length);
    return (values: V, extra: E) => {
      for (let i = 0; i < params.length; i++) {
        const name = names[i];
        if (name === null) {
          args[i] = params[i];
          continue;
        }
        let value = (values as Record<string, unknown>)[name];
        if (value === undefined) value = (extra as Record<string, unknown>)[name];
        if (value === undefined) throw new Error(`No value for placeholder "${name}" was provided`);
        // as drizzle binds a null: never through the encoder (a boolean's would make it 0)
        args[i] = value === null || encoders[i] === null ? value : encoders[i]!.mapToDriverValue(value);
      }
      return prepared.run(...args);
    };
  });
  return (db, values, extra) => statement(db)(values, extra);
}

/** An update by id of the columns in `set`; what values lacks (a stamp) is bound from extra. */
function updateById<V extends object, E extends object>(table: SQLiteTable & { id: SQLiteColumn }, set: Record<string, SQL>): (db: Db, id: number, values: V, extra: E) => void {
  // drizzle cannot type set() over a table it does not know; the values are V, checked by the caller.
  const update = preparedWrite<V, E & { id: number }>((db) => db.update(table).set(set as never).where(eq(table.id, sql.placeholder('id'))));
  return (db, id, values, extra) => void update(db, values, { ...extra, id });
}

/** The update by id of a row owned by another (a student's certificate, a teacher's practice record): it sets the
 * row's own columns, never the owner it was inserted under. */
export function preparedUpdateById<V extends object, E extends object = Record<never, never>>(
  table: SQLiteTable & { id: SQLiteColumn },
  owner: string,
): (db: Db, id: number, values: V, extra: E) => void {
  const { [owner]: _owner, ...own } = rowPlaceholders(table) as Record<string, SQL>;
  return updateById<V, E>(table, own);
}

/**
 * A lookup of one row's plain text and number columns by one key column, prepared once per connection and bound by
 * position. The rows of an import find their 学号 and 身份证号 this way: drizzle's prepared get would find its
 * placeholder afresh and map every column of the record, which for 200,000 rows costs more than the index lookups.
 */
export function preparedLookup<C extends Record<string, SQLiteColumn>>(
  table: SQLiteTable,
  columns: C,
  key: SQLiteColumn,
): (db: Db, value: string | number) => { [K in keyof C]: C[K]['_']['data'] } | undefined {
  const keys = Object.keys(columns);
  const statement = preparedPerDb((db) => {
    const { sql: text } = db.select(columns).from(table).where(eq(key, sql.placeholder('key'))).toSQL();
    return clientOf(db).prepare(text).raw();
  });
  return (db, value) => {
    const row = statement(db).get(value) as unknown[] | undefined;
    return row && rowObject(keys, row);
  };
}

/** Insert (giving the new id) and update of a whole row of a table whose rows carry an updatedAt stamp: the stamp is
 * bound apart from the values, so a row is never copied to add it. */
export function rowWrites<V extends object>(table: SQLiteTable & { id: SQLiteColumn }, stamp: () => string) {
  // drizzle cannot type values() over a table it does not know; the values are V, checked by the caller.
  const insert = preparedWrite<V, { updatedAt: string }>((db) => db.insert(table).values(rowPlaceholders(table) as never));
  const update = updateById<V, { updatedAt: string }>(table, rowPlaceholders(table) as Record<string, SQL>);
  return {
    insert: (db: Db, values: V): number => Number(insert(db, values, { updatedAt: stamp() }).lastInsertRowid),
    update: (db: Db, id: number, values: V): void => update(db, id, values, { updatedAt: stamp() }),
  };
}
