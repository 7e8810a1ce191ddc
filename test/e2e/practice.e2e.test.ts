// A new registrar, in a real Chromium through the browser host: sets up the school, adds a 专业课 teacher, logs two
// 90-day practice records (one with a photo as evidence), sees the teacher turn 达标 at 180 days, then adds an
// overlapping record, is warned, and sees the days still counted once.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import dayjs from 'dayjs';
import type { Browser, Page } from 'playwright-core';
import { startWebHost, type WebHost } from '../../electron/web';
import { tempDataDir } from '../helpers/dataDir';
import { ARTIFACTS, launchBrowser, screenshot } from '../helpers/browser';
import { httpTransport } from '../../renderer/api/transport';
import { makeIdCard } from '../helpers/people';
import { TINY_PNG_BASE64 } from '../helpers/school';

const daysAgo = (n: number) => dayjs().subtract(n, 'day').format('YYYY-MM-DD');
const plus = (date: string, n: number) => dayjs(date).add(n, 'day').format('YYYY-MM-DD');

describe('enterprise practice, end to end', () => {
  let host: WebHost;
  let browser: Browser;
  let page: Page;
  const data = tempDataDir();

  beforeAll(async () => {
    host = await startWebHost({ dataDir: data.dir });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    data.cleanup();
  });

  const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 10_000, interval: 100 });
  /** an input of the open form (the roster's sortable headers carry the same labels) */
  const field = (label: string) => page.locator('form:visible').getByLabel(label, { exact: true });
  const summary = () => page.locator('.ant-card').filter({ hasText: '达标情况' }).first();

  async function pick(label: string, option: string) {
    await field(label).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).click();
  }

  async function fillDate(label: string, date: string) {
    await field(label).fill(date);
    await field(label).press('Tab'); // Enter would submit the form
  }

  async function addPractice(enterprise: string, start: string, end: string) {
    await page.getByRole('button', { name: /新增实践记录/ }).click();
    await field('实践企业').fill(enterprise);
    await field('统一社会信用代码').fill('91110000600037341L');
    await fillDate('开始日期', start);
    await fillDate('结束日期', end);
    await page.locator('form:visible').getByRole('button', { name: /^保\s*存$/ }).click();
  }

  it('counts two 90-day records to 达标, keeps a photo as evidence, and warns of an overlap', async () => {
    await page.goto(host.url);
    await page.getByText('欢迎使用职教台账').waitFor();
    await field('学校名称').fill('丽水市示范职业技术学校');
    // practice up to today counts: the cut-off moves from the end of the last school year to today
    await fillDate('统计截止日期', daysAgo(0));
    await page.getByRole('button', { name: '完成设置' }).click();

    await page.getByRole('menuitem', { name: '教职工' }).click();
    await page.getByRole('button', { name: /新增教职工/ }).click();
    await field('工号').fill('T2025001');
    await field('姓名').fill('陈静');
    await field('身份证号').fill(makeIdCard('1987-06-15', '女', 11));
    await fillDate('来校日期', '2015-09-01');
    await pick('任教类别', '专业课');
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await page.getByText('已保存 陈静').waitFor();

    await page.locator('.ant-table-row').filter({ hasText: 'T2025001' }).getByRole('link', { name: '陈静' }).click();
    await page.getByRole('tab', { name: '企业实践' }).click();
    await summary().getByText('0 / 180 天').waitFor();

    const first = { start: daysAgo(300), end: plus(daysAgo(300), 89) };
    const second = { start: daysAgo(150), end: plus(daysAgo(150), 89) };
    await addPractice('浙江丽水智能制造有限公司', first.start, first.end);
    await page.getByText('已保存 陈静 的企业实践记录').waitFor();
    await summary().getByText('90 / 180 天').waitFor();
    expect(await summary().locator('.ant-tag').first().innerText()).toBe('未达标');

    // a photo of the workplace as evidence, opened again from the record
    await page.getByRole('button', { name: '展开行' }).first().click();
    await page.locator('input[type=file]').first().setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: Buffer.from(TINY_PNG_BASE64, 'base64') });
    await page.getByText('已添加证明材料 现场照片.png').waitFor();
    await page.locator('.ant-list-item').filter({ hasText: '现场照片.png' }).getByRole('button', { name: '查看' }).click();
    await page.locator('.ant-modal img[alt="现场照片.png"]').waitFor();
    await page.locator('.ant-modal-close').click();

    await addPractice('丽水市云和木玩有限公司', second.start, second.end);
    await summary().getByText('180 / 180 天').waitFor();
    await eventually(async () => expect(await summary().locator('.ant-tag').first().innerText()).toBe('达标'));

    // overlapping the first record: saved, with a warning; the days in common count once
    await addPractice('丽水经济开发区某企业', plus(first.start, 60), plus(first.start, 90));
    const warning = page.locator('.ant-modal-confirm').filter({ hasText: '已保存，但请注意：' });
    await warning.getByText(`与 ${first.start}～${first.end}（浙江丽水智能制造有限公司）的实践记录时间重叠：重叠的日子只计一次`).waitFor();
    await screenshot(page, 'practice-overlap-warning');
    await warning.getByRole('button', { name: '知道了' }).click();
    await summary().getByText('181 / 180 天').waitFor();
    expect(await page.locator('.ant-table-row').filter({ hasText: '时间重叠' }).count()).toBe(2);
    await screenshot(page, 'practice-teacher');

    await page.getByRole('menuitem', { name: '企业实践' }).click();
    await page.getByRole('tab', { name: '达标情况' }).click();
    const row = page.locator('.ant-table-row').filter({ hasText: 'T2025001' });
    await eventually(async () => expect(await row.innerText()).toMatch(/181 \/ 180 天\s+达标/));
    await screenshot(page, 'practice-board');
  });

  it('records 双师型认定 and a 技能等级证书 on the 资格与认定 tab, levels shown with their names', async () => {
    await page.getByRole('menuitem', { name: '教职工' }).click();
    await page.locator('.ant-table-row').filter({ hasText: 'T2025001' }).getByRole('link', { name: '详情' }).click();
    await page.getByText('3311**********').waitFor(); // 基本信息, with the ID masked
    await screenshot(page, 'staff-detail');
    await page.getByRole('tab', { name: '资格与认定' }).click();

    await page.getByRole('button', { name: /新增双师型认定/ }).click();
    await pick('认定等级', '中级');
    await fillDate('认定日期', '2023-12-20');
    await field('认定机构').fill('丽水市教育局');
    await page.locator('form:visible').getByRole('button', { name: /^保\s*存$/ }).click();
    await page.getByText('已保存双师型认定').waitFor();

    await page.getByRole('button', { name: /新增职业资格与技能等级证书/ }).click();
    await pick('证书类别', '职业技能等级证书');
    await field('证书名称').fill('电工');
    await pick('等级', '四级');
    await page.locator('form:visible').getByRole('button', { name: /^保\s*存$/ }).click();
    await page.getByText('已保存职业资格与技能等级证书').waitFor();
    await page.locator('.ant-table-row').filter({ hasText: '电工' }).getByText('四级（中级工）').waitFor();
    await page.locator('.ant-table-row').filter({ hasText: '丽水市教育局' }).getByText('2023-12-20').waitFor();
    await screenshot(page, 'qualifications');
  });

  it('lists on the overview a teacher who is short of days, with what they still need', async () => {
    const call = httpTransport(host.url.replace(/\/$/, ''), host.token);
    const created = (await call('staff.create', { staffNo: 'T2025002', name: '林涛', idCard: makeIdCard('1980-02-02', '男', 12), joinDate: '2010-09-01', postCategory: '专任教师', teachingCategory: '专业课' })) as { ok: true; data: { id: number } };
    await call('practice.create', { staffId: created.data.id, values: { enterpriseName: '某企业', startDate: daysAgo(100), endDate: plus(daysAgo(100), 29), form: '集中实践' } });
    await page.getByRole('menuitem', { name: '概览' }).click();
    const card = page.locator('.ant-card').filter({ hasText: '企业实践需要关注的教师' });
    await card.getByText('统计区间内还差 150 天（已 30 / 180 天）').waitFor();
    expect(await card.locator('.ant-list-item').count()).toBe(1);
    await card.screenshot({ path: `${ARTIFACTS}/practice-overview-card.png` });
  });

  it('follows a change of the required days on the status board', async () => {
    await page.getByRole('menuitem', { name: '企业实践' }).click();
    await page.getByRole('tab', { name: '达标情况' }).click();
    await page.getByRole('button', { name: /达标设置/ }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '企业实践达标设置' });
    await dialog.getByLabel('要求天数').fill('200');
    await dialog.getByRole('button', { name: /^保\s*存$/ }).click();
    await page.getByText('已保存达标设置').waitFor();
    const row = page.locator('.ant-table-row').filter({ hasText: 'T2025001' });
    await eventually(async () => expect(await row.innerText()).toMatch(/181 \/ 200 天\s+未达标\s+19/));
    await page.getByText('累计企业实践不少于 200 天为达标', { exact: false }).waitFor();

    await page.getByRole('tab', { name: '实践台账' }).click();
    await eventually(async () => expect(await page.locator('.ant-table-row').count()).toBe(4));
    await screenshot(page, 'practice-ledger');
    await page.getByLabel('实践形式').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^考察调研$/ }).click();
    await page.getByText('没有符合条件的实践记录').waitFor();
  });
});
