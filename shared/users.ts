// Accounts for the school network (DESIGN §12): who may sign in, with which role. A 教师 account is linked to one
// staff record and sees only that teacher's own records. Passwords never cross the contract: the app makes a
// one-time password, shows it once, and keeps only its hash.
import { z } from 'zod';
import { stripInvisible } from './text';
import { personName, requiredIdentifier } from './schemaKit';
import type { FieldDescriptor } from './fields';

/** 管理员: everything, accounts, backups and restore; 教务: every record, imports, exports, review; 校领导: reads the
 * overview, indicators and reports; 教师: their own practice records. */
export const ROLES = ['管理员', '教务', '校领导', '教师'] as const;
export type Role = (typeof ROLES)[number];

/** Letters, digits and . _ - : what a school PC's keyboard types in any input method, compared without case. */
const LOGIN = /^[A-Za-z0-9._-]{2,32}$/;
export const loginName = z
  .string({ error: '请填写登录名' })
  .transform((s) => stripInvisible(s).trim().toLowerCase())
  .pipe(z.string().regex(LOGIN, '登录名应为2到32位英文字母、数字或 . _ -'));

export const userInputSchema = z
  .object({
    login: loginName,
    name: personName,
    role: z.enum(ROLES, { error: `角色应为 ${ROLES.join('、')} 之一` }),
    /** the 工号 of the staff record a 教师 account is linked to */
    staffNo: requiredIdentifier(32).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.role === '教师' && !v.staffNo) ctx.addIssue({ code: 'custom', path: ['staffNo'], message: '教师账号要关联一位教职工：请填写其工号' });
    if (v.role !== '教师' && v.staffNo) ctx.addIssue({ code: 'custom', path: ['staffNo'], message: '只有教师账号关联教职工' });
  });
export type UserInput = z.input<typeof userInputSchema>;

export const userFields: readonly FieldDescriptor<'login' | 'name' | 'role' | 'staffNo'>[] = [
  { key: 'login', label: '登录名', kind: 'text', section: '账号', required: true },
  { key: 'name', label: '姓名', kind: 'text', section: '账号', required: true },
  { key: 'role', label: '角色', kind: 'enum', section: '账号', required: true, options: ROLES },
  { key: 'staffNo', label: '关联教职工工号', kind: 'text', section: '账号', help: '教师账号必填' },
];

export const userSchema = z.object({
  id: z.number(),
  login: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  staffId: z.number().nullable(),
  disabled: z.boolean(),
  /** the password is the one-time one the app made: it must be changed at the next sign-in */
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.output<typeof userSchema>;

/** Failed sign-ins in a row that lock an account, and for how long. */
export const LOCKOUT_AFTER_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;

/** What is wrong with a password a person chose, in words; null when it will do. */
export function newPasswordProblem(password: string, login: string): string | null {
  if (password.length < 8) return '新密码至少 8 位';
  if (password.length > 128) return '新密码太长（最多 128 位）';
  if (password.toLowerCase().includes(login.toLowerCase())) return '新密码不能包含登录名';
  if (/^\d+$/.test(password)) return '新密码不能全是数字，请加入字母';
  return null;
}
