// Accounts (DESIGN §12): made, listed, given a new one-time password and disabled by the 管理员 (the contract's
// access table says so). Each change is in the 操作记录, never the password or its hash.
import type { Handlers } from '@shared/contract';
import { AppError } from '@shared/errors';
import { auditEvent } from '../../db/queries/audit';
import { findStaffByStaffNo } from '../../db/queries/staff';
import { findUserByLogin, insertUser, listUsers, updateUser, userOf } from '../../db/queries/users';
import { inTransaction, type HandlerContext } from '../records/context';
import { hashPassword, oneTimePassword } from '../auth/passwords';

type UserHandlers = Pick<Handlers, 'users.list' | 'users.create' | 'users.resetPassword' | 'users.disable'>;


export function userHandlers(ctx: HandlerContext): UserHandlers {
  const db = () => ctx.store.db;
  const existing = (login: string) => {
    const user = findUserByLogin(db(), login);
    if (!user) throw new AppError('NOT_FOUND', `没有登录名为 ${login} 的账号`);
    return user;
  };
  return {
    'users.list': () => listUsers(db()).map((u) => ({ ...userOf(u), staffNo: u.staffNo })),
    'users.create': async (input) => {
      const password = oneTimePassword();
      const passwordHash = await hashPassword(password);
      return inTransaction(ctx, () => {
        if (findUserByLogin(db(), input.login)) throw new AppError('CONFLICT', `登录名 ${input.login} 已被使用，请换一个`, [{ field: 'login', message: '登录名已被使用' }]);
        const teacher = input.staffNo === undefined ? null : findStaffByStaffNo(db(), input.staffNo);
        if (input.staffNo !== undefined && !teacher) throw new AppError('VALIDATION', `没有工号为 ${input.staffNo} 的教职工`, [{ field: 'staffNo', message: '没有这个工号的教职工' }]);
        const user = insertUser(db(), { login: input.login, name: input.name, role: input.role, staffId: teacher?.id ?? null, passwordHash });
        auditEvent(db(), ctx, '新增', 'user', `账号 ${user.login}（${user.name}，${user.role}）`);
        return { user: userOf(user), password };
      });
    },
    'users.resetPassword': async ({ login }) => {
      const password = oneTimePassword();
      const passwordHash = await hashPassword(password);
      return inTransaction(ctx, () => {
        const user = updateUser(db(), existing(login).id, { passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null });
        auditEvent(db(), ctx, '修改', 'user', `账号 ${user.login} 重置密码`);
        return { user: userOf(user), password };
      });
    },
    'users.disable': ({ login }) =>
      inTransaction(ctx, () => {
        const user = updateUser(db(), existing(login).id, { disabled: true });
        auditEvent(db(), ctx, '修改', 'user', `账号 ${user.login} 停用`);
        return userOf(user);
      }),
  };
}
