// The data folder's database: opened checked and migrated, and swappable for a restore.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '@shared/errors';
import { inspectDatabaseFile, openConnection, openReadOnlyConnection, type Db, type Sqlite } from './open';
import { applyMigrations, pendingMigrations, shippedMigrations } from './migrate';
import { backupDigestMatches, backupRecordCounts, createBackup, DIGEST_SUFFIX, listBackups, resolveBackup, UNFINISHED, type BackupCounts, type BackupFile } from './backup';
import { foreignSchemaObjects, verifyDatabaseFile } from './verify';
import { randomUUID } from 'node:crypto';
import { reportUnexpected } from '@shared/dispatch';
import { carryAuditTrail, readAuditTrail } from './queries/audit';
import dayjs from 'dayjs';
import { lockDataFolder, unlockDataFolder, type LockOwner } from './folderLock';

export const DB_FILE = 'vet-ledger.sqlite';
/** The serving thread's wait for a write lock another connection holds: none. The dispatcher tries a refused call
 * again after a pause (shared/dispatch.ts); a wait here would stall the window and every caller on the network
 * behind each writer in turn, 50 of them during an import's commit. */
const SERVING_BUSY_TIMEOUT_MS = 0;

export interface StoreOptions {
  dataDir: string;
  migrationsDir: string;
  /** who holds the folder while it is open, as a second program is told */
  owner?: LockOwner;
  /** for commands that only read: when another program holds the folder, read beside it instead of refusing */
  readBesideOwner?: boolean;
}

export class Store {
  readonly dataDir: string;
  readonly backupDir: string;
  readonly file: string;
  private readonly migrationsDir: string;
  private conn: { sqlite: Sqlite; db: Db } | null = null;
  private dailyTimer: ReturnType<typeof setInterval> | null = null;
  private holdsFolder = false;
  /** set while a restore or a package import replaces the database: what it is, for the answer to other calls */
  private replacing: string | null = null;

  private constructor(opts: StoreOptions) {
    this.dataDir = path.resolve(opts.dataDir);
    this.backupDir = path.join(this.dataDir, 'backups');
    this.file = path.join(this.dataDir, DB_FILE);
    this.migrationsDir = opts.migrationsDir;
  }

  static async open(opts: StoreOptions): Promise<Store> {
    const store = new Store(opts);
    fs.mkdirSync(store.dataDir, { recursive: true, mode: 0o700 });
    try {
      lockDataFolder(store.dataDir, opts.owner ?? 'other');
    } catch (e) {
      if (opts.readBesideOwner && e instanceof AppError && e.code === 'BUSY') return store.readBeside(e);
      throw e;
    }
    store.holdsFolder = true;
    try {
      store.removeUnfinishedBackups();
      store.tightenModes();
      await store.connect();
    } catch (e) {
      store.close();
      throw e;
    }
    return store;
  }

  /** A second connection to a data folder another Store of this process has opened (checked, migrated and
   * locked): for a job's worker thread. It leaves unfinished backups alone, since the first may be writing one. */
  static attach(dataDir: string): Store {
    const store = new Store({ dataDir, migrationsDir: '' });
    store.conn = openConnection(store.file);
    return store;
  }

  /** A read-only connection beside the folder's owner; refused (with the owner's message) when the data first needs
   * the upgrade only the owner may run. */
  private readBeside(ownerMessage: AppError): Store {
    if (inspectDatabaseFile(this.file) !== 'ours') throw ownerMessage;
    this.conn = openReadOnlyConnection(this.file);
    if (pendingMigrations(this.sqlite, shippedMigrations(this.migrationsDir)).length > 0) {
      this.disconnect();
      throw ownerMessage;
    }
    return this;
  }

  get db(): Db {
    return this.connection().db;
  }

  get sqlite(): Sqlite {
    return this.connection().sqlite;
  }

  private connection(): { sqlite: Sqlite; db: Db } {
    if (this.conn) return this.conn;
    if (this.replacing) throw new AppError('BUSY', `正在${this.replacing}，请稍候再试。`);
    throw new AppError('DATABASE', '数据文件没有打开');
  }

  /** Refuses while a restore or a package import is replacing the database (a job started then would write to the
   * file being replaced). */
  assertNotReplacing(): void {
    if (this.replacing) throw new AppError('BUSY', `正在${this.replacing}，请等它完成后再试。`);
  }

  /** Runs a replacement of the database (a restore, a package import), one at a time. */
  async replacingAs<T>(what: string, replace: () => Promise<T>): Promise<T> {
    this.assertNotReplacing();
    this.replacing = what;
    try {
      return await replace();
    } finally {
      this.replacing = null;
    }
  }

  get schemaVersion(): number {
    return this.sqlite.prepare('select count(*) from __drizzle_migrations').pluck().get() as number;
  }

  /** Checks, backs up when a migration is pending on existing data, migrates; a failed migration puts the backup
   * back, so the file is exactly as it was before. */
  private async connect(): Promise<void> {
    const state = inspectDatabaseFile(this.file);
    const shipped = shippedMigrations(this.migrationsDir);
    const conn = openConnection(this.file, SERVING_BUSY_TIMEOUT_MS);
    let before: BackupFile | null = null;
    try {
      // A data folder copied from elsewhere is checked as a restored backup is: nothing of its own runs here.
      const foreign = state === 'ours' ? foreignSchemaObjects(conn.sqlite, this.migrationsDir) : [];
      if (foreign.length > 0)
        throw new AppError('DATABASE', `无法打开数据文件 ${this.file}：它含有职教台账不会创建的内容（${foreign.slice(0, 3).join('、')}），可能被其他程序改动过，为安全起见没有打开。请从备份恢复。文件没有被改动。`);
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


  /** A backup cut short (power loss, a killed process) leaves a .partial file and its journal, perhaps a digest
   * without its backup: never a backup, so they go. */
  private removeUnfinishedBackups(): void {
    if (!fs.existsSync(this.backupDir)) return;
    const names = new Set(fs.readdirSync(this.backupDir));
    for (const name of names) {
      const orphanDigest = name.endsWith(DIGEST_SUFFIX) && !names.has(name.slice(0, -DIGEST_SUFFIX.length));
      if (UNFINISHED.test(name) || orphanDigest) fs.rmSync(path.join(this.backupDir, name), { force: true });
    }
  }

  /** A data folder made by an older version (or copied in) had its files 0644 and folders 0755: they are made private
   * to this user on every open, as new ones are created. Not on Windows, whose profile folders carry their own ACL. */
  private tightenModes(): void {
    if (process.platform === 'win32') return;
    const tighten = (target: string, mode: number) => {
      try {
        fs.chmodSync(target, mode);
      } catch {
        // a file system without modes (FAT, some network shares)
      }
    };
    if (fs.existsSync(this.file)) tighten(this.dataDir, 0o700);
    for (const folder of [this.backupDir, path.join(this.dataDir, 'evidence'), path.join(this.dataDir, 'logs')]) {
      // a folder already private was made (or tightened) by this version, with its files: not walked at every start
      if (!fs.existsSync(folder) || (fs.statSync(folder).mode & 0o777) === 0o700) continue;
      tighten(folder, 0o700);
      for (const name of fs.readdirSync(folder)) tighten(path.join(folder, name), 0o600);
    }
  }

  /** What a listed backup holds; null when it cannot be read or is not what the app makes. */
  backupCounts(file: string): BackupCounts | null {
    return backupRecordCounts(path.join(this.backupDir, path.basename(file)), this.migrationsDir);
  }

  /** Refuses a database file from outside that is damaged or not exactly what the app's migrations make (db/verify.ts). */
  verifyForeignFile(file: string, what: string, extra: readonly string[] = []): void {
    verifyDatabaseFile(file, this.migrationsDir, what, extra);
  }

  backup(reason: Parameters<typeof createBackup>[2] = 'manual', onProgress?: (pagesDone: number, pages: number) => void): Promise<BackupFile> {
    return createBackup(this.sqlite, this.backupDir, reason, undefined, onProgress);
  }

  /** Replaces the data with a backup: the backup is checked first, the current data is backed up, then swapped. */
  restore(fileOrName: string): Promise<{ restored: string; safetyBackup: string }> {
    return this.replacingAs('恢复备份', async () => {
      const source = resolveBackup(this.backupDir, fileOrName);
      if (backupDigestMatches(source) === false)
        throw new AppError('DATABASE', '这个备份文件已损坏：内容与备份完成时不一致（可能是磁盘出错或被改动过），无法恢复。当前数据没有被改动；请选择另一个备份。');
      // Checked as copied, so what is checked is what is swapped in.
      const staged = this.stagingFile('restoring');
      fs.copyFileSync(source, staged);
      fs.chmodSync(staged, 0o600);
      try {
        this.verifyForeignFile(staged, '备份');
        return { restored: path.basename(source), safetyBackup: await this.replaceWith(staged, { keepTrail: true }) };
      } finally {
        fs.rmSync(staged, { force: true });
      }
    });
  }

  /** A file beside the database for one replacement's copy: its own name, so two can never share one. */
  stagingFile(purpose: string): string {
    return `${this.file}.${purpose}-${randomUUID()}`;
  }

  /** Swaps in a database file verifyForeignFile passed (moved, not copied), inside replacingAs: the current data is
   * backed up first, and put back if the new file fails to open. With keepTrail (a restore) the record of what was
   * done (操作记录) is not part of what is taken back: entries the new file lacks are carried over. A package from
   * another computer brings its own. Returns the safety backup's name. */
  async replaceWith(staged: string, { keepTrail }: { keepTrail: boolean }): Promise<string> {
    const safety = await this.backup('restore');
    const trail = keepTrail ? readAuditTrail(this.sqlite) : [];
    this.disconnect();
    try {
      // A clean close checkpoints the WAL; stale -wal/-shm files must never be paired with the restored file.
      for (const suffix of ['-wal', '-shm']) fs.rmSync(this.file + suffix, { force: true });
      fs.renameSync(staged, this.file);
    } catch {
      // Windows refuses to replace a file another program holds open (an antivirus, a database viewer).
      await this.connect();
      throw new AppError('BUSY', '数据文件正被其他程序打开（例如杀毒软件、数据库查看工具或正在读取数据的命令行），无法替换。当前数据没有被改动；请关闭这些程序后再试。');
    }
    try {
      await this.connect();
    } catch (e) {
      this.putBack(path.join(this.backupDir, safety.file));
      await this.connect();
      throw e;
    }
    try {
      carryAuditTrail(this.sqlite, trail);
    } catch (e) {
      // The data is replaced: that is the answer; a trail that could not be carried is logged, not reported as failure.
      reportUnexpected('restore.carryAuditTrail', e);
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

  private disconnect(): void {
    this.conn?.sqlite.close();
    this.conn = null;
  }

  /** Closes the database and gives the folder up (a worker's attached store never held it). */
  close(): void {
    if (this.dailyTimer) clearInterval(this.dailyTimer);
    this.dailyTimer = null;
    this.disconnect();
    if (this.holdsFolder) unlockDataFolder(this.dataDir);
    this.holdsFolder = false;
  }
}
