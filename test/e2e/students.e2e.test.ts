// A new registrar, in a real Chromium through the browser host: a major, a class and three students; certificates
// for two of them in one go; 66.7% (2/3) on the rate page; an award with a student and a staff advisor in the summary.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { createClient } from '../../renderer/api/client';
import { httpTransport } from '../../renderer/api/transport';
import { screenshot } from '../helpers/browser';
import { formHelpers, openE2eSession, type E2eSession } from '../helpers/e2eSession';
import { makeIdCard, staffInput } from '../helpers/people';

describe('students, certificates and awards, end to end', () => {
  let session: E2eSession;
  let page: Page;
  let ui: ReturnType<typeof formHelpers>;
  // The pages open on this year's graduates: students who entered three years ago on a 三年制.
  const year = new Date().getFullYear();

  beforeAll(async () => {
    session = await openE2eSession({ width: 1440, height: 900 });
    page = session.page;
    ui = formHelpers(page);
  });

  afterAll(() => session?.close());

  const eventually = (check: () => Promise<void>) => ui.eventually(check);
  const field = (label: string) => ui.field(label);
  const pick = (label: string, option: string) => ui.pick(label, option);
  const save = () => page.locator('form').getByRole('button', { name: /^保\s*存$/ }).click();
  const menu = (name: string) => page.getByRole('menuitem', { name }).click();
  const toast = (text: string | RegExp) => page.locator('.ant-message-notice').filter({ hasText: text }).first().waitFor();

  /** Types into a roster search select and takes the first person found. */
  async function pickPerson(label: string, search: string) {
    await field(label).click();
    await field(label).fill(search);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: search }).first().click();
    await page.keyboard.press('Escape');
  }

  async function closeToasts() {
    await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
  }

  it('records a class, certificates in bulk, reads the rate, and records an award', async () => {
    onTestFailed(async () => void (await screenshot(page, 'students-failure')));
    await page.goto(session.host.url);
    await page.getByText('欢迎使用职教台账').waitFor();
    await field('学校名称').fill('丽水市示范职业技术学校');
    await page.getByRole('button', { name: '完成设置' }).click();

    // 专业 and 班级
    await menu('学生');
    await page.getByRole('tab', { name: '专业' }).click();
    await page.getByRole('button', { name: /新增专业/ }).click();
    await field('专业代码').fill('710201');
    await field('专业名称').fill('计算机应用');
    await field('专业大类').fill('电子与信息大类');
    await save();
    await toast('已保存专业');
    await page.getByRole('tab', { name: '班级' }).click();
    await page.getByRole('button', { name: /新增班级/ }).click();
    await field('班级名称').fill(`计算机${year - 3}01班`);
    await pick('所属专业', '计算机应用');
    await field('入学年份').fill(String(year - 3));
    await save();
    await toast('已保存班级');

    // three students
    await page.getByRole('tab', { name: '学生' }).click();
    const students = [
      { no: `${year - 3}0101`, name: '林小雨', id: makeIdCard('2007-03-15', '女', 1) },
      { no: `${year - 3}0102`, name: '王　浩', id: makeIdCard('2007-08-02', '男', 2) },
      { no: `${year - 3}0103`, name: '陈思远', id: makeIdCard('2006-12-30', '男', 3) },
    ];
    for (const s of students) {
      await page.getByRole('button', { name: /新增学生/ }).click();
      await field('学号').fill(s.no);
      await field('姓名').fill(s.name);
      await field('身份证号').fill(s.id);
      await pick('班级', `计算机${year - 3}01班`);
      await field('入学年份').fill(String(year - 3));
      await save();
      await toast(`已保存 ${s.name.replace('　', '')}`);
      await closeToasts();
    }
    await eventually(async () => expect(await page.locator('.ant-table-row').count()).toBe(3));
    expect(await page.locator('.ant-table-row').filter({ hasText: '王浩' }).innerText()).toContain(String(year));
    await screenshot(page, 'students-list');

    // certificates for two of them, entered once
    await menu('按班级录入证书');
    await page.getByLabel('选择班级').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: `计算机${year - 3}01班` }).click();
    for (const name of ['林小雨', '王浩']) await page.locator('.ant-table-row').filter({ hasText: name }).getByRole('checkbox').check();
    await pick('证书类别', '职业技能等级证书');
    await field('证书名称').fill('计算机程序设计员');
    await field('等级').fill('中级工');
    await field('发证机构').fill('浙江省职业技能鉴定中心');
    await field('取得日期').fill(`${year - 1}-12-20`);
    await field('取得日期').press('Tab');
    await page.getByRole('button', { name: '为所选 2 名学生保存' }).click();
    await toast('已为 2 名学生录入证书“计算机程序设计员”');

    // the rate: 2 of 3
    await menu('证书获取率');
    const card = page.locator('.ant-card').filter({ hasText: `${year}届毕业生证书获取率` });
    await eventually(async () => expect(await card.innerText()).toContain('66.7%'));
    expect(await card.innerText()).toContain('2/3');
    const lacking = page.locator('.ant-card').filter({ hasText: '尚未取得合格证书的学生' });
    expect(await lacking.locator('.ant-table-row').innerText()).toContain('陈思远');
    expect(await page.getByText('职业技能等级证书四级（中级工）及以上').count()).toBe(1);
    await screenshot(page, 'certificate-rate');

    // an award: a student competitor and a staff advisor (the teacher created through the same HTTP contract)
    const api = createClient(httpTransport(session.host.url.replace(/\/$/, ''), session.host.token));
    await api.call('staff.create', staffInput({ name: '周老师', staffNo: 'T0088' }, 8));
    await menu('技能大赛');
    await page.getByRole('button', { name: /新增获奖/ }).click();
    await field('比赛名称').fill('浙江省职业院校技能大赛');
    await field('赛项').fill('软件测试');
    await pick('级别', '省级');
    await pick('奖项', '一等奖');
    await pickPerson('参赛学生', '林小雨');
    await pickPerson('指导教师', '周老师');
    await save();
    await toast('已保存获奖记录');
    await closeToasts();
    const detail = page.locator('.ant-card').filter({ hasText: '获奖明细' }).locator('.ant-table-row');
    await eventually(async () => expect(await detail.innerText()).toContain('林小雨'));
    expect(await detail.innerText()).toContain('周老师');
    const summaryRow = page.locator('.ant-card').filter({ hasText: `获奖统计（${year}年）` }).locator('.ant-table-row');
    await eventually(async () => expect((await summaryRow.innerText()).split(/\s+/)).toEqual(['省级', '一等奖', '1', '1', '0', '0', '1']));
    await screenshot(page, 'awards');

    // the student's drawer lists the certificate, its level in one vocabulary
    await menu('学生');
    await page.locator('.ant-table-row').filter({ hasText: '林小雨' }).getByRole('button', { name: '编辑' }).click();
    const certificates = page.locator('.ant-drawer-open .ant-table-row').filter({ hasText: '计算机程序设计员' });
    await eventually(async () => expect(await certificates.innerText()).toContain('四级（中级工）'));
    await screenshot(page, 'student-drawer');
    await page.locator('.ant-drawer-open').getByRole('button', { name: /取\s*消/ }).click();

    // the annual data form with its derived figures beside it
    await menu('学校年度数据');
    await field('招生总数（人）').fill('1200');
    await field('中高职一体化招生数（人）').fill('500');
    await field('生均公用经费（元/生·年）').fill('2600');
    await save();
    await toast(`已保存${year}年度数据`);
    await eventually(async () => expect(await page.getByLabel('中高职一体化招生占比', { exact: true }).innerText()).toBe('41.7%'));
    expect(await page.getByLabel('生均公用经费', { exact: true }).innerText()).toBe('2,600 元/生·年');
    expect(await page.getByLabel('就业率', { exact: true }).innerText()).toBe('—');
    await screenshot(page, 'annual-data');

    // the home page shows the year's figures
    await menu('概览');
    const home = page.locator('.ant-card').filter({ hasText: `学生证书与技能大赛（${year}年度` });
    await eventually(async () => expect(await home.innerText()).toContain('66.7%'));
    await screenshot(page, 'home-students');
  });
});
