// A school opened on a temp data folder, called through the dispatcher as every transport does.
import { afterEach, beforeEach } from 'vitest';
import { dispatch } from '@shared/dispatch';
import type { InputOf, Method, OutputOf } from '@shared/contract';
import type { AppErrorData } from '@shared/errors';
import { openApp, type App } from '../../electron/appContext';
import { tempDataDir } from './dataDir';
import { staffInput } from './people';

export type CallResult<M extends Method> = { ok: true; data: OutputOf<M> } | { ok: false; error: AppErrorData };

export interface TestSchool {
  app: App;
  dir: string;
  /** the dispatcher's answer, rejected or not */
  call<M extends Method>(method: M, input: InputOf<M>): Promise<CallResult<M>>;
  /** the data of a call that must succeed */
  ok<M extends Method>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  close(): void;
}

export async function openTestSchool(cutoffDate = '2025-08-31'): Promise<TestSchool> {
  const data = tempDataDir();
  const app = await openApp({ dataDir: data.dir });
  const call = async <M extends Method>(method: M, input: InputOf<M>) => (await dispatch(app.handlers, method, input)) as CallResult<M>;
  const ok = async <M extends Method>(method: M, input: InputOf<M>) => {
    const r = await call(method, input);
    if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.data;
  };
  await ok('school.setup', { name: '丽水市示范职业技术学校', type: '中职', cutoffDate });
  return {
    app,
    dir: data.dir,
    call,
    ok,
    close: () => {
      app.close();
      data.cleanup();
    },
  };
}

/** A valid 1×1 PNG, as evidence. */
export const TINY_PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** A fresh school with one 专业课 teacher (陈静, T0001) for each test of the calling file. */
export function schoolWithTeacherPerTest(): { school: TestSchool; teacherId: number } {
  const current = {} as { school: TestSchool; teacherId: number };
  beforeEach(async () => {
    current.school = await openTestSchool();
    current.teacherId = (await current.school.ok('staff.create', staffInput({ name: '陈静' }, 1))).id;
  });
  afterEach(() => current.school.close());
  return current;
}
