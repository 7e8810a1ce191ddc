// Evidence files (photos, scans, PDFs) live beside the database in the data folder's evidence/, under names the app
// generates (uuid.ext). The names in the database are checked against that shape before any path is made of them,
// so a tampered row never reaches a file outside the folder; one room for the handlers and the data package.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { AppError } from '@shared/errors';

const STORED_NAME = /^[A-Za-z0-9-]+\.[a-z0-9]{1,5}$/;

export const isStoredName = (name: string): boolean => STORED_NAME.test(name);

export const evidenceFolder = (dataDir: string): string => path.join(dataDir, 'evidence');

/** The file of a stored name; a name the app did not make is refused before anything is done. */
export function evidenceFilePath(dataDir: string, storedName: string): string {
  if (!isStoredName(storedName)) throw new AppError('DATABASE', '证明材料的记录已损坏（文件名不是本程序生成的），为安全起见没有处理，数据未被修改。请从备份恢复。');
  return path.join(evidenceFolder(dataDir), storedName);
}

/** Writes new evidence under a fresh name (never over another file), readable by this user only. */
export function writeEvidenceFile(dataDir: string, ext: string, bytes: Buffer): { storedName: string; file: string } {
  fs.mkdirSync(evidenceFolder(dataDir), { recursive: true, mode: 0o700 });
  const storedName = `${randomUUID()}.${ext}`;
  const file = evidenceFilePath(dataDir, storedName);
  fs.writeFileSync(file, bytes, { flag: 'wx', mode: 0o600 });
  return { storedName, file };
}

/** Removes evidence files once their rows are deleted and committed: a rolled-back delete never loses a file. A file
 * already gone is fine, and so is one that cannot be removed: the delete has happened and must not be reported as
 * failed; what stays is an unreferenced file, never another record. Names the app did not make are not touched. */
export function removeEvidenceFiles(dataDir: string, rows: readonly { storedName: string }[]): void {
  for (const { storedName } of rows) {
    if (!isStoredName(storedName)) continue;
    try {
      fs.rmSync(path.join(evidenceFolder(dataDir), storedName), { force: true });
    } catch {
      // left in place: see above
    }
  }
}

/** The stored files present, for the data package. */
export function storedEvidenceNames(dataDir: string): string[] {
  const dir = evidenceFolder(dataDir);
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter(isStoredName) : [];
}
