// What a restore and a package import adopt (docs/SECURITY.md): every damaged copy is refused with the live data untouched,
// and a file carrying schema of its own (a trigger, a view, a changed table) never becomes the school's data.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../electron/appContext';
import { dispatch } from '@shared/dispatch';
import { listBackups } from '../../../db/backup';
import { fileDigest } from '../../../db/verify';
import { tempDataDir } from '../../helpers/dataDir';
import { makeIdCard, staffInput } from '../../helpers/people';
import { staffInputSchema } from '@shared/staff';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function school(teachers = 12): Promise<App> {
  const t = tempDataDir();
  const app = await openApp({ dataDir: t.dir });
  cleanups.push(() => {
    app.close();
    t.cleanup();
  });
  app.handlers['school.setup']({ name: '测试学校', type: '中职', cutoffDate: '2025-08-31', code: null, region: null, authority: null });
  for (let i = 1; i <= teachers; i++) app.handlers['staff.create'](staffInputSchema.parse(staffInput({ idCard: makeIdCard('1980-01-01', i % 2 ? '男' : '女', i) }, i)));
  return app;
}

/** The live data as a test can compare it: every row of every table, and the backups there are. */
function liveState(app: App) {
  const db = app.store.sqlite;
  const tables = db.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all() as string[];
  return {
    rows: Object.fromEntries(tables.map((t) => [t, db.prepare(`select * from "${t}" order by rowid`).all()])),
    integrity: db.pragma('integrity_check', { simple: true }),
    backups: listBackups(app.store.backupDir).map((b) => b.file),
  };
}

/** A copy of a backup under a backup's name of its own, with or without the digest the original was written with. */
function copyBackup(app: App, source: string, index: number, withDigest: boolean): string {
  const name = `vet-ledger-20250101-${String(index).padStart(9, '0')}-manual.sqlite`;
  const target = path.join(app.store.backupDir, name);
  fs.copyFileSync(path.join(app.store.backupDir, source), target);
  if (withDigest) fs.copyFileSync(path.join(app.store.backupDir, `${source}.sha256`), `${target}.sha256`);
  return name;
}

/** A seeded generator, so a failure names the flips that caused it. */
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function flipBits(file: string, bits: number, next: () => number): number[] {
  const bytes = fs.readFileSync(file);
  const positions = Array.from({ length: bits }, () => Math.floor(next() * bytes.length * 8));
  for (const p of positions) bytes[p >> 3] ^= 1 << (p & 7);
  fs.writeFileSync(file, bytes);
  return positions;
}

const restore = (app: App, file: string) => dispatch(app.handlers, 'backup.restore', { file });

describe('damaged backups', () => {
  it('refuses every copy with 8 flipped bits, and leaves the live data as it was', async () => {
    const app = await school();
    const good = await app.handlers['backup.create']({});
    const copies = Array.from({ length: 12 }, (_, i) => copyBackup(app, good.file, i + 1, true));
    const next = random(17);
    const flips = copies.map((name) => flipBits(path.join(app.store.backupDir, name), 8, next));
    const before = liveState(app);
    for (const [i, name] of copies.entries()) {
      const r = await restore(app, name);
      expect(r.ok, `copy ${name} (bits ${flips[i].join(', ')}) was restored`).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/已损坏/);
      expect(liveState(app)).toEqual(before);
    }
  });

  it('without the digest, a flipped copy is restored only when SQLite finds it whole, and never leaves a broken database', async () => {
    const app = await school();
    const good = await app.handlers['backup.create']({});
    const next = random(29);
    let refused = 0;
    for (let i = 1; i <= 12; i++) {
      const name = copyBackup(app, good.file, i, false);
      flipBits(path.join(app.store.backupDir, name), 8, next);
      const r = await restore(app, name);
      if (!r.ok) refused++;
      expect(app.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(app.store.sqlite.pragma('foreign_key_check')).toEqual([]);
    }
    // most flips land in the data's pages: the checks see them
    expect(refused).toBeGreaterThan(0);
  });

  it('refuses a copy whose index disagrees with its table, which quick_check passes and integrity_check does not', async () => {
    const app = await school(5);
    const good = await app.handlers['backup.create']({});
    const name = copyBackup(app, good.file, 1, false);
    const file = path.join(app.store.backupDir, name);
    pointIndexEntryAtAnotherRow(file, 'staff', 'staff_no');
    const probe = new Database(file, { readonly: true });
    expect(probe.pragma('quick_check', { simple: true })).toBe('ok');
    expect(probe.pragma('integrity_check', { simple: true })).not.toBe('ok');
    probe.close();
    const before = liveState(app);
    const r = await restore(app, name);
    expect(r).toMatchObject({ ok: false, error: { code: 'DATABASE', message: expect.stringContaining('完整性检查未通过') } });
    expect(liveState(app)).toEqual(before);
  });
});

/** Rewrites the rowid of the first entry of the index on table(column): the key still sorts, so the b-tree is well
 * formed, but the entry now names another row (SQLite file format §1.6 b-tree pages, §2.1 records). */
function pointIndexEntryAtAnotherRow(file: string, table: string, column: string) {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const indexes = db.prepare("select name, rootpage, sql from sqlite_master where type = 'index' and tbl_name = ?").all(table) as { name: string; rootpage: number; sql: string | null }[];
  db.close();
  const index = indexes.find((i) => i.sql?.includes(`\`${column}\``) || i.sql?.includes(`"${column}"`));
  if (!index) throw new Error(`no index on ${table}.${column}`);
  const bytes = fs.readFileSync(file);
  const page = (index.rootpage - 1) * pageSize;
  const header = page + (index.rootpage === 1 ? 100 : 0);
  expect(bytes[header], 'a small index fits on one leaf page').toBe(0x0a);
  const cell = page + bytes.readUInt16BE(header + 8);
  const varint = (at: number): [number, number] => {
    let v = 0;
    for (let i = 0; i < 9; i++) {
      const b = bytes[at + i];
      v = v * 128 + (b & 0x7f);
      if (b < 0x80) return [v, i + 1];
    }
    return [v, 9];
  };
  const [, payloadLength] = varint(cell);
  const record = cell + payloadLength;
  const [headerSize, headerLength] = varint(record);
  const types: { type: number; at: number }[] = [];
  for (let at = record + headerLength; at < record + headerSize; ) {
    const [type, n] = varint(at);
    types.push({ type, at });
    at += n;
  }
  const rowid = types[types.length - 1];
  const sizeOf = (t: number) => (t >= 13 ? (t - 13) / 2 : t >= 12 ? (t - 12) / 2 : [0, 1, 2, 3, 4, 6, 8, 8, 0, 0][t]);
  const rowidAt = record + headerSize + types.slice(0, -1).reduce((sum, t) => sum + sizeOf(t.type), 0);
  // rowid 1 is stored as the constant 1 (type 9), which becomes the constant 0; a one-byte rowid gets another value
  if (rowid.type === 9) bytes[rowid.at] = 8;
  else if (rowid.type === 1) bytes[rowidAt] ^= 0x40;
  else throw new Error(`unexpected rowid type ${rowid.type}`);
  fs.writeFileSync(file, bytes);
}

describe('schema that came with the file', () => {
  const HOSTILE: [what: string, sql: string, named: RegExp][] = [
    ['a trigger that empties 操作记录 on every write', 'create trigger keep_quiet after insert on staff begin delete from audit_log; end', /触发器“keep_quiet”/],
    ['a hidden table and a trigger that copy full 身份证号', 'create table leak (id_card text); create trigger copy_ids after insert on staff begin insert into leak values (new.id_card); end', /多出的/],
    ['a view', "create view every_id as select name, id_card from staff", /视图“every_id”/],
    ['a changed table', 'alter table staff add column note text', /被改动的数据表“staff”/],
    ['an index of its own', 'create index by_phone on staff (phone)', /索引“by_phone”/],
  ];

  it.each(HOSTILE)('refuses a backup carrying %s, even with a matching digest, and lists it as unreadable', async (_what, sql, named) => {
    const app = await school(3);
    const good = await app.handlers['backup.create']({});
    const name = copyBackup(app, good.file, 1, false);
    const file = path.join(app.store.backupDir, name);
    const db = new Database(file);
    db.exec(sql);
    db.close();
    // whoever planted it wrote the digest too
    fs.writeFileSync(`${file}.sha256`, fileDigest(file));
    const before = liveState(app);
    const r = await restore(app, name);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(named);
    expect(liveState(app)).toEqual(before);
    const listed = (await app.handlers['backup.list']({})).find((b) => b.file === name);
    expect(listed?.counts).toBeNull();
  });

  it.each(HOSTILE)('refuses a data package carrying %s', async (_what, sql, named) => {
    const app = await school(3);
    const exported = await app.handlers['package.export']({});
    const file = path.join(app.store.dataDir, 'crafted.vldata');
    fs.writeFileSync(file, Buffer.from(exported.base64, 'base64'));
    const db = new Database(file);
    db.exec(sql);
    db.close();
    const before = liveState(app);
    const r = await dispatch(app.handlers, 'package.import', { fileName: 'crafted.vldata', base64: fs.readFileSync(file).toString('base64') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(named);
    expect(liveState(app)).toEqual(before);
  });

  it('still restores an untouched backup and imports an untouched package', async () => {
    const app = await school(3);
    const good = await app.handlers['backup.create']({});
    expect(await restore(app, good.file)).toMatchObject({ ok: true });
    const exported = await app.handlers['package.export']({});
    expect(await dispatch(app.handlers, 'package.import', { fileName: 'p.vldata', base64: exported.base64 })).toMatchObject({ ok: true });
  });
});

describe('the record of what was done', () => {
  it('still lists an entry written after a backup once that backup is restored, and the restore itself', async () => {
    const app = await school(2);
    const backup = await app.handlers['backup.create']({});
    app.handlers['staff.update']({ id: 1, values: staffInputSchema.parse(staffInput({ idCard: makeIdCard('1980-01-01', '男', 1), name: '李改名' }, 1)) } as never);
    expect(await restore(app, backup.file)).toMatchObject({ ok: true });
    const { rows } = await app.handlers['audit.list']({ page: 1, pageSize: 50 });
    expect(rows[0]).toMatchObject({ action: '恢复', via: '恢复' });
    expect(rows.find((r) => r.action === '修改' && r.field === 'name')).toMatchObject({ newValue: '李改名' });
    // and the data is the backup's
    expect((await app.handlers['staff.get']({ id: 1 })).name).not.toBe('李改名');
  });
});

describe('one replacement at a time', () => {
  it('refuses a second restore and a job while a restore is swapping the database', async () => {
    const app = await school(2);
    const backup = await app.handlers['backup.create']({});
    const first = restore(app, backup.file);
    const second = await restore(app, backup.file);
    expect(second).toMatchObject({ ok: false, error: { code: 'BUSY', message: expect.stringContaining('正在恢复备份') } });
    const job = await dispatch(app.handlers, 'jobs.start', { method: 'backup.create', input: {} });
    expect(job).toMatchObject({ ok: false, error: { code: 'BUSY' } });
    expect(await first).toMatchObject({ ok: true });
    expect(await dispatch(app.handlers, 'jobs.start', { method: 'backup.create', input: {} })).toMatchObject({ ok: true });
  });
});

describe('a data folder copied from elsewhere', () => {
  it('is not opened when its database carries a trigger, and is left as it was', async () => {
    const t = tempDataDir();
    cleanups.push(t.cleanup);
    const first = await openApp({ dataDir: t.dir });
    first.close();
    const file = path.join(t.dir, 'vet-ledger.sqlite');
    const db = new Database(file);
    db.exec('create trigger keep_quiet after insert on staff begin delete from audit_log; end');
    db.close();
    const before = fileDigest(file);
    await expect(openApp({ dataDir: t.dir })).rejects.toThrow(/触发器“keep_quiet”/);
    expect(fileDigest(file)).toBe(before);
  });
});
