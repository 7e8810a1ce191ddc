// Accounts and signing in (DESIGN §12): a one-time password shown once and kept only as an scrypt hash; the same
// answer for a wrong login and a wrong password; five wrong passwords in a row lock the account for 15 minutes;
// a reset lifts the lock and retires the old password; a disabled account, or one whose teacher was deleted, never
// signs in; the 操作记录 names each change and never holds a password.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn, WRONG_LOGIN } from '../../../electron/auth/accounts';
import { findUserByLogin } from '../../../db/queries/users';
import { openTestSchool, type TestSchool } from '../../helpers/school';
import { staffInput } from '../../helpers/people';
import { cli } from '../../helpers/cli';
import { tempDataDir } from '../../helpers/dataDir';
import { openApp } from '../../../electron/appContext';
import { dispatch } from '@shared/dispatch';

let school: TestSchool;
beforeEach(async () => {
  school = await openTestSchool();
});
afterEach(() => school.close());

const db = () => school.app.store.db;
const at = (iso: string) => new Date(iso);

describe('an account', () => {
  it('is made with a one-time password that only its scrypt hash keeps', async () => {
    const { user, password } = await school.ok('users.create', { login: ' Zhang.Wei ', name: '张伟', role: '教务' });
    expect(user).toMatchObject({ login: 'zhang.wei', role: '教务', staffId: null, mustChangePassword: true, disabled: false });
    expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{12}$/);
    const stored = findUserByLogin(db(), 'zhang.wei')!.passwordHash;
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain(password);
    expect((await signIn(db(), 'ZHANG.WEI', password)).ok).toBe(true);
    const audit = (await school.ok('audit.list', { pageSize: 50 })).rows;
    expect(audit.map((a) => a.label)).toContain('账号 zhang.wei（张伟，教务）');
    expect(JSON.stringify(audit)).not.toContain(password);
  });

  it('links a 教师 to a staff record by 工号, and refuses one without', async () => {
    const { id } = await school.ok('staff.create', staffInput({ name: '陈静' }, 1));
    expect((await school.ok('users.create', { login: 'chenjing', name: '陈静', role: '教师', staffNo: 'T0001' })).user.staffId).toBe(id);
    const missing = await school.call('users.create', { login: 'nobody', name: '某人', role: '教师', staffNo: 'T9999' });
    expect(missing.ok ? null : missing.error.message).toBe('没有工号为 T9999 的教职工');
    const taken = await school.call('users.create', { login: 'ChenJing', name: '陈静', role: '校领导' });
    expect(taken.ok ? null : taken.error.message).toBe('登录名 chenjing 已被使用，请换一个');
  });

  it('answers a wrong login and a wrong password alike, and locks after five wrong passwords', async () => {
    const { password } = await school.ok('users.create', { login: 'leader', name: '王校长', role: '校领导' });
    expect(await signIn(db(), 'nobody', password)).toEqual({ ok: false, message: WRONG_LOGIN });
    for (let i = 1; i <= 4; i++) expect(await signIn(db(), 'leader', `wrong${i}`, at('2025-09-01T08:00:00Z'))).toEqual({ ok: false, message: WRONG_LOGIN });
    expect(await signIn(db(), 'leader', 'wrong5', at('2025-09-01T08:00:00Z'))).toEqual({ ok: false, message: '密码连续输错 5 次，账号已锁定 15 分钟' });
    // locked: even the right password waits
    const locked = await signIn(db(), 'leader', password, at('2025-09-01T08:14:00Z'));
    expect(locked.ok ? null : locked.message).toMatch(/^密码连续输错 5 次，账号已锁定，请在 \d\d:\d\d 后再试/);
    expect((await signIn(db(), 'leader', password, at('2025-09-01T08:16:00Z'))).ok).toBe(true);
  });

  it('takes a new one-time password on reset, which also lifts a lock', async () => {
    const { password: first } = await school.ok('users.create', { login: 'registrar', name: '李老师', role: '教务' });
    for (let i = 0; i < 5; i++) await signIn(db(), 'registrar', 'wrong');
    const { password: second } = await school.ok('users.resetPassword', { login: 'registrar' });
    expect(second).not.toBe(first);
    expect(await signIn(db(), 'registrar', first)).toEqual({ ok: false, message: WRONG_LOGIN });
    expect((await signIn(db(), 'registrar', second)).ok).toBe(true);
  });

  it('never signs in once disabled, or once its teacher is deleted', async () => {
    const { password } = await school.ok('users.create', { login: 'admin2', name: '赵老师', role: '管理员' });
    await school.ok('users.disable', { login: 'admin2' });
    expect(await signIn(db(), 'admin2', password)).toEqual({ ok: false, message: '这个账号已停用，请联系管理员' });
    const { id } = await school.ok('staff.create', staffInput({ name: '陈静' }, 1));
    const teacher = await school.ok('users.create', { login: 'chenjing', name: '陈静', role: '教师', staffNo: 'T0001' });
    await school.ok('staff.delete', { id });
    expect(findUserByLogin(db(), 'chenjing')).toMatchObject({ staffId: null, disabled: true });
    expect((await signIn(db(), 'chenjing', teacher.password)).ok).toBe(false);
  });
});

describe('the user commands', () => {
  it('add, list, reset and disable accounts as the administrator types them', async () => {
    const data = tempDataDir();
    try {
      const app = await openApp({ dataDir: data.dir });
      await dispatch(app.handlers, 'school.setup', { name: '丽水市示范职业技术学校', type: '中职', cutoffDate: '2025-08-31' });
      await dispatch(app.handlers, 'staff.create', staffInput({ name: '陈静' }, 1));
      app.close();
      const run = (...argv: string[]) => cli('--data', data.dir, 'user', ...argv);
      const added = await run('add', '--login', 'chenjing', '--name', '陈静', '--role', '教师', '--staff-no', 'T0001');
      expect(added.code).toBe(0);
      expect(added.out).toMatch(/^已创建账号 chenjing（陈静，教师）。一次性密码：[A-Za-z0-9]{12}\n请交给本人/);
      expect((await run('add', '--login', 'x', '--name', '某', '--role', '教师')).err).toContain('登录名：登录名应为2到32位');
      expect(JSON.parse((await run('list', '--json')).out).map((u: { login: string; staffNo: string }) => [u.login, u.staffNo])).toEqual([['chenjing', 'T0001']]);
      expect((await run('reset-password', 'chenjing')).out).toMatch(/^已重置 chenjing 的密码。一次性密码：/);
      expect((await run('disable', 'chenjing')).out).toBe('已停用账号 chenjing（陈静）：不能再登录，记录保留');
      expect((await run('list')).out).toContain('chenjing\t陈静\t教师\tT0001\t已停用');
    } finally {
      data.cleanup();
    }
  });
});
