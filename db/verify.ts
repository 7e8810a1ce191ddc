// A database file from outside (a backup, a data package) is adopted only when it is sound and exactly what the
// app's own migrations make. quick_check does not compare indexes with their tables, so the full integrity_check
// runs, then foreign_key_check; and the schema is compared object by object with a database built in memory by the
// same migrations, so a trigger, a view, an index or a changed table that came with the file is refused, never
// carried into the school's data and its later backups.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { AppError } from '@shared/errors';
import { inspectDatabaseFile, MIGRATIONS_TABLE, type Sqlite } from './open';
import { pendingMigrations, shippedMigrations } from './migrate';

interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

const OBJECT_KINDS: Record<string, string> = { table: '数据表', index: '索引', view: '视图', trigger: '触发器' };

/** SQLite's own statistics tables, written by ANALYZE: data about the data, never code. */
const STATISTICS = /^sqlite_stat[1-4]$/;

function schemaOf(db: Sqlite): SchemaObject[] {
  return (db.prepare('select type, name, sql from sqlite_master order by type, name').all() as SchemaObject[]).filter(
    (o) => !(o.type === 'table' && STATISTICS.test(o.name)),
  );
}

const expectedCache = new Map<string, Map<string, SchemaObject>>();

/** The schema the first `applied` shipped migrations make, plus the `extra` statements (a package's own table). */
function expectedSchema(migrationsDir: string, applied: number, extra: readonly string[]): Map<string, SchemaObject> {
  const key = `${migrationsDir}\u0000${applied}\u0000${extra.join('\u0000')}`;
  const cached = expectedCache.get(key);
  if (cached) return cached;
  // drizzle's migrator reads a folder: a copy holding the first `applied` migrations stands for that version.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vet-ledger-schema-'));
  const memory = new Database(':memory:');
  try {
    const journal = JSON.parse(fs.readFileSync(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    const entries = journal.entries.slice(0, applied);
    fs.mkdirSync(path.join(folder, 'meta'));
    fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
    for (const e of entries) fs.copyFileSync(path.join(migrationsDir, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));
    memory.pragma('foreign_keys = OFF');
    if (entries.length > 0) migrate(drizzle(memory), { migrationsFolder: folder, migrationsTable: MIGRATIONS_TABLE });
    for (const statement of extra) memory.exec(statement);
    const schema = new Map(schemaOf(memory).map((o) => [`${o.type}\u0000${o.name}`, o]));
    expectedCache.set(key, schema);
    return schema;
  } finally {
    memory.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** What in the file's schema the app's migrations do not make, or make otherwise, in words for the user. */
export function foreignSchemaObjects(db: Sqlite, migrationsDir: string, extra: readonly string[] = []): string[] {
  const shipped = shippedMigrations(migrationsDir);
  const version = shipped.length - pendingMigrations(db, shipped).length;
  const expected = expectedSchema(migrationsDir, version, extra);
  const found: string[] = [];
  const seen = new Set<string>();
  for (const o of schemaOf(db)) {
    const key = `${o.type}\u0000${o.name}`;
    seen.add(key);
    const want = expected.get(key);
    const kind = OBJECT_KINDS[o.type] ?? o.type;
    if (!want) found.push(`多出的${kind}“${o.name}”`);
    else if (want.sql !== o.sql) found.push(`被改动的${kind}“${o.name}”`);
  }
  for (const [key, o] of expected) if (!seen.has(key)) found.push(`缺少的${OBJECT_KINDS[o.type] ?? o.type}“${o.name}”`);
  return found;
}

/**
 * Refuses, in the user's words, a database file that is not a sound copy of a 职教台账 database: damaged (by the
 * full integrity check), with broken links between records, from an unknown or newer version, or carrying schema
 * objects of its own. The file is opened read-only; nothing in it runs.
 */
export function verifyDatabaseFile(file: string, migrationsDir: string, what: string, extra: readonly string[] = []): void {
  let state: 'new' | 'ours' | 'unreadable';
  try {
    state = inspectDatabaseFile(file);
  } catch {
    state = 'unreadable';
  }
  if (state === 'unreadable') throw new AppError('DATABASE', `这个${what}已损坏或不是职教台账的数据，无法使用。当前数据没有被改动；请换一个${what}。`);
  if (state !== 'ours') throw new AppError('DATABASE', `这个${what}里没有职教台账的数据，无法使用。`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    let problems: { integrity_check: string }[];
    try {
      problems = db.pragma('integrity_check') as { integrity_check: string }[];
    } catch {
      problems = [];
    }
    if (!(problems.length === 1 && problems[0].integrity_check === 'ok'))
      throw new AppError('DATABASE', `这个${what}已损坏（完整性检查未通过），无法使用。当前数据没有被改动；请换一个${what}。`);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new AppError('DATABASE', `这个${what}中有 ${broken.length} 条记录的关联失效（已损坏），无法使用。当前数据没有被改动。`);
    const foreign = foreignSchemaObjects(db, migrationsDir, extra);
    if (foreign.length > 0)
      throw new AppError(
        'DATABASE',
        `这个${what}含有职教台账不会创建的内容（${foreign.slice(0, 3).join('、')}${foreign.length > 3 ? ` 等 ${foreign.length} 处` : ''}），可能被改动过，为安全起见没有使用。当前数据没有被改动。`,
      );
  } finally {
    db.close();
  }
}

/** SHA-256 of a file, read in pieces (a city's database is hundreds of megabytes). */
export function fileDigest(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(1024 * 1024);
    for (let n = fs.readSync(fd, buffer); n > 0; n = fs.readSync(fd, buffer)) hash.update(buffer.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}
