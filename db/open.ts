// Opening the one SQLite file safely: refuse what is not ours before anything is written (DESIGN §6, §9).
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { AppError } from '@shared/errors';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;
export type Sqlite = Database.Database;

const SQLITE_HEADER = 'SQLite format 3\u0000';
export const MIGRATIONS_TABLE = '__drizzle_migrations';

function refuse(file: string, why: string): never {
  throw new AppError('DATABASE', `无法打开数据文件 ${file}：${why}。文件没有被改动。`);
}

/** Reads the file's first bytes: an empty or missing file is new; anything else must be SQLite. */
function checkHeader(file: string): 'new' | 'sqlite' {
  if (!fs.existsSync(file)) return 'new';
  const size = fs.statSync(file).size;
  if (size === 0) return 'new';
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    fs.readSync(fd, buf, 0, 16, 0);
    if (buf.toString('latin1') !== SQLITE_HEADER) refuse(file, '这不是职教台账的数据文件（也不是 SQLite 数据库），可能已损坏或选错了文件');
  } finally {
    fs.closeSync(fd);
  }
  return 'sqlite';
}

/** Checks an existing file read-only: integrity, and that it is a 职教台账 database. */
export function inspectDatabaseFile(file: string): 'new' | 'ours' {
  if (checkHeader(file) === 'new') return 'new';
  let probe: Sqlite | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    const check = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') refuse(file, '数据文件已损坏（完整性检查未通过），请从备份恢复');
    const tables = probe.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").pluck().all() as string[];
    if (tables.length === 0) return 'new';
    if (!tables.includes(MIGRATIONS_TABLE) || !tables.includes('staff')) refuse(file, '这是其他程序的数据库，不是职教台账的数据文件');
    return 'ours';
  } catch (e) {
    if (e instanceof AppError) throw e;
    return refuse(file, '数据文件已损坏或无法读取，请从备份恢复');
  } finally {
    probe?.close();
  }
}

/** Opens for writing with the pragmas of DESIGN §6. Call inspectDatabaseFile first. */
/** busyTimeoutMs: how long a write waits, synchronously, for another connection's write lock. The thread serving the
 * window and the school network waits briefly and lets the dispatcher try the call again a moment later (so its
 * event loop never stalls behind an import's commit); a job's worker thread waits its turn. */
export function openConnection(file: string, busyTimeoutMs = 5000): { sqlite: Sqlite; db: Db } {
  const sqlite = new Database(file);
  // The school's personal data is readable by this user only; SQLite gives its -wal and -shm files the same mode.
  fs.chmodSync(file, 0o600);
  // Nothing in the schema may call a function with side effects (defence in depth: verify.ts admits no trigger or view).
  sqlite.pragma('trusted_schema = OFF');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${Math.floor(busyTimeoutMs)}`);
  // 64 MB of pages rather than 16: a city's students keep their indexes in memory while an import checks and writes
  // each row, at a cost in memory only as the data grows (docs/PERFORMANCE.md).
  sqlite.pragma('cache_size = -65536');
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

/** A reader beside the program that owns the folder (db/folderLock.ts): it sees a consistent snapshot of the
 * owner's writes (WAL), writes nothing, and leaves the file's mode and journal alone. */
export function openReadOnlyConnection(file: string): { sqlite: Sqlite; db: Db } {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('trusted_schema = OFF');
  return { sqlite, db: drizzle(sqlite, { schema }) };
}
