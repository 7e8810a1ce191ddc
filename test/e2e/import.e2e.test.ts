// A new registrar imports the county's staff roster (a merged title row, two header rows): fixes the one column the
// app did not recognise, sees the two rows that cannot go in and why, commits, and finds the teachers in the list.
// Then they start a long import of the wrong file, cancel it as it writes, and find none of it kept.
import fs from 'node:fs';
import * as XLSX from '@e965/xlsx';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { openE2eSession, formHelpers, type E2eSession } from '../helpers/e2eSession';
import { screenshot } from '../helpers/browser';
import { tempDataDir } from '../helpers/dataDir';
import { staffListCsv, staffRosterXlsx } from '../fixtures/generate';
import { ID_AS_NUMBER } from '../../electron/import/values';

describe('staff import, end to end', () => {
  let s: E2eSession;
  const downloads = tempDataDir('vet-ledger-roster-');
  const file = path.join(downloads.dir, '丽水市示范职业技术学校教职工花名册.xlsx');

  beforeAll(async () => {
    s = await openE2eSession();
    fs.writeFileSync(file, staffRosterXlsx());
  });
  afterAll(async () => {
    await s?.close();
    downloads.cleanup();
  });

  it('imports a roster, fixing one column mapping, and finds the teachers in the list', async () => {
    const { page } = s;
    const { eventually, field } = formHelpers(page);
    onTestFailed(async () => void (await screenshot(page, 'import-failure')));
    await page.goto(s.host.url);
    await page.getByText('欢迎使用职教台账').waitFor();
    await field('学校名称').fill('丽水市示范职业技术学校');
    await page.getByRole('button', { name: '完成设置' }).click();

    await page.getByRole('menuitem', { name: '数据导入' }).click();
    await page.getByText('第一步：选择要导入的记录类型和文件').waitFor();
    await screenshot(page, 'import-choose');
    await page.locator('input[type=file]').setInputFiles(file);

    await page.getByText('在工作表“花名册”第 2、3 行找到表头，下面有 8 行数据。').waitFor();
    const titleSelect = page.getByLabel('“技术职称”对应的字段');
    expect(await page.locator('.ant-table-row').filter({ hasText: '技术职称' }).innerText()).toContain('（不导入）');
    expect(await page.locator('.ant-table-row').filter({ hasText: '学历学位·最高学位' }).innerText()).toContain('最高学位');
    await screenshot(page, 'import-mapping');
    await titleSelect.click();
    await titleSelect.fill('专业技术');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^专业技术职称$/ }).click();
    await page.getByRole('button', { name: '下一步：检查数据' }).click();

    await page.getByText('共读取 8 行：可新增 6 条，可更新 0 条，有 2 行未通过。').waitFor();
    await page.getByText('只看未通过（2）').click();
    const rejected = page.locator('.ant-table-row');
    await eventually(async () => expect(await rejected.count()).toBe(2));
    expect(await rejected.nth(0).innerText()).toContain(ID_AS_NUMBER.slice(0, 20));
    expect(await rejected.nth(1).innerText()).toContain('工号 T001 与第 4 行重复');
    await screenshot(page, 'import-preview');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载未通过的行' }).click()]);
    expect(download.suggestedFilename()).toBe('丽水市示范职业技术学校教职工花名册-未通过的行.xlsx');
    const sheet = XLSX.read(fs.readFileSync((await download.path())!)).Sheets['未通过的行'];
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' }).filter((r) => r[0] === '11' || r[0] === '12');
    expect(rows.map((r) => [r[0], r[2], r[3]])).toEqual([['11', 'T007', '赵强'], ['12', 'T001', '孙丽']]);

    await page.getByRole('button', { name: '确认导入 6 条' }).click();
    await page.getByText('导入完成：新增 6 条，更新 0 条').waitFor();
    await screenshot(page, 'import-done');
    await page.getByRole('button', { name: '查看教职工' }).click();
    const list = page.locator('.ant-table-row');
    await eventually(async () => expect(await list.count()).toBe(6));
    const text = await page.locator('.ant-table-tbody').innerText();
    for (const name of ['王伟', '李娜', '张敏', '买买提·艾力', '陈静', '周杰']) expect(text).toContain(name);
    expect(text).toContain('副高级');
  });

  it('cancels a long import as it writes, and keeps none of its rows', async () => {
    const { page } = s;
    const { eventually } = formHelpers(page);
    onTestFailed(async () => void (await screenshot(page, 'import-cancel-failure')));
    const wrongFile = path.join(downloads.dir, '全市教职工名单.csv');
    fs.writeFileSync(wrongFile, staffListCsv(60_000));
    await page.getByRole('menuitem', { name: '数据导入' }).click();
    await page.locator('input[type=file]').setInputFiles(wrongFile);
    await page.getByText('下面有 60000 行数据').waitFor();
    await page.getByRole('button', { name: '下一步：检查数据' }).click();
    await page.getByText('共读取 60000 行：可新增 60000 条').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '确认导入 60000 条' }).click();
    await page.getByLabel('导入进度').waitFor();
    await screenshot(page, 'import-committing');
    await page.getByLabel('导入进度').getByRole('button', { name: /取\s*消/ }).click();
    await page.getByText('已取消导入，没有写入任何数据').waitFor({ timeout: 30_000 });
    await page.getByRole('menuitem', { name: '教职工' }).click();
    await eventually(async () => expect(await page.getByText('共 6 人').count()).toBe(1));
  }, 120_000);
});
