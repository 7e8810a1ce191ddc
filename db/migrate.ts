// Migrations: drizzle-kit SQL files, applied after an online backup; a database whose applied migrations are not a
// prefix of the shipped ones (a newer or unknown version) is refused (DESIGN §6).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { AppError } from '@shared/errors';
import { reportUnexpected } from '@shared/dispatch';
import { MIGRATIONS_TABLE, type Db, type Sqlite } from './open';

export interface ShippedMigration {
  tag: string;
  when: number;
  hash: string;
}

export function shippedMigrations(migrationsDir: string): ShippedMigration[] {
  const journalFile = path.join(migrationsDir, 'meta', '_journal.json');
  if (!fs.existsSync(journalFile)) throw new AppError('DATABASE', `找不到数据库升级脚本（${migrationsDir}），安装可能不完整，请重新安装。`);
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string; when: number }[] };
  return journal.entries.map((e) => {
    const sql = fs.readFileSync(path.join(migrationsDir, `${e.tag}.sql`), 'utf8');
    return { tag: e.tag, when: e.when, hash: crypto.createHash('sha256').update(sql).digest('hex') };
  });
}

interface AppliedMigration {
  hash: string;
  created_at: number;
}

function appliedMigrations(sqlite: Sqlite): AppliedMigration[] {
  const exists = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(MIGRATIONS_TABLE);
  if (!exists) return [];
  return sqlite.prepare(`select hash, created_at from ${MIGRATIONS_TABLE} order by created_at`).all() as AppliedMigration[];
}

/** How many shipped migrations are still to apply; throws when the database is newer or unknown. */
export function pendingMigrations(sqlite: Sqlite, shipped: ShippedMigration[]): ShippedMigration[] {
  const applied = appliedMigrations(sqlite);
  if (applied.length > shipped.length)
    throw new AppError('DATABASE', '这个数据文件来自更新版本的职教台账，当前版本无法打开。请安装最新版本后再打开，数据文件没有被改动。');
  applied.forEach((a, i) => {
    if (a.created_at !== shipped[i].when || a.hash !== shipped[i].hash)
      throw new AppError('DATABASE', '这个数据文件的版本无法识别（可能来自其他版本的职教台账），为保护数据拒绝打开。数据文件没有被改动。');
  });
  return shipped.slice(applied.length);
}

const FAILED = '数据库升级失败，数据保持升级前的状态。可以从升级前的备份恢复。';

/**
 * Applies the pending migrations in one transaction (drizzle's migrator): a failure leaves the database as it was.
 * Foreign keys are switched off around it, because drizzle-kit's table rebuilds (create new, copy, drop old, rename)
 * would otherwise fail or, with cascades, delete child rows — PRAGMA foreign_keys inside the transaction is ignored.
 * Afterwards every reference must still resolve; if not, the caller puts back the backup taken before.
 */
export function applyMigrations(sqlite: Sqlite, db: Db, migrationsDir: string): void {
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder: migrationsDir, migrationsTable: MIGRATIONS_TABLE });
  } catch (e) {
    // SQLite's own words go to the error log; the user is told what happened and what to do
    reportUnexpected('migrate', e);
    throw new AppError('DATABASE', `${FAILED}请联系技术支持（详情已记入数据文件夹的 logs/errors.log）。`);
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  const broken = sqlite.pragma('foreign_key_check') as unknown[];
  if (broken.length) throw new AppError('DATABASE', `${FAILED}（升级后有 ${broken.length} 条记录的关联失效）`);
}
