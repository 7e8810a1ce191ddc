// The one error shape that crosses every transport (IPC, HTTP, in-process). Messages are plain Chinese for the user.
export type ErrorCode =
  | 'VALIDATION' // input broke a rule; fieldErrors say where
  | 'CONFLICT' // a unique key (工号, 身份证号…) is taken; fieldErrors say which
  | 'NOT_FOUND'
  | 'UNKNOWN_METHOD'
  | 'FORBIDDEN'
  | 'NOT_SET_UP' // no school yet: the setup page comes first
  | 'DATABASE' // the data file is corrupt, foreign or from a newer version
  | 'BUSY' // another program holds the data folder, or the database is busy: try again or close it
  | 'CANCELLED' // the user cancelled a job, and nothing it did was kept
  | 'INTERNAL';

export interface FieldIssue {
  /** the field key as in the schema, e.g. "idCard"; "" for a record-level problem */
  field: string;
  message: string;
}

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  fieldErrors?: FieldIssue[];
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldIssue[];
  constructor(code: ErrorCode, message: string, fieldErrors?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
  toData(): AppErrorData {
    return this.fieldErrors ? { code: this.code, message: this.message, fieldErrors: this.fieldErrors } : { code: this.code, message: this.message };
  }
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };

/** One field's problem as an error, e.g. a duplicate 工号 found by the database. */
export function fieldError(code: ErrorCode, field: string, message: string): AppError {
  return new AppError(code, message, [{ field, message }]);
}

export const INTERNAL_FAILURE = '操作没有完成：程序内部出错，数据未被修改。请重试，或联系技术支持。';

/** What a user is told when SQLite or the file system fails (better-sqlite3 and Node put the code on the error): what
 * happened and what to do, never the English. Extended codes (SQLITE_IOERR_WRITE…) fall under their primary code. */
const STORAGE_FAILURES: [prefix: string, code: ErrorCode, message: string][] = [
  ['SQLITE_BUSY', 'BUSY', '数据正被另一项操作占用（例如另一个导入、恢复或备份正在进行），这次操作没有保存。请等它完成后再试。'],
  ['SQLITE_LOCKED', 'BUSY', '数据正被另一项操作占用（例如另一个导入、恢复或备份正在进行），这次操作没有保存。请等它完成后再试。'],
  ['SQLITE_FULL', 'DATABASE', '磁盘空间已满，这次操作没有保存。请清理磁盘空间（或把数据文件夹移到空间更大的磁盘）后再试。'],
  ['SQLITE_READONLY', 'DATABASE', '数据文件是只读的，这次操作没有保存。请检查数据文件夹的权限，或它是否在只读的U盘、光盘或网络位置上。'],
  ['SQLITE_IOERR', 'DATABASE', '读写数据文件时出错（磁盘或U盘可能有问题，或已被拔出），这次操作没有保存。请检查磁盘后重试，必要时从备份恢复。'],
  ['SQLITE_CORRUPT', 'DATABASE', '数据文件已损坏。请在“备份”中从最近的备份恢复，或联系技术支持。'],
  ['SQLITE_NOTADB', 'DATABASE', '数据文件已损坏或不是职教台账的数据文件。请在“备份”中从最近的备份恢复。'],
  ['SQLITE_CANTOPEN', 'DATABASE', '无法打开数据文件。请检查数据文件夹是否存在、是否有读写权限，以及磁盘是否已连接。'],
  ['SQLITE_PERM', 'DATABASE', '没有权限读写数据文件。请检查数据文件夹的权限。'],
  ['ENOSPC', 'DATABASE', '磁盘空间已满，这次操作没有完成。请清理磁盘空间（或把数据文件夹移到空间更大的磁盘）后再试。'],
  ['EACCES', 'DATABASE', '没有权限读写数据文件夹中的文件，这次操作没有完成。请检查数据文件夹的权限。'],
  ['EPERM', 'DATABASE', '没有权限读写数据文件夹中的文件（或文件正被其他程序锁定），这次操作没有完成。请检查权限，或关闭正在使用它的程序后再试。'],
  ['EROFS', 'DATABASE', '数据文件夹所在的磁盘是只读的，这次操作没有完成。请把数据文件夹放在可写的磁盘上。'],
  ['EBUSY', 'BUSY', '文件正被其他程序使用（例如杀毒软件或另一个打开它的程序），这次操作没有完成。请稍后再试。'],
];

/** An error a user can be shown as it is: an AppError, or a SQLite or file-system failure in plain Chinese; null for
 * anything else. */
export function userFacingError(e: unknown): AppErrorData | null {
  if (e instanceof AppError) return e.toData();
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const known = STORAGE_FAILURES.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`));
  return known ? { code: known[1], message: known[2] } : null;
}
