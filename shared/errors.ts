// The one error shape that crosses every transport (IPC, HTTP, in-process). Messages are plain Chinese for the user.
export type ErrorCode =
  | 'VALIDATION' // input broke a rule; fieldErrors say where
  | 'CONFLICT' // a unique key (工号, 身份证号…) is taken; fieldErrors say which
  | 'NOT_FOUND'
  | 'UNKNOWN_METHOD'
  | 'FORBIDDEN'
  | 'NOT_SET_UP' // no school yet: the setup page comes first
  | 'DATABASE' // the data file is corrupt, foreign or from a newer version
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
