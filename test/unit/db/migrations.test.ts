// Migrations on a populated database (DESIGN §6): a table rebuild of the kind drizzle-kit generates keeps
// every child row and leaves foreign_key_check empty; a migration failing halfway leaves the data as it was, with
// the backup taken before it offered in the message.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, sourceMigrationsDir } from '../../../electron/appContext';
import { generateDemoSchool } from '../../../seeds/demo';
import { listBackups } from '../../../db/backup';
import { tempDataDir } from '../../helpers/dataDir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const dir = () => {
  const t = tempDataDir();
  cleanups.push(t.cleanup);
  return t.dir;
};

const CHILD_TABLES = ['dual_teacher_certifications', 'staff_skill_certificates', 'staff_honours', 'practice_records', 'award_people', 'student_certificates'];

/** The shipped migrations plus one more, written to a copy of the migrations folder. */
function withExtraMigration(sql: string): string {
  const migrations = path.join(dir(), 'migrations');
  fs.cpSync(sourceMigrationsDir(), migrations, { recursive: true });
  const journalFile = path.join(migrations, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
  const last = journal.entries.at(-1);
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_test' });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(migrations, '9999_test.sql'), sql);
  return migrations;
}

/** The staff table as the shipped migrations leave it: its CREATE statement and its indexes'. */
interface StaffSchema {
  create: string;
  indexes: string[];
}

/** The shipped migrations up to and including `tag`, as a database of an earlier release was built. */
function migrationsUpTo(tag: string): string {
  const migrations = path.join(dir(), 'migrations');
  fs.cpSync(sourceMigrationsDir(), migrations, { recursive: true });
  const journalFile = path.join(migrations, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
  const keep = journal.entries.findIndex((e: { tag: string }) => e.tag === tag) + 1;
  expect(keep).toBeGreaterThan(0);
  for (const later of journal.entries.slice(keep)) fs.rmSync(path.join(migrations, `${later.tag}.sql`));
  fs.writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, keep) }));
  return migrations;
}

async function populated(): Promise<{ dataDir: string; counts: Record<string, number>; staffSchema: StaffSchema }> {
  const dataDir = dir();
  const app = await openApp({ dataDir });
  generateDemoSchool(app.store.sqlite, { type: '中职', seed: 11, staff: 60, students: 200, asOf: '2025-10-31' });
  const counts = Object.fromEntries(['staff', ...CHILD_TABLES].map((t) => [t, app.store.sqlite.prepare(`select count(*) from ${t}`).pluck().get() as number]));
  const sqlOf = (type: string) => app.store.sqlite.prepare("select sql from sqlite_master where type = ? and tbl_name = 'staff' and sql is not null").pluck().all(type) as string[];
  const staffSchema = { create: sqlOf('table')[0], indexes: sqlOf('index') };
  app.close();
  return { dataDir, counts, staffSchema };
}

/** What drizzle-kit writes to change a column of staff: create the new table, copy, drop the old, rename, re-index.
 * PRAGMA foreign_keys=OFF inside the migration's transaction is ignored, so the migrator itself must see to it. */
function rebuildStaff({ create, indexes }: StaffSchema): string {
  const createStaff = `${create.replace(/CREATE TABLE [`"]?staff[`"]?/, 'CREATE TABLE `__new_staff`')};`;
  indexes = indexes.map((i) => `${i};`);
  return [
    'PRAGMA foreign_keys=OFF;',
    createStaff,
    'INSERT INTO `__new_staff` SELECT * FROM `staff`;',
    'DROP TABLE `staff`;',
    'ALTER TABLE `__new_staff` RENAME TO `staff`;',
    ...indexes,
    'PRAGMA foreign_keys=ON;',
  ].join('--> statement-breakpoint\n');
}

describe('migrations on a populated database', () => {
  it('a table rebuild keeps every child row and leaves foreign_key_check empty', async () => {
    const { dataDir, counts, staffSchema } = await populated();
    expect(counts.practice_records).toBeGreaterThan(0);
    const app = await openApp({ dataDir, migrationsDir: withExtraMigration(rebuildStaff(staffSchema)) });
    for (const [table, n] of Object.entries(counts)) expect(app.store.sqlite.prepare(`select count(*) from ${table}`).pluck().get(), table).toBe(n);
    expect(app.store.sqlite.pragma('foreign_key_check')).toEqual([]);
    app.close();
  });

  it('the national-forms migration keeps every row and value and adds its columns empty', async () => {
    // a populated database as the release before it left it: the demo school's rows in the columns it had
    const { dataDir: source, counts } = await populated();
    const dataDir = dir();
    const before = await openApp({ dataDir, migrationsDir: migrationsUpTo('0004_report_templates') });
    const old = before.store.sqlite;
    const columnsOf = (sqlite: typeof old, table: string) => sqlite.prepare(`select name from pragma_table_info('${table}')`).pluck().all() as string[];
    const tables = old.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'").pluck().all() as string[];
    const oldColumns = Object.fromEntries(tables.map((t) => [t, columnsOf(old, t)]));
    old.pragma('foreign_keys = OFF');
    old.prepare('attach ? as source').run(path.join(source, 'vet-ledger.sqlite'));
    old.transaction(() => {
      for (const t of tables) {
        const columns = oldColumns[t].map((c) => `"${c}"`).join(', ');
        old.exec(`delete from main."${t}"; insert into main."${t}" (${columns}) select ${columns} from source."${t}"`);
      }
    })();
    old.exec('detach source');
    old.pragma('foreign_keys = ON');
    const dump = (sqlite: typeof old, t: string) => sqlite.prepare(`select ${oldColumns[t].map((c) => `"${c}"`).join(', ')} from "${t}" order by rowid`).all();
    const rowsBefore = Object.fromEntries(tables.map((t) => [t, dump(old, t)]));
    expect(rowsBefore.annual_data.length).toBeGreaterThan(0);
    before.close();

    const app = await openApp({ dataDir });
    for (const [table, n] of Object.entries(counts)) expect(app.store.sqlite.prepare(`select count(*) from ${table}`).pluck().get(), table).toBe(n);
    for (const t of tables.filter((t) => t !== 'audit_log')) expect(dump(app.store.sqlite, t), t).toEqual(rowsBefore[t]);
    expect(columnsOf(app.store.sqlite, 'staff')).toEqual(expect.arrayContaining(['title_name', 'title_issuer', 'title_date']));
    expect(app.store.sqlite.prepare('select count(*) from staff where title_name is not null').pluck().get()).toBe(0);
    expect(app.store.sqlite.prepare('select count(*) from practice_records where sending_department is not null').pluck().get()).toBe(0);
    expect(app.store.sqlite.prepare('select count(*) from annual_data where equipment_value is not null or monthly_income is not null').pluck().get()).toBe(0);
    expect(app.store.sqlite.pragma('foreign_key_check')).toEqual([]);
    app.close();
  });

  it('a migration failing halfway leaves the data as it was and names the backup taken before it', async () => {
    const { dataDir, counts } = await populated();
    const failing = withExtraMigration('ALTER TABLE `staff` ADD `nickname` text;--> statement-breakpoint\nINSERT INTO `no_such_table` VALUES (1);');
    await expect(openApp({ dataDir, migrationsDir: failing })).rejects.toThrow(/数据库升级失败，数据保持升级前的状态。可以从升级前的备份恢复/);
    expect(listBackups(path.join(dataDir, 'backups')).map((b) => b.reason)).toEqual(['升级前自动备份']);
    const app = await openApp({ dataDir });
    expect(app.store.sqlite.prepare("select count(*) from pragma_table_info('staff') where name = 'nickname'").pluck().get()).toBe(0);
    expect(app.store.sqlite.prepare('select count(*) from staff').pluck().get()).toBe(counts.staff);
    app.close();
  });
});
