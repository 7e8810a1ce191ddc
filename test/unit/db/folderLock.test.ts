// One process owns a data folder (docs/SECURITY.md): a CLI restore while the browser host has the folder open renamed the
// file under the host's connection, and the host's next write answered ok and was lost. Now the second program is
// told which one holds the folder, reads beside it, and nothing the owner writes is lost.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/appContext';
import { runCli } from '../../../electron/cli';
import { Store } from '../../../db/store';
import { LOCK_FILE } from '../../../db/folderLock';
import { TOKEN_HEADER } from '@shared/transport';
import { tempDataDir } from '../../helpers/dataDir';
import { makeIdCard, staffInput } from '../../helpers/people';
import { staffInputSchema } from '@shared/staff';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function schoolWithBackup(): Promise<{ dir: string; backup: string }> {
  const t = tempDataDir();
  cleanups.push(t.cleanup);
  const app = await openApp({ dataDir: t.dir });
  app.handlers['school.setup']({ name: '测试学校', type: '中职', cutoffDate: '2025-08-31', code: null, region: null, authority: null });
  app.handlers['staff.create'](staffInputSchema.parse(staffInput({ idCard: makeIdCard('1980-01-01', '男', 1) }, 1)));
  const backup = await app.handlers['backup.create']({});
  app.close();
  return { dir: t.dir, backup: backup.file };
}

async function startHostProcess(dir: string): Promise<{ child: ChildProcess; url: string; token: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('test/helpers/hostChild.ts'), dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (c) => (err += c));
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (c) => {
      out += c;
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    child.once('exit', () => reject(new Error(`the host stopped: ${err}`)));
  });
  return { child, ...(JSON.parse(line) as { url: string; token: string }) };
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function rpc(host: { url: string; token: string }, method: string, input: unknown) {
  const res = await fetch(`${host.url}rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify({ input }),
  });
  return (await res.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
}

const staffNos = (dir: string) => {
  const db = new Database(path.join(dir, 'vet-ledger.sqlite'), { readonly: true });
  try {
    return db.prepare('select staff_no from staff order by staff_no').pluck().all();
  } finally {
    db.close();
  }
};

describe('two programs on one data folder', () => {
  it('tells a second program which one holds the folder, lets it read beside, and loses none of the owner\'s writes', async () => {
    const { dir, backup } = await schoolWithBackup();
    const host = await startHostProcess(dir);
    const pid = String(host.child.pid);

    for (const args of [['restore', backup], ['import', 'staff', path.join(dir, 'x.csv')], ['backup']]) {
      if (args[0] === 'import') fs.writeFileSync(args[2], '工号,姓名\nT9,张三\n');
      const r = await cli(['--data', dir, ...args]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toContain('职教台账浏览器版');
      expect(r.err).toContain(`进程号 ${pid}`);
    }

    const listed = await cli(['--data', dir, 'staff', 'list', '--json']);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out).map((s: { staffNo: string }) => s.staffNo)).toEqual(['T0001']);

    const created = await rpc(host, 'staff.create', staffInputSchema.parse(staffInput({ idCard: makeIdCard('1981-02-02', '女', 2) }, 2)));
    expect(created.ok).toBe(true);
    // the reader beside the owner sees the owner's write at once
    const again = await cli(['--data', dir, 'staff', 'list', '--json']);
    expect(JSON.parse(again.out).map((s: { staffNo: string }) => s.staffNo)).toEqual(['T0001', 'T0002']);

    host.child.kill('SIGTERM');
    await once(host.child, 'exit');
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    expect(staffNos(dir)).toEqual(['T0001', 'T0002']);
    // with the owner gone, the restore goes ahead
    expect((await cli(['--data', dir, 'restore', backup])).code).toBe(0);
    expect(staffNos(dir)).toEqual(['T0001']);
  }, 60_000);

  it('takes over the lock of a program that was killed', async () => {
    const { dir, backup } = await schoolWithBackup();
    const host = await startHostProcess(dir);
    host.child.kill('SIGKILL');
    await once(host.child, 'exit');
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(host.child.pid);
    const r = await cli(['--data', dir, 'restore', backup]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);

  it('takes over a lock written before the computer last started, though its pid now belongs to a live process', async () => {
    const { dir } = await schoolWithBackup();
    const boot = Math.round(Date.now() / 1000 - os.uptime());
    const lock = (bootedAt: number) => fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, owner: 'desktop', host: os.hostname(), since: '昨天', boot: bootedAt }));
    lock(boot);
    await expect(openApp({ dataDir: dir })).rejects.toMatchObject({ code: 'BUSY', message: expect.stringContaining('职教台账桌面程序') });
    lock(boot - 86_400);
    const app = await openApp({ dataDir: dir });
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    app.close();
  });

  it('refuses a second store on the folder within one process, and frees it on close', async () => {
    const { dir } = await schoolWithBackup();
    const first = await openApp({ dataDir: dir });
    await expect(Store.open({ dataDir: dir, migrationsDir: path.resolve('db/migrations') })).rejects.toMatchObject({ code: 'BUSY' });
    first.close();
    const second = await Store.open({ dataDir: dir, migrationsDir: path.resolve('db/migrations') });
    second.close();
  });
});
