// Searching and paging the people lists at city scale (DESIGN §7): 200,000 students answer each keystroke from their
// indexes, never from a scan of the table.
import { and, asc, count, desc, inArray, is, or, sql, type SQL } from 'drizzle-orm';
import { nameMatchesPinyin } from '@shared/optionMatch';
import { getTableConfig, SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';

/** LIKE wildcards in what the user typed are matched literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A WHERE term written twice: `on` lets SQLite use its column's index, `off` (unary +) does not, so that pageIds,
 * not SQLite's guess without statistics, decides which index a query walks. */
export interface Term {
  columns: SQLiteColumn[];
  on: SQL;
  off: SQL;
}

type Ref = (column: SQLiteColumn) => SQL;
const indexed: Ref = (c) => sql`${c}`;
const unindexed: Ref = (c) => sql`+${c}`;

function term(columns: SQLiteColumn[], build: (ref: Ref) => SQL): Term {
  return { columns, on: build(indexed), off: build(unindexed) };
}

export const equals = (column: SQLiteColumn, value: string | number): Term => term([column], (ref) => sql`${ref(column)} = ${value}`);

/** Sorts after every character: with SQLite's byte-wise BINARY collation `>= p and < p + AFTER_ALL` is "starts with p"
 * as an index range, where LIKE 'p%' would use no index. */
const AFTER_ALL = String.fromCodePoint(0x10ffff);
const startsWith = (ref: Ref, column: SQLiteColumn, prefix: string) => sql`(${ref(column)} >= ${prefix} and ${ref(column)} < ${prefix + AFTER_ALL})`;

/** Names a person list can hold per pinyin search: a picker shows a page of them, and SQLite takes as many values. */
export const MAX_PINYIN_NAMES = 2000;

/** The distinct names that letters typed spell in pinyin from the start (cj → 陈静, zhangs → 张三). No index holds
 * pinyin: the names are read from the name's index and matched here (a city's 200,000 students in under half a
 * second, a school's in milliseconds; docs/PERFORMANCE.md). */
function namesByPinyin(db: Db, table: SQLiteTable, name: SQLiteColumn, typed: string): string[] {
  if (!/^[a-z]+$/i.test(typed)) return [];
  const names = db.selectDistinct({ name: sql<string>`${name}` }).from(table).all();
  const found: string[] = [];
  for (const n of names) if (nameMatchesPinyin(n.name, typed) && found.push(n.name) >= MAX_PINYIN_NAMES) break;
  return found;
}

/**
 * A person search as registrars type it: 姓名, 学号/工号 or 身份证号 from its start, letters as typed or in capitals
 * (身份证号 …X), or letters that spell the 姓名 in pinyin. Only the columns where somebody starts so are kept (one
 * index probe each), so that a search is usually one index range rather than an OR of three. Null when nobody
 * matches. The first column is the name.
 */
export function personSearch(db: Db, table: SQLiteTable, text: string, columns: [SQLiteColumn, ...SQLiteColumn[]]): Term | null {
  const prefixes = [...new Set([text, text.replace(/[a-z]/g, (c) => c.toUpperCase())])];
  const ranges = columns
    .flatMap((column) => prefixes.map((prefix) => ({ column, prefix })))
    .filter((r) => db.select({ one: sql`1` }).from(table).where(startsWith(indexed, r.column, r.prefix)).limit(1).get() !== undefined);
  const name = columns[0];
  const spelled = namesByPinyin(db, table, name, text);
  if (!ranges.length && !spelled.length) return null;
  const used = [...new Set([...ranges.map((r) => r.column), ...(spelled.length ? [name] : [])])];
  return term(used, (ref) => or(...ranges.map((r) => startsWith(ref, r.column, r.prefix)), spelled.length ? inArray(ref(name), spelled) : undefined)!);
}

// Relative costs of a step along an index (1), a visit to the table for a column the index lacks and an insert into
// the sorter, as measured at city scale (docs/PERFORMANCE.md).
const LOOKUP = 10;
const SORT = 5;

/** Whether an index of the table starts with `lead` and holds every one of `columns`: a walk that never visits the table. */
function covered(table: SQLiteTable, lead: SQLiteColumn, columns: SQLiteColumn[]): boolean {
  return getTableConfig(table).indexes.some(({ config }) => {
    const names = config.columns.map((c) => (is(c, SQLiteColumn) ? c.name : null));
    return names[0] === lead.name && columns.every((c) => names.includes(c.name));
  });
}

const countOf = (db: Db, table: SQLiteTable, where?: SQL) => db.select({ n: count() }).from(table).where(where).get()!.n;

export interface PageQuery {
  /** ANDed; cheapest to count first */
  terms: Term[];
  /** the sort column, then a unique tie-break that the sort column's index holds next */
  order: SQLiteColumn[];
  descending: boolean;
  offset: number;
  limit: number;
}

/**
 * One page of ids and the total, with the plan chosen from exact counts rather than left to SQLite, which without
 * statistics takes any equality (学籍状态 = 在籍: half the city) over a narrow name range. The driver is the term
 * that leaves fewest rows (each counted only as far as the best so far); the total walks the driver's index with
 * every other term switched off. The page is read either along the sort column's index, within the range of a term
 * on that column if there is one, checking the terms as it goes (cheap when many rows match), or by collecting the
 * driver's rows and sorting them (cheap when few do).
 */
export function pageIds(db: Db, table: SQLiteTable & { id: SQLiteColumn }, q: PageQuery): { ids: number[]; total: number } {
  const rows = countOf(db, table);
  const counted = new Map<Term, number>();
  let driver: Term | undefined;
  let driverRows = rows;
  for (const t of q.terms) {
    const capped = db.select({ one: sql`1` }).from(table).where(t.on).limit(driverRows).as('capped');
    counted.set(t, db.select({ n: count() }).from(capped).get()!.n);
    if (!driver || counted.get(t)! < driverRows) [driver, driverRows] = [t, counted.get(t)!];
  }
  const where = (on?: Term) => and(...q.terms.map((t) => (t === on ? t.on : t.off)));
  const total = q.terms.length <= 1 || driverRows === 0 ? driverRows : countOf(db, table, where(driver));
  if (total <= q.offset) return { ids: [], total };

  const [sortBy] = q.order;
  const needed = [...q.terms.flatMap((t) => t.columns), ...q.order];
  const along = q.terms.find((t) => t.columns.length === 1 && t.columns[0] === sortBy);
  const span = along ? counted.get(along)! : rows;
  const walk = Math.min(span, Math.ceil(((q.offset + q.limit) * span) / total)) * (covered(table, sortBy, needed) ? 1 : LOOKUP);
  const collect = driver ? driverRows * (driver.columns.length === 1 && covered(table, driver.columns[0], needed) ? 1 : LOOKUP) + total * SORT : Infinity;
  const inOrder = walk <= collect;
  const ref = inOrder ? indexed : unindexed;
  const ids = db
    .select({ id: table.id })
    .from(table)
    .where(where(inOrder ? along : driver))
    .orderBy(...q.order.map((c) => (q.descending ? desc(ref(c)) : asc(ref(c)))))
    .limit(q.limit)
    .offset(q.offset)
    .all();
  return { ids: ids.map((r) => Number(r.id)), total };
}
