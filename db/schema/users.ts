import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ROLES } from '@shared/users';
import { staff } from './staff';

/** Accounts for the school network (DESIGN §12). The password is kept only as its scrypt hash. */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey(),
  /** lower case: logins compare without case */
  login: text('login').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  /** the staff record of a 教师 account; cleared (and the account disabled) when that record is deleted */
  staffId: integer('staff_id').references(() => staff.id),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(true),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: text('locked_until'),
  lastLoginAt: text('last_login_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});
