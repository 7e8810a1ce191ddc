// The data file: kept across restarts, refused when corrupt, foreign or newer (and left untouched), migrated
// only after a backup, and restored from a backup to identical rows.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openApp, sourceMigrationsDir } from '../../../electron/appContext';
import { DB_FILE } from '../../../db/store';
import { listBackups } from '../../../db/backup';
import { tempDataDir } from '../../helpers/dataDir';
import { staffInput, makeIdCard } from '../../helpers/people';
import { staffInputSchema } from '@shared/staff';
import { generateDemoSchool } from '../../../seeds/demo';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function dataDir() {
  const t = tempDataDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function withTeachers(dir: string, n: number) {
  const app = await openApp({ dataDir: dir });
  app.handlers['school.setup'](({ name: '测试学校', type: '中职', cutoffDate: '2025-08-31', code: null, region: null, authority: null }));
  for (let i = 1; i <= n; i++) app.handlers['staff.create'](staffInputSchema.parse(staffInput({ idCard: makeIdCard('1980-01-01', i % 2 ? '男' : '女', i) }, i)));
  return app;
}

function dumpRows(file: string) {
  const db = new Database(file, { readonly: true });
  const tables = db.prepare("select name from sqlite_master where type='table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
  const rows = Object.fromEntries(tables.map((t) => [t, db.prepare(`select * from "${t}" order by rowid`).all()]));
  db.close();
  return rows;
}

describe('the data file', () => {
  it('keeps every record when the app is opened again', async () => {
    const dir = dataDir();
    const app = await withTeachers(dir, 3);
    app.close();
    const again = await openApp({ dataDir: dir });
    const list = await again.handlers['staff.list']({ page: 1, pageSize: 50, sortBy: 'staffNo', sortOrder: 'asc' });
    expect(list.rows.map((r) => r.staffNo)).toEqual(['T0001', 'T0002', 'T0003']);
    expect(again.store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(again.store.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(again.store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    again.close();
  });

  it('refuses a file that is not a database, and leaves it untouched', async () => {
    const dir = dataDir();
    const file = path.join(dir, DB_FILE);
    fs.writeFileSync(file, crypto.randomBytes(8192));
    const before = sha(file);
    await expect(openApp({ dataDir: dir })).rejects.toThrow(/不是职教台账的数据文件/);
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(file + '-wal')).toBe(false);
  });

  it('refuses a corrupt database, and leaves it untouched', async () => {
    const dir = dataDir();
    (await withTeachers(dir, 40)).close();
    const file = path.join(dir, DB_FILE);
    const bytes = fs.readFileSync(file);
    bytes.fill(0xab, 4096 * 2, 4096 * 4); // overwrite two pages in the middle
    fs.writeFileSync(file, bytes);
    const before = sha(file);
    await expect(openApp({ dataDir: dir })).rejects.toThrow(/损坏/);
    expect(sha(file)).toBe(before);
  });

  it("refuses another program's SQLite database", async () => {
    const dir = dataDir();
    const file = path.join(dir, DB_FILE);
    const other = new Database(file);
    other.exec("create table customers (id integer primary key, name text); insert into customers values (1, 'x')");
    other.close();
    const before = sha(file);
    await expect(openApp({ dataDir: dir })).rejects.toThrow(/其他程序的数据库/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a database from a newer version with a clear message', async () => {
    const dir = dataDir();
    (await withTeachers(dir, 1)).close();
    const file = path.join(dir, DB_FILE);
    const db = new Database(file);
    db.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('future', Date.now() + 1e9);
    db.close();
    const before = sha(file);
    await expect(openApp({ dataDir: dir })).rejects.toThrow(/更新版本的职教台账/);
    expect(sha(file)).toBe(before);
  });

  it('backs up before applying a pending migration, then applies it', async () => {
    const dir = dataDir();
    (await withTeachers(dir, 2)).close();
    const migrations = path.join(dataDir(), 'migrations');
    fs.cpSync(sourceMigrationsDir(), migrations, { recursive: true });
    const journalFile = path.join(migrations, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
    const last = journal.entries.at(-1);
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_test_extra' });
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(path.join(migrations, '9999_test_extra.sql'), 'ALTER TABLE `staff` ADD `nickname` text;');

    const app = await openApp({ dataDir: dir, migrationsDir: migrations });
    expect(app.store.sqlite.prepare("select count(*) from pragma_table_info('staff') where name = 'nickname'").pluck().get()).toBe(1);
    app.close();
    const backups = listBackups(path.join(dir, 'backups'));
    expect(backups.map((b) => b.reason)).toEqual(['升级前自动备份']);
    const backupDb = new Database(path.join(dir, 'backups', backups[0].file), { readonly: true });
    expect(backupDb.prepare('select count(*) from staff').pluck().get()).toBe(2);
    backupDb.close();
  });

  it('restores a backup to identical rows, backing up the current data first', async () => {
    const dir = dataDir();
    const app = await withTeachers(dir, 5);
    const backup = await app.handlers['backup.create']({});
    const snapshot = dumpRows(path.join(dir, 'backups', backup.file));
    app.handlers['staff.delete']({ id: 1 });
    app.handlers['staff.create'](staffInputSchema.parse(staffInput({ idCard: makeIdCard('1970-05-05', '女', 9) }, 9)));
    expect((await app.handlers['backup.list']({})).find((b) => b.file === backup.file)?.counts).toEqual({ staff: 5, students: 0, practice: 0 });
    const result = await app.handlers['backup.restore']({ file: backup.file });
    expect(result.restored).toBe(backup.file);
    app.close();
    // identical rows; the record of what was done keeps the delete and the create made after the backup, then the restore
    const { audit_log: restoredAudit, ...restored } = dumpRows(path.join(dir, DB_FILE));
    const { audit_log: snapshotAudit, ...expected } = snapshot;
    expect(restored).toEqual(expected);
    const withoutId = (rows: unknown[]) => (rows as Record<string, unknown>[]).map(({ id: _id, ...rest }) => rest);
    expect(withoutId(restoredAudit)).toEqual([
      ...withoutId(snapshotAudit),
      expect.objectContaining({ action: '删除', entity: 'staff', entity_id: 1 }),
      expect.objectContaining({ action: '新增', entity: 'staff', label: expect.stringContaining('T0009') }),
      expect.objectContaining({ action: '恢复', via: '恢复' }),
    ]);
    const safety = new Database(path.join(dir, 'backups', result.safetyBackup), { readonly: true });
    expect(safety.prepare("select count(*) from staff where staff_no = 'T0009'").pluck().get()).toBe(1);
    safety.close();
  });

  it('refuses to restore from a file that is not one of our backups', async () => {
    const dir = dataDir();
    const app = await withTeachers(dir, 1);
    await expect(Promise.resolve().then(() => app.handlers['backup.restore']({ file: 'nope.sqlite' }))).rejects.toThrow(/找不到备份文件/);
    app.close();
  });
});

describe('automatic backups', () => {
  it('backs up at start when there is data, and once a day while running', async () => {
    const dir = dataDir();
    (await withTeachers(dir, 1)).close();
    const app = await openApp({ dataDir: dir, automaticBackups: true });
    await vi.waitFor(() => expect(listBackups(path.join(dir, 'backups')).map((b) => b.reason)).toEqual(['启动时自动备份']));
    app.close();

    const empty = dataDir();
    const fresh = await openApp({ dataDir: empty, automaticBackups: true });
    await new Promise((r) => setTimeout(r, 100));
    expect(listBackups(path.join(empty, 'backups'))).toEqual([]);
    fresh.close();

    // a day later: nothing backed up today yet, so the running app makes the daily one
    const running = await openApp({ dataDir: dir });
    running.store.startAutomaticBackups(20);
    await vi.waitFor(() => expect(listBackups(path.join(dir, 'backups')).filter((b) => b.reason === '启动时自动备份')).toHaveLength(2));
    for (const b of listBackups(path.join(dir, 'backups'))) fs.rmSync(path.join(dir, 'backups', b.file));
    await vi.waitFor(() => expect(listBackups(path.join(dir, 'backups')).map((b) => b.reason)).toContain('每日自动备份'));
    running.close();
  });

  it('leaves the last good backup in place when a backup is interrupted', async () => {
    const dir = dataDir();
    const app = await withTeachers(dir, 2);
    const good = await app.store.backup('manual');
    const goodBytes = sha(path.join(dir, 'backups', good.file));
    const realBackup = app.store.sqlite.backup.bind(app.store.sqlite);
    app.store.sqlite.backup = (async (target: string) => {
      fs.writeFileSync(target, 'half a file');
      throw new Error('disk full');
    }) as typeof realBackup;
    await expect(app.store.backup('manual')).rejects.toThrow(/备份没有完成/);
    app.store.sqlite.backup = realBackup;
    const files = fs.readdirSync(path.join(dir, 'backups'));
    expect(files.sort()).toEqual([good.file, `${good.file}.sha256`]);
    expect(sha(path.join(dir, 'backups', good.file))).toBe(goodBytes);
    app.close();
  });
});

describe('backup while the data changes', () => {
  it('produces a file that opens and passes integrity_check, holding a consistent state', async () => {
    const dir = dataDir();
    const app = await openApp({ dataDir: dir });
    generateDemoSchool(app.store.sqlite, { type: '中职', seed: 5, staff: 400, students: 4000, asOf: '2025-10-31' });
    let writes = 0;
    let writing = true;
    // writes keep landing between the backup's steps
    const writer = (async () => {
      while (writing) {
        app.store.sqlite.prepare("update students set updated_at = ? where id = ?").run(String(writes), (writes % 4000) + 1);
        writes++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    const backup = await app.store.backup('manual');
    writing = false;
    await writer;
    expect(writes).toBeGreaterThan(0);
    const copy = new Database(path.join(dir, 'backups', backup.file), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('foreign_key_check')).toEqual([]);
    expect(copy.prepare('select count(*) from students').pluck().get()).toBe(4000);
    copy.close();
    app.close();
  });
});

describe('restore into a fresh folder', () => {
  it('gives identical rows, compared by checksum', async () => {
    const dir = dataDir();
    const app = await openApp({ dataDir: dir });
    generateDemoSchool(app.store.sqlite, { type: '中职', seed: 9, staff: 80, students: 300, asOf: '2025-10-31' });
    const backup = await app.store.backup('manual');
    const checksum = (file: string) => crypto.createHash('sha256').update(JSON.stringify(dumpRows(file))).digest('hex');
    const original = checksum(path.join(dir, DB_FILE));
    app.close();

    const fresh = dataDir();
    fs.copyFileSync(path.join(dir, 'backups', backup.file), path.join(fresh, DB_FILE));
    const restored = await openApp({ dataDir: fresh });
    restored.close();
    expect(checksum(path.join(fresh, DB_FILE))).toBe(original);
  });
});
