// A new registrar, in a real Chromium through the browser host: setup, a wrong ID caught, fixed, saved, found,
// edited, deleted.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { screenshot } from '../helpers/browser';
import { formHelpers, openE2eSession, type E2eSession } from '../helpers/e2eSession';
import { makeIdCard } from '../helpers/people';

describe('staff roster, end to end', () => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await openE2eSession();
  });
  afterAll(() => session?.close());

  it('completes setup, catches a wrong ID, saves, finds, edits and deletes a teacher', async () => {
    const { page, host } = session;
    const { eventually, field, formItem, pick } = formHelpers(page);
    onTestFailed(async () => void (await screenshot(page, 'staff-failure')));
    await page.goto(host.url);
    await page.getByText('欢迎使用职教台账').waitFor();
    await field('学校名称').fill('丽水市示范职业技术学校');
    await field('学校标识码').fill('3633001234');
    await field('所在县市区').fill('莲都区');
    await page.getByRole('button', { name: '完成设置' }).click();

    await page.getByRole('menuitem', { name: '教职工' }).click();
    await page.getByRole('button', { name: /新增教职工/ }).click();
    const good = makeIdCard('1987-06-15', '女', 11);
    const wrong = good.slice(0, 17) + (good[17] === '3' ? '4' : '3');
    await field('工号').fill('T2025001');
    await field('姓名').fill('陈　静');
    await field('身份证号').fill(wrong);
    await field('来校日期').fill('2016-09-01');
    await field('来校日期').press('Enter');
    await pick('任教类别', '专业课');
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await formItem('身份证号').getByText('身份证号校验位不正确，请核对每一位数字').waitFor();

    await field('身份证号').fill(good);
    await eventually(async () => expect(await field('出生日期').inputValue()).toBe('1987-06-15'));
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await page.getByText('已保存 陈静').waitFor();

    await page.getByLabel('搜索教职工').fill('陈静');
    const row = page.locator('.ant-table-row').filter({ hasText: 'T2025001' });
    await eventually(async () => expect(await row.count()).toBe(1));
    expect(await row.innerText()).toContain(good.slice(0, 4) + '**********' + good.slice(-4));
    await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });
    await page.locator('.ant-message-notice').waitFor({ state: 'detached' });
    await screenshot(page, 'staff-list');

    await row.getByRole('button', { name: '编辑' }).click();
    await pick('专业技术职称', '中级');
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await page.getByText('已保存 陈静').last().waitFor();
    await eventually(async () => expect(await page.locator('.ant-table-row').filter({ hasText: 'T2025001' }).innerText()).toContain('中级'));

    await page.locator('.ant-table-row').filter({ hasText: 'T2025001' }).getByRole('button', { name: '删除' }).click();
    await page.locator('.ant-modal-confirm-title').filter({ hasText: '确定删除 陈静（工号 T2025001）吗？' }).waitFor();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: /删\s*除/ }).click();
    await page.getByText('已删除 陈静').waitFor();
    await eventually(async () => expect(await page.locator('.ant-table-row').count()).toBe(0));
  });
});
