// One process owns a data folder at a time. Two processes each writing through their own connection are safe for
// SQLite itself, but not for what the app does around it: a restore renames the database file under the other
// process's open connection, whose later writes then land in a file nobody reads. The lock file names its owner, so
// the second program can say which one holds the folder; a lock whose process is gone (killed, power loss) is stale
// and taken over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '@shared/errors';

export const LOCK_FILE = 'vet-ledger.lock';

/** Who opens a data folder, as the second program tells it to the user. */
export const LOCK_OWNERS = {
  desktop: '职教台账桌面程序',
  web: '职教台账浏览器版（npm run web）',
  cli: '职教台账命令行',
  other: '另一个职教台账程序',
} as const;
export type LockOwner = keyof typeof LOCK_OWNERS;

interface LockRecord {
  pid: number;
  owner: LockOwner;
  host: string;
  since: string;
  /** when the computer last started (seconds since 1970): a lock from before a restart is stale, whatever its pid
   * now belongs to (Windows reuses pids soon after a restart) */
  boot?: number;
}

const bootTime = () => Math.round(Date.now() / 1000 - os.uptime());
/** Seconds the boot time may drift between two readings of the clock and the uptime. */
const BOOT_SLACK = 120;

/** Folders this process holds, so a second Store in the same process is refused too, and exit releases them. */
const held = new Map<string, string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another user
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockRecord | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockRecord>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return {
      pid: parsed.pid,
      owner: parsed.owner && parsed.owner in LOCK_OWNERS ? parsed.owner : 'other',
      host: parsed.host,
      since: String(parsed.since ?? ''),
      boot: typeof parsed.boot === 'number' ? parsed.boot : undefined,
    };
  } catch {
    return null;
  }
}

/** Held by a live process: this one (when it holds the folder), or another on this computer, or any on another. */
function isHeld(file: string, lock: LockRecord): boolean {
  if (lock.host !== os.hostname()) return true;
  if (lock.boot !== undefined && Math.abs(lock.boot - bootTime()) > BOOT_SLACK) return false;
  if (lock.pid === process.pid) return held.has(file);
  return isAlive(lock.pid);
}

function busy(dataDir: string, lock: LockRecord): AppError {
  const who = LOCK_OWNERS[lock.owner];
  const where = lock.host === os.hostname() ? `进程号 ${lock.pid}` : `在电脑“${lock.host}”上，进程号 ${lock.pid}`;
  return new AppError(
    'BUSY',
    `数据文件夹 ${dataDir} 正由${who}使用（${where}，${lock.since} 起）。同一时间只能有一个程序打开它，以免数据丢失：请在${who}中操作，或先关闭它再试。` +
      `如果确认${lock.host === os.hostname() ? '' : '那台电脑上的'}职教台账都已关闭，可以删除数据文件夹中的 ${LOCK_FILE} 后再试。`,
  );
}

/** Takes the folder for this process, or throws BUSY naming the program that holds it. */
export function lockDataFolder(dataDir: string, owner: LockOwner): void {
  const file = path.join(dataDir, LOCK_FILE);
  const record: LockRecord = { pid: process.pid, owner, host: os.hostname(), since: new Date().toLocaleString('zh-CN', { hour12: false }), boot: bootTime() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(record), { flag: 'wx', mode: 0o600 });
      held.set(file, owner);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const lock = readLock(file);
    // A lock being written this instant reads as unparsable: wait a moment and look again before calling it stale.
    if (lock === null && attempt === 0) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      continue;
    }
    if (lock && isHeld(file, lock)) throw busy(dataDir, lock);
    // Taken over by a rename, which only one of two programs finding the same stale lock can make; the other finds
    // the lock gone, tries again and meets the winner's.
    const stale = `${file}.stale-${process.pid}`;
    try {
      fs.renameSync(file, stale);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      continue;
    }
    // What was renamed is the lock judged stale, unless the other program had already replaced it with its own:
    // that one is put back.
    const renamed = readLock(stale);
    if (lock && renamed && (renamed.pid !== lock.pid || renamed.since !== lock.since)) fs.renameSync(stale, file);
    else fs.rmSync(stale, { force: true });
  }
  throw new AppError('BUSY', `无法锁定数据文件夹 ${dataDir}：另一个程序正在同时打开它。请稍后再试。`);
}

/** Gives the folder up, if this process holds it. */
export function unlockDataFolder(dataDir: string): void {
  const file = path.join(dataDir, LOCK_FILE);
  if (!held.delete(file)) return;
  if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
}

// A process that ends without closing its stores (Ctrl+C in the CLI, an uncaught error) still leaves no lock.
process.once('exit', () => {
  for (const file of held.keys()) if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
});
