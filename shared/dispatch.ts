// One dispatcher for every way in (IPC, loopback HTTP, in-process): method check → input parse → handler → Result.
import { contract, isMethod, type Handlers, type Method } from './contract';
import { AppError, INTERNAL_FAILURE, userFacingError, type Result } from './errors';
import { toFieldIssues } from './schemaKit';
import { authorise, type Caller } from './authorise';

/** The method's input parsed by its schema, or the refusal every transport gives. */
export function parseInput(method: Method, rawInput: unknown): Result<unknown> {
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, error: { code: 'VALIDATION', message: '填写的内容有误，请按提示修改', fieldErrors: toFieldIssues(parsed.error) } };
}

/** `caller`: who signed in over the school network (DESIGN §12); none for the local window and the CLI, which act for
 * the person at the school's computer. */
export async function dispatch(handlers: Handlers, method: string, rawInput: unknown, caller?: Caller): Promise<Result<unknown>> {
  if (!isMethod(method)) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `没有这个操作：${String(method).slice(0, 80)}` } };
  const allowed = caller ? authorise(method, rawInput, caller) : { ok: true as const, data: rawInput };
  if (!allowed.ok) return allowed;
  const parsed = parseInput(method, allowed.data);
  if (!parsed.ok) return parsed;
  const handler = handlers[method] as (input: unknown) => unknown;
  const started = Date.now();
  try {
    return { ok: true, data: await handler(parsed.data) };
  } catch (first) {
    let e = first;
    // Another connection (an import's commit in a job's worker) holds the write lock: a refused call wrote nothing,
    // so it is made again, in line behind those refused before it, until the lock is free (or 15 s have passed).
    if (isBusy(e)) {
      try {
        return { ok: true, data: await inLine(() => handler(parsed.data), started) };
      } catch (later) {
        e = later;
      }
    }
    const known = userFacingError(e);
    // A SQLite failure (busy, full, read-only…) is told plainly, and still logged: it may point at a failing disk.
    if (known && !(e instanceof AppError)) reportUnexpected(method, e);
    if (known) return { ok: false, error: known };
    // Unexpected: the message may carry internals, so the user gets a plain sentence; details go to the log only.
    reportUnexpected(method, e);
    return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_FAILURE } };
  }
}

/** The calls refused BUSY, waiting their turn: the first tries again after each pause; once it gets through (the
 * lock is free) the next tries at once, and so on. So 50 writers waiting out an import's commit cost the thread one
 * try a pause, not fifty, and the window's and the network's other calls are answered meanwhile. */
let line: Promise<void> = Promise.resolve();
let waiting = 0;

async function inLine<T>(attempt: () => T | Promise<T>, started: number): Promise<T> {
  const before = line;
  let leave!: () => void;
  line = new Promise((resolve) => (leave = resolve));
  // first in line: it was refused a moment ago, so it pauses before trying; behind another, it tries as soon as
  // that one got through
  let pause = waiting === 0;
  waiting++;
  try {
    await before;
    for (;;) {
      if (pause) await new Promise((resolve) => setTimeout(resolve, busyRetry.pauseMs));
      try {
        return await attempt();
      } catch (e) {
        if (!isBusy(e) || Date.now() - started >= busyRetry.forMs) throw e;
        pause = true;
      }
    }
  } finally {
    waiting--;
    leave();
  }
}

/** How long a call is made again while the write lock is held elsewhere, and the pause between tries (a test that
 * holds the lock on purpose shortens the first). */
export const busyRetry = { forMs: 15_000, pauseMs: 20 };
const isBusy = (e: unknown) => typeof e === 'object' && e !== null && String((e as { code?: unknown }).code).startsWith('SQLITE_BUSY');

let unexpectedReporter: (method: string, error: unknown) => void = () => {};
/** Where unexpected errors are logged (no personal data: only the method and the error's stack). */
export function onUnexpectedError(reporter: (method: string, error: unknown) => void): void {
  unexpectedReporter = reporter;
}

/** Logs a failure a user was told of only in general words (a transport's own, e.g. the CLI's). */
export function reportUnexpected(method: string, error: unknown): void {
  unexpectedReporter(method, error);
}
