// A teacher on the school network, on a phone-sized page (375×667): signs in with the one-time password the
// administrator made, logs a practice record with a photo, sees it 待审核 with the evidence counted; once the
// registrar has passed it, the days count in the teacher's status and the record can no longer be withdrawn.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../helpers/browser';
import { formHelpers } from '../helpers/e2eSession';
import { tempDataDir } from '../helpers/dataDir';
import { staffInput } from '../helpers/people';
import { TINY_PNG_BASE64 } from '../helpers/school';
import { startWebHost, type WebHost } from '../../electron/web';
import { dispatch } from '@shared/dispatch';
import { todayIso } from '@shared/dates';

describe('a teacher logs their own practice over the school network', () => {
  let host: WebHost;
  let browser: Browser;
  let page: Page;
  const data = tempDataDir();
  let password = '';
  const call = async (method: string, input: unknown) => {
    const r = await dispatch(host.app.handlers, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.data as never;
  };

  beforeAll(async () => {
    host = await startWebHost({ dataDir: data.dir, lan: { host: '127.0.0.1' } });
    await call('school.setup', { name: '丽水市示范职业技术学校', type: '中职', cutoffDate: '2025-08-31' });
    await call('staff.create', staffInput({ name: '陈静', joinDate: '2015-09-01' }, 1));
    password = ((await call('users.create', { login: 'chenjing', name: '陈静', role: '教师', staffNo: 'T0001' })) as { password: string }).password;
    browser = await launchBrowser();
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
    await screenshot(page, 'teacher-pending');

    // the registrar passes it (on the registrar's own page; here through the handlers)
    const { rows } = (await call('practice.list', {})) as { rows: { id: number; enterpriseName: string; startDate: string; endDate: string; form: string }[] };
    const { id, enterpriseName, form } = rows[0];
    await call('practice.update', { id, values: { enterpriseName, startDate: start, endDate: end, form, reviewState: '已审核' } });
    await page.reload();
    await eventually(async () => expect(await page.getByTestId('my-record').first().innerText()).toContain('已审核'));
    expect(await page.getByTestId('my-record').first().getByRole('button', { name: /撤\s*回/ }).count()).toBe(0);
    await eventually(async () => expect(await page.getByTestId('my-status').innerText()).toContain('30 / 180 天'));
    await screenshot(page, 'teacher-reviewed');
  });
});
