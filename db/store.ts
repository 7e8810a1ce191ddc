// The data folder's database: opened checked and migrated, and swappable for a restore.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/errors';
import { inspectDatabaseFile, openConnection, type Db, type Sqlite } from './open';
import { applyMigrations, pendingMigrations, shippedMigrations } from './migrate';
import { createBackup, listBackups, resolveBackup, type BackupFile } from './backup';
import dayjs from 'dayjs';

export const DB_FILE = 'vet-ledger.sqlite';

export interface StoreOptions {
  dataDir: string;
  migrationsDir: string;
}

export class Store {
  readonly dataDir: string;
  readonly backupDir: string;
  readonly file: string;
  private readonly migrationsDir: string;
  private conn: { sqlite: Sqlite; db: Db } | null = null;
  private dailyTimer: ReturnType<typeof setInterval> | null = null;

  private constructor(opts: StoreOptions) {
    this.dataDir = path.resolve(opts.dataDir);
    this.backupDir = path.join(this.dataDir, 'backups');
    this.file = path.join(this.dataDir, DB_FILE);
    this.migrationsDir = opts.migrationsDir;
  }

  static async open(opts: StoreOptions): Promise<Store> {
    const store = new Store(opts);
    fs.mkdirSync(store.dataDir, { recursive: true });
    store.removeUnfinishedBackups();
    await store.connect();
    return store;
  }

  /** A second connection to a data folder another Store has opened (checked and migrated): for a job's worker
   * thread. It leaves unfinished backups alone, since the first may be writing one. */
  static attach(dataDir: string): Store {
    const store = new Store({ dataDir, migrationsDir: '' });
    store.conn = openConnection(store.file);
    return store;
  }

  get db(): Db {
    if (!this.conn) throw new AppError('DATABASE', '数据文件没有打开');
    return this.conn.db;
  }

  get sqlite(): Sqlite {
    if (!this.conn) throw new AppError('DATABASE', '数据文件没有打开');
    return this.conn.sqlite;
  }

  get schemaVersion(): number {
    return this.sqlite.prepare('select count(*) from __drizzle_migrations').pluck().get() as number;
  }

  /** Checks, backs up when a migration is pending on existing data, migrates; a failed migration puts the backup
   * back, so the file is exactly as it was before. */
  private async connect(): Promise<void> {
    const state = inspectDatabaseFile(this.file);
    const shipped = shippedMigrations(this.migrationsDir);
    const conn = openConnection(this.file);
    let before: BackupFile | null = null;
    try {
      const pending = pendingMigrations(conn.sqlite, shipped);
      if (pending.length > 0 && state === 'ours') before = await createBackup(conn.sqlite, this.backupDir, 'migration');
      if (pending.length > 0) applyMigrations(conn.sqlite, conn.db, this.migrationsDir);
    } catch (e) {
      conn.sqlite.close();
      if (before) this.putBack(path.join(this.backupDir, before.file));
      throw e;
    }
    this.conn = conn;
  }

  /** Replaces the closed database file with a copy of another, never pairing it with stale -wal/-shm files. */
  private putBack(source: string): void {
    for (const suffix of ['-wal', '-shm']) fs.rmSync(this.file + suffix, { force: true });
    fs.copyFileSync(source, this.file);
  }


  /** A backup cut short (power loss, a killed process) leaves a .partial file: never a backup, so it goes. */
  private removeUnfinishedBackups(): void {
    if (!fs.existsSync(this.backupDir)) return;
    for (const name of fs.readdirSync(this.backupDir)) if (name.endsWith('.partial')) fs.rmSync(path.join(this.backupDir, name), { force: true });
  }

  backup(reason: Parameters<typeof createBackup>[2] = 'manual', onProgress?: (pagesDone: number, pages: number) => void): Promise<BackupFile> {
    return createBackup(this.sqlite, this.backupDir, reason, undefined, onProgress);
  }

  /** Replaces the data with a backup: the backup is checked first, the current data is backed up, then swapped. */
  async restore(fileOrName: string): Promise<{ restored: string; safetyBackup: string }> {
    const source = resolveBackup(this.backupDir, fileOrName);
    if (inspectDatabaseFile(source) !== 'ours') throw new AppError('DATABASE', '这个备份文件里没有职教台账的数据，无法恢复。');
    const staged = `${this.file}.restoring`;
    fs.copyFileSync(source, staged);
    return { restored: path.basename(source), safetyBackup: await this.replaceWith(staged) };
  }

  /** Swaps in a checked database file (moved, not copied): the current data is backed up first, and put back if
   * the new file fails to open. Returns the safety backup's name. */
  async replaceWith(staged: string): Promise<string> {
    const safety = await this.backup('restore');
    this.close();
    // A clean close checkpoints the WAL; stale -wal/-shm files must never be paired with the restored file.
    for (const suffix of ['-wal', '-shm']) fs.rmSync(this.file + suffix, { force: true });
    fs.renameSync(staged, this.file);
    try {
      await this.connect();
    } catch (e) {
      this.putBack(path.join(this.backupDir, safety.file));
      await this.connect();
      throw e;
    }
    return safety.file;
  }


  /** For the app a person uses (not the CLI): a backup at start when there is data, then one a day while it runs. */
  startAutomaticBackups(checkEveryMs = 60 * 60 * 1000): void {
    const hasData = () => (this.sqlite.prepare('select (select count(*) from school) + (select count(*) from staff)').pluck().get() as number) > 0;
    const backedUpToday = () => listBackups(this.backupDir).some((b) => b.createdAt.startsWith(dayjs().format('YYYY-MM-DD')));
    if (hasData()) void this.backup('startup').catch(() => {});
    this.dailyTimer = setInterval(() => {
      if (this.conn && hasData() && !backedUpToday()) void this.backup('daily').catch(() => {});
    }, checkEveryMs);
    this.dailyTimer.unref();
  }

  close(): void {
    if (this.dailyTimer) clearInterval(this.dailyTimer);
    this.dailyTimer = null;
    this.conn?.sqlite.close();
    this.conn = null;
  }
}
