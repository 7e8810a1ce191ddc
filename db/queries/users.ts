import { asc, eq } from 'drizzle-orm';
import { staff, users } from '../schema';
import type { Db } from '../open';
import { nowStamp } from './audit';
import type { User } from '@shared/users';

export type UserRecord = typeof users.$inferSelect;

/** Every account with the 工号 of its teacher, by login. */
export function listUsers(db: Db): (UserRecord & { staffNo: string | null })[] {
  return db
    .select({ user: users, staffNo: staff.staffNo })
    .from(users)
    .leftJoin(staff, eq(staff.id, users.staffId))
    .orderBy(asc(users.login))
    .all()
    .map((r) => ({ ...r.user, staffNo: r.staffNo }));
}

export function getUser(db: Db, id: number): UserRecord | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function findUserByLogin(db: Db, login: string): UserRecord | undefined {
  return db.select().from(users).where(eq(users.login, login)).get();
}

export function insertUser(db: Db, values: Pick<UserRecord, 'login' | 'name' | 'role' | 'staffId' | 'passwordHash'>): UserRecord {
  const at = nowStamp();
  return db.insert(users).values({ ...values, createdAt: at, updatedAt: at }).returning().get();
}

export function updateUser(db: Db, id: number, values: Partial<Omit<UserRecord, 'id' | 'createdAt'>>): UserRecord {
  return db.update(users).set({ ...values, updatedAt: nowStamp() }).where(eq(users.id, id)).returning().get();
}

/** A deleted staff member's account can no longer sign in as them (call inside the delete's transaction). */
export function unlinkUsersOfStaff(db: Db, staffId: number): void {
  db.update(users).set({ staffId: null, disabled: true, updatedAt: nowStamp() }).where(eq(users.staffId, staffId)).run();
}

/** The account as the contract shows it: never the password hash or the failure count. */
export function userOf(u: UserRecord): User {
  return {
    id: u.id, login: u.login, name: u.name, role: u.role, staffId: u.staffId, disabled: u.disabled, mustChangePassword: u.mustChangePassword,
    lockedUntil: u.lockedUntil, lastLoginAt: u.lastLoginAt, createdAt: u.createdAt,
  };
}
