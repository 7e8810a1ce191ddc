// A handler's unexpected failure reaches the user as a plain sentence; its details go to the data folder's error log
// (logs/errors.log), not to the user's terminal or window. Only the method, SQLite's code and the stack are logged,
// never the input, and anything shaped like a 身份证号 or a mobile number is masked first: an error message may quote
// a value. Imported for its effect by every thread that dispatches calls.
import fs from 'node:fs';
import path from 'node:path';
import { onUnexpectedError } from '@shared/dispatch';
import { maskIdCard, maskPhone } from '@shared/rules/idcard';

/** Past this the log is moved to errors.log.1 (one old log kept), so it never fills a disk. */
const MAX_LOG_BYTES = 1024 * 1024;

let logFile: string | null = null;

/** Where this thread's errors go from now on: the data folder being served. */
export function logErrorsTo(dataDir: string): void {
  logFile = path.join(dataDir, 'logs', 'errors.log');
}

export function redactPersonalData(text: string): string {
  return text
    .replace(/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, (id) => maskIdCard(id))
    .replace(/(?<!\d)1[3-9]\d{9}(?!\d)/g, (phone) => maskPhone(phone));
}

function write(entry: string, method: string): void {
  // Before a data folder is known (a test, a tool), the details go to stderr, which is a developer's.
  if (!logFile) {
    console.error(entry);
    return;
  }
  try {
    fs.mkdirSync(path.dirname(logFile), { recursive: true, mode: 0o700 });
    if (fs.existsSync(logFile) && fs.statSync(logFile).size > MAX_LOG_BYTES) fs.renameSync(logFile, `${logFile}.1`);
    fs.appendFileSync(logFile, entry + '\n', { mode: 0o600 });
  } catch {
    // A full or read-only disk: one plain line, never a stack on the user's screen.
    console.error(`[职教台账] ${method} 出错，错误日志也无法写入 ${logFile}（磁盘可能已满或只读）。`);
  }
}

onUnexpectedError((method, error) => {
  const code = (error as { code?: unknown } | null)?.code;
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  write(redactPersonalData(`[${new Date().toISOString()}] ${method}${typeof code === 'string' ? ` ${code}` : ''} 出错：${detail}`), method);
});
