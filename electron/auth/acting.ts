// Who a call is made by, for the 操作记录 (DESIGN §12): the network host runs each signed-in call inside its account,
// and every audit entry written during that call (a job's included: its name is handed to the worker) names it. A
// 教师 account's practice records await 教务's review before they count, so the handlers also ask whose it is.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { UserRecord } from '../../db/queries/users';

type Account = Pick<UserRecord, 'id' | 'name' | 'login' | 'role'>;

const acting = new AsyncLocalStorage<Account>();

/** 陈静（chenjing）: how the 操作记录 names an account. */
export const actorName = (user: Pick<UserRecord, 'name' | 'login'>) => `${user.name}（${user.login}）`;

export function actingAs<T>(account: Account | null | undefined, run: () => T): T {
  return account ? acting.run(account, run) : run();
}

/** The account acting now, as the 操作记录 names it; null at the school's computer and on the command line. */
export function actingUser(): string | null {
  const account = acting.getStore();
  return account ? actorName(account) : null;
}

/** The id of the 教师 account acting now; null for any other account and at the school's computer. */
export function actingTeacher(): number | null {
  const account = acting.getStore();
  return account?.role === '教师' ? account.id : null;
}
