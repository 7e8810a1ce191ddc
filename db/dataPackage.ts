// The whole-school data package (DESIGN §9): one file to move a school to a new computer. It is a SQLite database
// — an online backup of the data — carrying the evidence files in one extra table, so one format is checked,
// migrated and restored by the code that already does so for backups.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '@shared/errors';
import { inspectDatabaseFile } from './open';
import type { Store } from './store';
import { evidenceFilePath, evidenceFolder, isStoredName, storedEvidenceNames } from './evidenceFiles';

const FILES_TABLE = 'package_files';
/** The one table a package adds to the app's own: its evidence files. */
const FILES_TABLE_SQL = `create table ${FILES_TABLE} (name text primary key, bytes blob not null)`;

export async function exportDataPackage(store: Store): Promise<Buffer> {
  // in the data folder, private to this user, never in the shared temporary folder: it holds every 身份证号
  const temp = store.stagingFile('export');
  try {
    await store.sqlite.backup(temp);
    const pkg = new Database(temp);
    try {
      pkg.exec(FILES_TABLE_SQL);
      const insert = pkg.prepare(`insert into ${FILES_TABLE} (name, bytes) values (?, ?)`);
      const dir = evidenceFolder(store.dataDir);
      pkg.transaction(() => storedEvidenceNames(store.dataDir).forEach((n) => insert.run(n, fs.readFileSync(path.join(dir, n)))))();
      pkg.pragma('journal_mode = DELETE');
    } finally {
      pkg.close();
    }
    return fs.readFileSync(temp);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function isOurDatabase(file: string): boolean {
  try {
    return inspectDatabaseFile(file) === 'ours';
  } catch {
    return false;
  }
}

function hasTable(file: string, table: string): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(table) !== undefined;
  } finally {
    db.close();
  }
}

/** Replaces this computer's data with the package's: checked first, the current data backed up, then swapped. */
export function importDataPackage(store: Store, bytes: Buffer): Promise<{ safetyBackup: string; evidenceFiles: number }> {
  return store.replacingAs('导入数据包', () => replaceWithPackage(store, bytes));
}

async function replaceWithPackage(store: Store, bytes: Buffer): Promise<{ safetyBackup: string; evidenceFiles: number }> {
  const staged = store.stagingFile('package');
  fs.writeFileSync(staged, bytes, { mode: 0o600 });
  try {
    if (!isOurDatabase(staged)) throw new AppError('DATABASE', '这个文件不是职教台账的数据包，或者已经损坏，无法导入。当前数据没有被改动。');
    if (!hasTable(staged, FILES_TABLE)) throw new AppError('DATABASE', '这个文件是备份，不是数据包：请在“备份”列表中恢复它。');
    store.verifyForeignFile(staged, '数据包', [FILES_TABLE_SQL]);
    const pkg = new Database(staged);
    let files: { name: string; bytes: Buffer }[];
    try {
      files = pkg.prepare(`select name, bytes from ${FILES_TABLE}`).all() as { name: string; bytes: Buffer }[];
      // Evidence files are stored under generated names; anything else in a package is not ours and is refused.
      const foreign = files.find((f) => !isStoredName(f.name));
      if (foreign) throw new AppError('DATABASE', '数据包中有无法识别的文件，为安全起见没有导入。');
      pkg.exec(`drop table ${FILES_TABLE}`);
      // The evidence's pages are free now. A vacuum rewrites the whole file, on the thread serving the window, so it
      // is run only when they are a good share of it; a few free pages are reused by later writes.
      const free = pkg.pragma('freelist_count', { simple: true }) as number;
      if (free > (pkg.pragma('page_count', { simple: true }) as number) / 4) pkg.exec('vacuum');
    } finally {
      pkg.close();
    }
    // The files first, under their own generated names: if the swap then fails, they are unreferenced, never missing.
    fs.mkdirSync(evidenceFolder(store.dataDir), { recursive: true, mode: 0o700 });
    for (const f of files) fs.writeFileSync(evidenceFilePath(store.dataDir, f.name), f.bytes, { mode: 0o600 });
    const safetyBackup = await store.replaceWith(staged, { keepTrail: false });
    return { safetyBackup, evidenceFiles: files.length };
  } finally {
    fs.rmSync(staged, { force: true });
  }
}
