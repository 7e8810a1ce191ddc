// A registrar adds three teachers without touching the mouse: the drawer opens on Enter with
// the focus in 工号, each drop-down takes what is typed (pinyin initials, a title's name), Enter in a date keeps the
// drawer open, Ctrl+Enter saves and opens the next form with 岗位类别 and 任教类别 kept. The stored values are the
// ones typed.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { screenshot } from '../helpers/browser';
import { formHelpers, openE2eSession, type E2eSession } from '../helpers/e2eSession';
import { makeIdCard } from '../helpers/people';
import { dispatch } from '@shared/dispatch';

const TEACHERS = [
  { staffNo: 'K001', name: '陈静', idCard: makeIdCard('1987-06-15', '女', 11), joinDate: '2016-09-01', education: ['bk', '本科'], title: ['讲师', '中级'] },
  { staffNo: 'K002', name: '王伟', idCard: makeIdCard('1980-03-02', '男', 12), joinDate: '2009-09-01', education: ['yjs', '研究生'], title: ['高级讲师', '副高级'] },
  { staffNo: 'K003', name: '李娜', idCard: makeIdCard('1992-11-20', '女', 13), joinDate: '2020-08-25', education: ['本科', '本科'], title: ['助理讲师', '初级'] },
] as const;

describe('three teachers by keyboard, end to end', () => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await openE2eSession({ width: 1366, height: 768 });
    const r = await dispatch(session.host.app.handlers, 'school.setup', { name: '丽水市示范职业技术学校', type: '中职', cutoffDate: '2025-08-31' });
    if (!r.ok) throw new Error(r.error.message);
  });
  afterAll(() => session?.close());

  it('stores exactly what was typed', async () => {
    const { page, host } = session;
    const { eventually, field } = formHelpers(page);
    onTestFailed(async () => void (await screenshot(page, 'keyboard-failure')));
    await page.goto(`${host.url}#/staff`);
    await page.getByRole('button', { name: /新增教职工/ }).focus();
    await page.keyboard.press('Enter');
    const drawer = page.locator('.ant-drawer-open');
    await drawer.waitFor();

    for (const [n, t] of TEACHERS.entries()) {
      await eventually(async () => expect(await field('工号').evaluate((el) => el === document.activeElement)).toBe(true));
      await page.keyboard.type(t.staffNo);
      await field('姓名').focus();
      await page.keyboard.type(t.name);
      await field('身份证号').focus();
      await page.keyboard.type(t.idCard);
      await field('来校日期').focus();
      await page.keyboard.type(t.joinDate);
      await page.keyboard.press('Enter');
      // Enter committed the date and left the drawer open; Tab moves on, as a registrar would
      expect(await drawer.count()).toBe(1);
      await page.keyboard.press('Tab');
      if (n === 0) {
        // the first teacher sets the group's 岗位类别 and 任教类别, kept for the next two
        await field('任教类别').focus();
        await page.keyboard.type('zyk');
        await page.keyboard.press('Enter');
      }
      await field('最高学历').focus();
      await page.keyboard.type(t.education[0]);
      await page.keyboard.press('Enter');
      await field('专业技术职称').focus();
      await page.keyboard.type(t.title[0]);
      await page.keyboard.press('Enter');
      if (n === 1) {
        // after the drop-downs' closing motion
        await page.waitForTimeout(500);
        await screenshot(page, 'keyboard-entry');
      }
      await page.keyboard.press('Control+Enter');
      await page.getByText(`已保存 ${t.name}，请填写下一位`).waitFor();
      await eventually(async () => expect(await field('工号').inputValue()).toBe(''));
    }
    await page.keyboard.press('Escape');

    const { rows } = (await host.app.handlers['staff.list']({ page: 1, pageSize: 10, sortBy: 'staffNo', sortOrder: 'asc' })) as { rows: Record<string, unknown>[] };
    expect(rows.map((r) => [r.staffNo, r.name, r.joinDate, r.teachingCategory, r.highestEducation, r.title])).toEqual(
      TEACHERS.map((t) => [t.staffNo, t.name, t.joinDate, '专业课', t.education[1], t.title[1]]),
    );
  });
});
