// A teacher on the school network, on a phone-sized page (375×667): signs in with the one-time password the
// administrator made, logs a practice record with a photo and sees it 待审核; the registrar, signed in on a PC page,
// returns it with a reason; the teacher reads the reason, corrects the record and submits it again; the registrar
// passes it; the teacher's status counts its days and the record can no longer be withdrawn.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, trusting } from '../helpers/browser';
import { formHelpers } from '../helpers/e2eSession';
import { tempDataDir } from '../helpers/dataDir';
import { staffInput } from '../helpers/people';
import { TINY_PNG_BASE64 } from '../helpers/school';
import { startWebHost, type WebHost } from '../../electron/web';
import { handlerCall } from '../helpers/hostCall';
import { todayIso } from '@shared/dates';

describe('a teacher logs their own practice over the school network', () => {
  let host: WebHost;
  let browser: Browser;
  let page: Page;
  const data = tempDataDir();
  let password = '';
  let registrarPassword = '';
  const call = (method: string, input: unknown) => handlerCall({ host })(method, input);

  beforeAll(async () => {
    host = await startWebHost({ dataDir: data.dir, lan: { host: '127.0.0.1' } });
    await call('school.setup', { name: '丽水市示范职业技术学校', type: '中职', cutoffDate: '2025-08-31' });
    await call('staff.create', staffInput({ name: '陈静', joinDate: '2015-09-01' }, 1));
    password = ((await call('users.create', { login: 'chenjing', name: '陈静', role: '教师', staffNo: 'T0001' })) as { password: string }).password;
    registrarPassword = ((await call('users.create', { login: 'registrar', name: '李教务', role: '教务' })) as { password: string }).password;
    browser = await launchBrowser(trusting(host.certificate!.cert));
    page = await browser.newPage({ viewport: { width: 375, height: 667 }, locale: 'zh-CN' });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    data.cleanup();
  });

  it('signs in, logs a record with a photo, and sees it counted once reviewed', async () => {
    onTestFailed(async () => void (await screenshot(page, 'teacher-lan-failure')));
    const { eventually } = formHelpers(page);
    const field = (label: string) => page.locator('form:visible').getByLabel(label, { exact: true });
    await page.goto(host.url);
    await page.getByText('登录职教台账').waitFor();
    await page.getByLabel('登录名').fill('chenjing');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('登录名或密码不对').waitFor();
    await screenshot(page, 'teacher-sign-in');
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    // the one-time password gives way to the teacher's own
    await page.getByText('设置自己的密码', { exact: true }).waitFor();
    await page.getByLabel('当前密码（一次性密码）').fill(password);
    await page.getByLabel('新密码', { exact: true }).fill('chen2025jing');
    await page.getByLabel('再输一次新密码').fill('chen2025jing');
    await page.getByRole('button', { name: /保存新密码/ }).click();
    await page.getByText('我的企业实践').waitFor();
    await eventually(async () => expect(await page.getByTestId('my-status').innerText()).toContain('0 / 180 天'));

    await page.getByRole('button', { name: /登记企业实践/ }).click();
    await field('实践企业').fill('丽水某智能制造有限公司');
    const end = todayIso();
    const start = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
    for (const [label, date] of [['开始日期', start], ['结束日期', end]]) {
      await field(label).fill(date);
      await field(label).press('Tab');
    }
    await field('实践形式').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^集中实践$/ }).click();
    await page.locator('input[type=file]').setInputFiles({ name: '车间照片.png', mimeType: 'image/png', buffer: Buffer.from(TINY_PNG_BASE64, 'base64') });
    await screenshot(page, 'teacher-log-practice');
    await page.getByRole('button', { name: /提交审核/ }).click();
    await page.getByText('已提交，等待教务审核').waitFor();
    const record = page.getByTestId('my-record').first();
    await eventually(async () => expect(await record.innerText()).toMatch(/丽水某智能制造有限公司[\s\S]*待审核[\s\S]*30 天，集中实践，佐证材料 1 份/));
    expect(await record.getByRole('button', { name: /撤\s*回/ }).count()).toBe(1);
    // not counted until passed, and shown apart
    await eventually(async () => expect(await page.getByTestId('my-status').innerText()).toContain('0 / 180 天，另有待审核 30 天'));
    await screenshot(page, 'teacher-pending');

    // the registrar, on a PC page of their own, returns it with a reason
    const registrar = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await registrar.goto(host.url);
    await registrar.getByLabel('登录名').fill('registrar');
    await registrar.getByLabel('密码').fill(registrarPassword);
    await registrar.getByRole('button', { name: /登\s*录/ }).click();
    await registrar.getByLabel('当前密码（一次性密码）').fill(registrarPassword);
    await registrar.getByLabel('新密码', { exact: true }).fill('Li-jiaowu-2025');
    await registrar.getByLabel('再输一次新密码').fill('Li-jiaowu-2025');
    await registrar.getByRole('button', { name: /保存新密码/ }).click();
    await registrar.getByRole('menuitem', { name: '企业实践' }).click();
    // 教务's menu has the records and the 操作记录, not the backups or the network's settings
    expect(await registrar.getByRole('menuitem', { name: '操作记录' }).count()).toBe(1);
    expect(await registrar.getByRole('menuitem', { name: /数据与备份|局域网访问/ }).count()).toBe(0);
    await registrar.getByRole('tab', { name: '达标情况' }).click();
    const boardRow = registrar.getByRole('tabpanel', { name: '达标情况' }).getByRole('row').filter({ hasText: '陈静' });
    // as of today, as the teacher's page counts: typed once the board has loaded as of the school's cut-off date
    const boardAsOfToday = async () => {
      await boardRow.waitFor();
      const boardDate = registrar.getByLabel('统计截止日期');
      await eventually(async () => expect(await boardDate.inputValue()).toBe('2025-08-31'));
      await boardDate.fill(todayIso());
      await boardDate.press('Enter');
      await eventually(async () => expect(await boardDate.inputValue()).toBe(todayIso()));
    };
    await boardAsOfToday();
    await eventually(async () => expect(await boardRow.innerText()).toContain('0 / 180 天，另有待审核 30 天'));
    await registrar.getByRole('tab', { name: '待审核' }).click();
    const item = registrar.getByTestId('review-item').filter({ hasText: '丽水某智能制造有限公司' });
    await item.getByText('车间照片.png').waitFor();
    await item.getByRole('button', { name: /退\s*回/ }).click();
    await registrar.getByLabel('退回原因').fill('请补充实践岗位和实践内容');
    await screenshot(registrar, 'registrar-return');
    await registrar.locator('.ant-modal').getByRole('button', { name: /退\s*回/ }).click();
    await registrar.getByText('没有待审核的记录').waitFor();

    // the teacher reads why, corrects the record and submits it again
    await page.reload();
    const returned = page.getByTestId('my-record').first();
    await eventually(async () => expect(await returned.innerText()).toMatch(/已退回[\s\S]*退回原因：请补充实践岗位和实践内容/));
    await screenshot(page, 'teacher-returned');
    await returned.getByRole('button', { name: /修改后重新提交/ }).click();
    await field('实践岗位').fill('装配调试');
    await page.getByRole('button', { name: /提交审核/ }).click();
    await eventually(async () => expect(await page.getByTestId('my-record').first().innerText()).toContain('待审核'));

    // the registrar passes it
    await registrar.reload();
    await registrar.getByRole('tab', { name: '待审核' }).click();
    const again = registrar.getByTestId('review-item').filter({ hasText: '装配调试' });
    await again.getByRole('button', { name: /通\s*过/ }).click();
    await registrar.getByText('没有待审核的记录').waitFor();
    // the status board counts it now
    await registrar.getByRole('tab', { name: '达标情况' }).click();
    await boardAsOfToday();
    await eventually(async () => expect(await boardRow.innerText()).toMatch(/30 \/ 180 天(?!，另有)/));
    await registrar.close();
    await page.reload();
    await eventually(async () => expect(await page.getByTestId('my-record').first().innerText()).toContain('已审核'));
    expect(await page.getByTestId('my-record').first().getByRole('button', { name: /撤\s*回/ }).count()).toBe(0);
    await eventually(async () => expect(await page.getByTestId('my-status').innerText()).toContain('30 / 180 天'));
    await screenshot(page, 'teacher-reviewed');
  });
});
