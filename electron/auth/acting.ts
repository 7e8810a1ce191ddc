// Who a call is made by, for the 操作记录 (DESIGN §12): the network host runs each signed-in call inside its account's
// name, and every audit entry written during that call (a job's included: it is handed to the worker) names it.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { UserRecord } from '../../db/queries/users';

const acting = new AsyncLocalStorage<string>();

/** 陈静（chenjing）: how the 操作记录 names an account. */
export const actorName = (user: Pick<UserRecord, 'name' | 'login'>) => `${user.name}（${user.login}）`;

export function actingAs<T>(name: string | null, run: () => T): T {
  return name === null ? run() : acting.run(name, run);
}

/** The account acting now; null at the school's computer and on the command line. */
export function actingUser(): string | null {
  return acting.getStore() ?? null;
}
