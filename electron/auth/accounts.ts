// Signing in (DESIGN §12): a wrong password counts against the account, and five in a row lock it for 15 minutes;
// a disabled account never signs in. The answer to a wrong login or a wrong password is the same sentence, so the
// form does not tell which logins exist.
import type { Db } from '../../db/open';
import { findUserByLogin, updateUser, type UserRecord } from '../../db/queries/users';
import { LOCKOUT_AFTER_FAILURES, LOCKOUT_MINUTES } from '@shared/users';
import { hashPassword, verifyPassword } from './passwords';

export type SignIn = { ok: true; user: UserRecord } | { ok: false; message: string };

export const WRONG_LOGIN = '登录名或密码不对';

// compared against when the login does not exist, so that a wrong login takes as long as a wrong password
let decoy: Promise<string> | undefined;

const clock = (d: Date) => d.toISOString();

export async function signIn(db: Db, login: string, password: string, now = new Date()): Promise<SignIn> {
  const user = findUserByLogin(db, login.trim().toLowerCase());
  if (!user) {
    await verifyPassword(password, await (decoy ??= hashPassword('decoy')));
    return { ok: false, message: WRONG_LOGIN };
  }
  if (user.disabled) return { ok: false, message: '这个账号已停用，请联系管理员' };
  if (user.lockedUntil && user.lockedUntil > clock(now)) {
    const until = new Date(user.lockedUntil);
    const hhmm = `${String(until.getHours()).padStart(2, '0')}:${String(until.getMinutes()).padStart(2, '0')}`;
    return { ok: false, message: `密码连续输错 ${LOCKOUT_AFTER_FAILURES} 次，账号已锁定，请在 ${hhmm} 后再试，或请管理员重置密码` };
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    const failed = user.failedLogins + 1;
    const locked = failed >= LOCKOUT_AFTER_FAILURES;
    updateUser(db, user.id, locked ? { failedLogins: 0, lockedUntil: clock(new Date(now.getTime() + LOCKOUT_MINUTES * 60_000)) } : { failedLogins: failed });
    return { ok: false, message: locked ? `密码连续输错 ${LOCKOUT_AFTER_FAILURES} 次，账号已锁定 ${LOCKOUT_MINUTES} 分钟` : WRONG_LOGIN };
  }
  return { ok: true, user: updateUser(db, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: clock(now) }) };
}
