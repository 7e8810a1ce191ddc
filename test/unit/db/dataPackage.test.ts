// The whole-school data package: one file that moves every record and evidence file to a new computer.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../electron/appContext';
import { dispatch } from '@shared/dispatch';
import { generateDemoSchool } from '../../../seeds/demo';
import { DB_FILE } from '../../../db/store';
import { tempDataDir } from '../../helpers/dataDir';

// a 1×1 PNG
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function app(): Promise<App> {
  const t = tempDataDir();
  const a = await openApp({ dataDir: t.dir });
  cleanups.push(() => {
    a.close();
    t.cleanup();
  });
  return a;
}

async function ok<T>(a: App, method: string, input: unknown): Promise<T> {
  const r = await dispatch(a.handlers, method, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.data as T;
}

function rows(file: string, table: string) {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`select * from ${table} order by rowid`).all();
  } finally {
    db.close();
  }
}

describe('data package', () => {
  it('moves every record and evidence file to another computer, backing up what was there', async () => {
    const from = await app();
    generateDemoSchool(from.store.sqlite, { type: '中职', seed: 3, staff: 30, students: 60, asOf: '2025-10-31' });
    const practiceId = from.store.sqlite.prepare('select id from practice_records limit 1').pluck().get() as number;
    const evidence = await ok<{ id: number }>(from, 'practice.evidence.add', { practiceId, fileName: '考核表.png', base64: PNG });
    const pkg = await ok<{ fileName: string; base64: string }>(from, 'package.export', {});
    expect(pkg.fileName).toMatch(/-数据包-\d{8}\.vldata$/);

    const to = await app();
    await ok(to, 'school.setup', { name: '新电脑上的旧数据', type: '中职', cutoffDate: '2025-08-31' });
    const result = await ok<{ safetyBackup: string; evidenceFiles: number }>(to, 'package.import', { fileName: pkg.fileName, base64: pkg.base64 });
    expect(result.evidenceFiles).toBe(1);

    for (const table of ['school', 'staff', 'students', 'practice_records', 'practice_evidence', 'awards', 'student_certificates'])
      expect(rows(path.join(to.store.dataDir, DB_FILE), table)).toEqual(rows(path.join(from.store.dataDir, DB_FILE), table));
    const copied = await ok<{ base64: string }>(to, 'practice.evidence.get', { id: evidence.id });
    expect(copied.base64).toBe(PNG);
    // what this computer had is kept as a backup
    const safety = new Database(path.join(to.store.backupDir, result.safetyBackup), { readonly: true });
    expect(safety.prepare('select name from school').pluck().get()).toBe('新电脑上的旧数据');
    safety.close();
  });

  it('leaves no room taken by the evidence in the data file, which keeps only the records', async () => {
    const from = await app();
    generateDemoSchool(from.store.sqlite, { type: '中职', seed: 3, staff: 30, students: 60, asOf: '2025-10-31' });
    const practiceId = from.store.sqlite.prepare('select id from practice_records limit 1').pluck().get() as number;
    // a scanned form of 3 MB, far more than the records
    const scan = Buffer.concat([Buffer.from(PNG, 'base64'), crypto.randomBytes(3 * 1024 * 1024)]);
    await ok(from, 'practice.evidence.add', { practiceId, fileName: '考核表.png', base64: scan.toString('base64') });
    const pkg = await ok<{ fileName: string; base64: string }>(from, 'package.export', {});
    expect(Buffer.from(pkg.base64, 'base64').length).toBeGreaterThan(3 * 1024 * 1024);

    const to = await app();
    await ok(to, 'package.import', { fileName: pkg.fileName, base64: pkg.base64 });
    const pragma = (name: string) => to.store.sqlite.pragma(name, { simple: true }) as number;
    const [pages, free] = [pragma('page_count'), pragma('freelist_count')];
    expect(pages * pragma('page_size')).toBeLessThan(2 * 1024 * 1024);
    expect(free).toBeLessThan(pages / 4);
    const [copied] = fs.readdirSync(path.join(to.store.dataDir, 'evidence'));
    expect(fs.readFileSync(path.join(to.store.dataDir, 'evidence', copied)).equals(scan)).toBe(true);
  });

  it('refuses a file that is not a package and changes nothing', async () => {
    const to = await app();
    await ok(to, 'school.setup', { name: '原有学校', type: '中职', cutoffDate: '2025-08-31' });
    const backup = await ok<{ file: string }>(to, 'backup.create', {});
    const plainBackup = fs.readFileSync(path.join(to.store.backupDir, backup.file)).toString('base64');
    for (const base64 of [Buffer.from('not a database at all').toString('base64'), plainBackup]) {
      const r = await dispatch(to.handlers, 'package.import', { fileName: 'x.vldata', base64 });
      expect(r.ok).toBe(false);
    }
    expect((await ok<{ name: string }>(to, 'school.get', {})).name).toBe('原有学校');
  });
});
