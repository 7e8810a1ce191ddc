import { z } from 'zod';
import { method } from './define';
import { loginName, userInputSchema, userSchema } from '../users';

const byLogin = z.object({ login: loginName });
/** the account with the one-time password made for it, shown once to the administrator to hand over */
const withPassword = z.object({ user: userSchema, password: z.string() });

export const usersContract = {
  'users.list': method(z.object({}), z.array(userSchema.extend({ staffNo: z.string().nullable() }))),
  'users.create': method(userInputSchema, withPassword),
  /** a new one-time password; the lock of repeated wrong passwords is lifted */
  'users.resetPassword': method(byLogin, withPassword),
  /** can no longer sign in; kept, with its audit entries (an account is never deleted) */
  'users.disable': method(byLogin, userSchema),
};
