// What a user is told when SQLite itself fails (docs/SECURITY.md): "SqliteError: database is locked" with a stack, then
// 程序内部出错, reached users before. Each failure a user can meet now says in Chinese what happened and what to do;
// the data folder's error log keeps the details, with no 身份证号 or phone number in them.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userFacingError } from '@shared/errors';
import { busyRetry, dispatch } from '@shared/dispatch';
import { redactPersonalData } from '../../../electron/errorLog';
import { openTestSchool, type TestSchool } from '../../helpers/school';
import { makeIdCard, staffInput } from '../../helpers/people';

/** Plain Chinese: no SQLite wording, no stack. */
const plain = (message: string) => {
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  expect(message).not.toMatch(/sqlite|database|disk|locked|busy|\bat\s/i);
};

describe('the message for each SQLite and file-system failure', () => {
  it.each([
    ['SQLITE_BUSY', 'BUSY', '占用'],
    ['SQLITE_BUSY_SNAPSHOT', 'BUSY', '占用'],
    ['SQLITE_LOCKED', 'BUSY', '占用'],
    ['SQLITE_FULL', 'DATABASE', '磁盘空间已满'],
    ['SQLITE_READONLY', 'DATABASE', '只读'],
    ['SQLITE_READONLY_DBMOVED', 'DATABASE', '只读'],
    ['SQLITE_IOERR_WRITE', 'DATABASE', '读写数据文件时出错'],
    ['SQLITE_IOERR_FSYNC', 'DATABASE', '读写数据文件时出错'],
    ['SQLITE_CORRUPT', 'DATABASE', '从最近的备份恢复'],
    ['SQLITE_NOTADB', 'DATABASE', '已损坏'],
    ['SQLITE_CANTOPEN', 'DATABASE', '无法打开数据文件'],
    ['SQLITE_PERM', 'DATABASE', '没有权限'],
    ['ENOSPC', 'DATABASE', '磁盘空间已满'],
    ['EACCES', 'DATABASE', '没有权限'],
    ['EPERM', 'DATABASE', '没有权限'],
    ['EROFS', 'DATABASE', '只读'],
    ['EBUSY', 'BUSY', '其他程序使用'],
  ])('%s: %s, saying %s', (code, kind, says) => {
    const error = userFacingError(Object.assign(new Error('database is locked'), { code }));
    expect(error).toMatchObject({ code: kind, message: expect.stringContaining(says) });
    plain(error!.message);
  });

  it('leaves an error it does not know to the generic sentence', () => {
    expect(userFacingError(new Error('x'))).toBeNull();
    expect(userFacingError(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBeNull();
  });

  it('masks 身份证号 and mobile numbers in what the log keeps', () => {
    const id = makeIdCard('1990-01-01', '男', 3);
    const logged = redactPersonalData(`UNIQUE failed for ${id} (phone 13812345678), code T0001`);
    expect(logged).not.toContain(id);
    expect(logged).not.toContain('13812345678');
    expect(logged).toContain('3311**********');
    expect(logged).toContain('138****5678');
    expect(logged).toContain('T0001');
  });
});

describe('real failures through the dispatcher', () => {
  let school: TestSchool;
  beforeEach(async () => {
    school = await openTestSchool();
  });
  afterEach(() => school.close());

  const log = () => fs.readFileSync(path.join(school.dir, 'logs', 'errors.log'), 'utf8');

  it('makes a call again while another connection holds the write lock, and saves it once the lock is free', async () => {
    const other = new Database(path.join(school.dir, 'vet-ledger.sqlite'));
    other.exec('begin immediate');
    setTimeout(() => {
      other.exec('rollback');
      other.close();
    }, 300);
    const r = await school.call('staff.create', staffInput({ idCard: makeIdCard('1985-03-12', '男', 5) }, 5));
    expect(r).toMatchObject({ ok: true });
    // nothing went wrong that anyone needs to read about
    expect(fs.existsSync(path.join(school.dir, 'logs', 'errors.log'))).toBe(false);
  });

  it('keeps writers refused together in one line: one try a pause while the lock is held, every one saved after', async () => {
    const other = new Database(path.join(school.dir, 'vet-ledger.sqlite'));
    other.exec('begin immediate');
    const holding = 300;
    setTimeout(() => {
      other.exec('rollback');
      other.close();
    }, holding);
    let tries = 0;
    const create = school.app.handlers['staff.create'];
    const handlers = { ...school.app.handlers, 'staff.create': (input: Parameters<typeof create>[0]) => (tries++, create(input)) };
    const writers = 20;
    const results = await Promise.all(Array.from({ length: writers }, (_, i) => dispatch(handlers, 'staff.create', staffInput({ idCard: makeIdCard('1985-03-12', '男', 10 + i) }, 10 + i))));
    expect(results.filter((r) => r.ok)).toHaveLength(writers);
    // each its first try and its try once the lock is free; while it is held, one try a pause for all of them (each
    // on its own would have made 20 × 15)
    expect(tries).toBeLessThanOrEqual(2 * writers + Math.ceil(holding / busyRetry.pauseMs) + 5);
  });

  it('says the data is busy when another connection holds the write lock past the retries, and logs the code without the input', async () => {
    const other = new Database(path.join(school.dir, 'vet-ledger.sqlite'));
    other.exec('begin immediate');
    const id = makeIdCard('1985-03-12', '男', 4);
    const usual = busyRetry.forMs;
    busyRetry.forMs = 200;
    const r = await school.call('staff.create', staffInput({ idCard: id }, 4)).finally(() => {
      busyRetry.forMs = usual;
    });
    other.exec('rollback');
    other.close();
    expect(r).toMatchObject({ ok: false, error: { code: 'BUSY' } });
    if (!r.ok) plain(r.error.message);
    expect(log()).toContain('staff.create SQLITE_BUSY');
    expect(log()).not.toContain(id);
    if (process.platform !== 'win32') expect(fs.statSync(path.join(school.dir, 'logs', 'errors.log')).mode & 0o777).toBe(0o600);
  });

  it('says the disk is full when the database cannot grow', async () => {
    const sqlite = school.app.store.sqlite;
    sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true })}`);
    let r;
    for (let i = 1; i <= 200; i++) {
      r = await school.call('staff.create', staffInput({ idCard: makeIdCard('1985-03-12', i % 2 ? '男' : '女', i), name: '欧阳'.repeat(20) }, i));
      if (!r.ok) break;
    }
    expect(r).toMatchObject({ ok: false, error: { code: 'DATABASE', message: expect.stringContaining('磁盘空间已满') } });
    if (r && !r.ok) plain(r.error.message);
    expect(log()).toContain('SQLITE_FULL');
  });

  it('says the data file is read-only when it cannot be written', async () => {
    school.app.store.sqlite.pragma('query_only = ON');
    const r = await school.call('staff.create', staffInput({}, 5));
    school.app.store.sqlite.pragma('query_only = OFF');
    expect(r).toMatchObject({ ok: false, error: { code: 'DATABASE', message: expect.stringContaining('只读') } });
  });
});
