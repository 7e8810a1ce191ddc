// Online backups with rotation: several kept today, one per earlier day, a fixed total (DESIGN §9).
import fs from 'node:fs';
import path from 'node:path';
import dayjs from 'dayjs';
import { AppError, userFacingError } from '@shared/errors';
import Database from 'better-sqlite3';
import type { Sqlite } from './open';
import { fileDigest, foreignSchemaObjects } from './verify';

export const BACKUP_REASONS = {
  manual: '手动备份',
  startup: '启动时自动备份',
  daily: '每日自动备份',
  migration: '升级前自动备份',
  restore: '恢复前自动备份',
  import: '导入前自动备份',
} as const;
export type BackupReason = keyof typeof BACKUP_REASONS;

export interface RotationPolicy {
  keepToday: number;
  keepDays: number;
  maxTotal: number;
}
export const DEFAULT_ROTATION: RotationPolicy = { keepToday: 10, keepDays: 30, maxTotal: 40 };

const NAME = /^vet-ledger-(\d{8})-(\d{9})-([a-z]+)\.sqlite$/;

export interface BackupFile {
  file: string;
  createdAt: string;
  size: number;
  reason: string;
}

function parseName(name: string): { day: string; createdAt: string; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m || !(m[3] in BACKUP_REASONS)) return null;
  const [d, t] = [m[1], m[2]];
  const createdAt = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)} ${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}`;
  return { day: d, createdAt, reason: m[3] as BackupReason };
}

export function listBackups(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => ({ name, parsed: parseName(name) }))
    .filter((x): x is { name: string; parsed: NonNullable<ReturnType<typeof parseName>> } => x.parsed !== null)
    .map(({ name, parsed }) => ({
      file: name,
      createdAt: parsed.createdAt,
      size: fs.statSync(path.join(dir, name)).size,
      reason: BACKUP_REASONS[parsed.reason],
    }))
    .sort((a, b) => (a.file < b.file ? 1 : -1));
}

/** Pages copied between yields to the event loop: better-sqlite3's own default step. */
const BACKUP_STEP_PAGES = 100;

/** Beside each backup, the SHA-256 of its bytes as written: a copy damaged later (a flipped bit on a disk or a USB
 * stick, an edit) is told from a good one even where SQLite's checks cannot see it. */
export const DIGEST_SUFFIX = '.sha256';
/** What a backup cut short leaves: its partial file and SQLite's journal of it. */
export const UNFINISHED = /\.partial(-journal|-wal|-shm)?$/;

/** false when the backup's bytes differ from those it was written with; null when it has no digest (older, or
 * copied in by hand), and then only SQLite's checks speak for it. */
export function backupDigestMatches(file: string): boolean | null {
  const digestFile = file + DIGEST_SUFFIX;
  if (!fs.existsSync(digestFile)) return null;
  return fs.readFileSync(digestFile, 'utf8').trim() === fileDigest(file);
}

/** Writes to a temporary name and renames when complete, so an interrupted backup never replaces a good one. */
export async function createBackup(
  sqlite: Sqlite,
  dir: string,
  reason: BackupReason,
  policy = DEFAULT_ROTATION,
  onProgress?: (pagesDone: number, pages: number) => void,
): Promise<BackupFile> {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  let stamp = dayjs();
  let name = `vet-ledger-${stamp.format('YYYYMMDD-HHmmssSSS')}-${reason}.sqlite`;
  while (fs.existsSync(path.join(dir, name))) {
    stamp = stamp.add(1, 'millisecond');
    name = `vet-ledger-${stamp.format('YYYYMMDD-HHmmssSSS')}-${reason}.sqlite`;
  }
  const target = path.join(dir, name);
  const partial = `${target}.partial`;
  try {
    // created private, so the copy is never readable by others while it is written
    fs.writeFileSync(partial, '', { mode: 0o600 });
    const copied = await sqlite.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.(totalPages - remainingPages, totalPages);
        return BACKUP_STEP_PAGES;
      },
    });
    onProgress?.(copied.totalPages, copied.totalPages);
    fs.chmodSync(partial, 0o600);
    fs.writeFileSync(target + DIGEST_SUFFIX, fileDigest(partial), { mode: 0o600 });
    fs.renameSync(partial, target);
  } catch (e) {
    for (const file of [partial, `${partial}-journal`, target + DIGEST_SUFFIX]) fs.rmSync(file, { force: true });
    const known = userFacingError(e);
    throw new AppError(known?.code ?? 'INTERNAL', `备份没有完成，已有的备份不受影响。${known?.message ?? '（程序内部出错）'}`);
  }
  rotateBackups(dir, policy, stamp.format('YYYYMMDD'));
  return listBackups(dir).find((b) => b.file === name)!;
}

/** Keeps the newest keepToday of today, the newest one of each of the keepDays earlier days, at most maxTotal. */
export function rotateBackups(dir: string, policy: RotationPolicy, today: string): string[] {
  const all = listBackups(dir); // newest first
  const keep = new Set<string>();
  const daysKept = new Set<string>();
  let todayKept = 0;
  for (const b of all) {
    const day = parseName(b.file)!.day;
    if (day === today) {
      if (todayKept < policy.keepToday) {
        keep.add(b.file);
        todayKept++;
      }
    } else if (!daysKept.has(day) && daysKept.size < policy.keepDays) {
      daysKept.add(day);
      keep.add(b.file);
    }
  }
  const kept = all.filter((b) => keep.has(b.file)).slice(0, policy.maxTotal);
  const keptNames = new Set(kept.map((b) => b.file));
  const removed = all.filter((b) => !keptNames.has(b.file)).map((b) => b.file);
  for (const name of removed) for (const file of [name, name + DIGEST_SUFFIX]) fs.rmSync(path.join(dir, file), { force: true });
  return removed;
}

/** A backup name from the user or the CLI must be one of ours, inside the backup folder. */
export function resolveBackup(dir: string, fileOrPath: string): string {
  const name = path.basename(fileOrPath);
  const candidate = fs.existsSync(fileOrPath) && path.isAbsolute(fileOrPath) ? fileOrPath : path.join(dir, name);
  if (!fs.existsSync(candidate)) throw new AppError('NOT_FOUND', `找不到备份文件：${name}`);
  return candidate;
}

export interface BackupCounts {
  staff: number;
  students: number;
  practice: number;
}

/** What a backup holds, so a registrar can tell which one to restore; null when the file cannot be read or is not
 * what the app's migrations make (its tables are not even counted then: a view named staff would run). */
export function backupRecordCounts(file: string, migrationsDir: string): BackupCounts | null {
  let db: Sqlite | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    if (foreignSchemaObjects(db, migrationsDir).length > 0) return null;
    const count = (table: string) => db!.prepare(`select count(*) from ${table}`).pluck().get() as number;
    return { staff: count('staff'), students: count('students'), practice: count('practice_records') };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
