// A new registrar brings a roster and a practice ledger written at another school. The ledger says 轮岗, which no
// table knows: they map it once in 值的对应, the rows are checked again at once, they commit; the next import of the
// same file needs no mapping.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { openE2eSession, formHelpers, type E2eSession } from '../helpers/e2eSession';
import { screenshot } from '../helpers/browser';
import { tempDataDir } from '../helpers/dataDir';
import { firstStudentListXlsx, practiceElsewhereXlsx, rosterElsewhereXlsx } from '../fixtures/registrars';

describe('value mapping, end to end', () => {
  let s: E2eSession;
  const files = tempDataDir('vet-ledger-elsewhere-');
  const roster = path.join(files.dir, '教职工基本情况表.xlsx');
  const ledger = path.join(files.dir, '教师企业实践登记表.xlsx');
  const students = path.join(files.dir, '2022级新生名单.xlsx');

  beforeAll(async () => {
    s = await openE2eSession();
    fs.writeFileSync(roster, rosterElsewhereXlsx());
    fs.writeFileSync(ledger, practiceElsewhereXlsx());
    fs.writeFileSync(students, firstStudentListXlsx());
  });
  afterAll(async () => {
    await s?.close();
    files.cleanup();
  });

  it('maps 轮岗 once, commits, and imports the same file again without being asked', async () => {
    const { page } = s;
    const { eventually, field } = formHelpers(page);
    onTestFailed(async () => void (await screenshot(page, 'value-mapping-failure')));
    await page.goto(s.host.url);
    await page.getByText('欢迎使用职教台账').waitFor();
    await field('学校名称').fill('某县职业技术学校');
    await page.getByRole('button', { name: '完成设置' }).click();

    const importFile = async (kind: string, file: string) => {
      await page.getByRole('menuitem', { name: '数据导入' }).click();
      await page.getByText('第一步：选择要导入的记录类型和文件').waitFor();
      await page.getByRole('radio', { name: kind, exact: true }).check();
      await page.locator('input[type=file]').setInputFiles(file);
      await page.getByRole('button', { name: '下一步：检查数据' }).click();
    };

    await importFile('教职工', roster);
    await page.getByText('共读取 8 行：可新增 6 条，可更新 0 条，有 2 行未通过。').waitFor();
    await page.getByRole('button', { name: '确认导入 6 条' }).click();
    await page.getByText('导入完成：新增 6 条，更新 0 条').waitFor();
    await page.getByRole('button', { name: '继续导入其他文件' }).click();

    await importFile('企业实践记录', ledger);
    await page.getByText('共读取 9 行：可新增 6 条，可更新 0 条，有 3 行未通过。').waitFor();
    const mapping = page.getByRole('region', { name: '值的对应' });
    await mapping.getByText('1 个值还不能识别').waitFor();
    const row = mapping.locator('.ant-table-row').filter({ hasText: '轮岗' });
    expect(await row.innerText()).toContain('2');
    await screenshot(page, 'value-mapping-ask');
    await row.getByLabel('“轮岗”对应为').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^分段实践$/ }).click();
    await page.getByText('共读取 9 行：可新增 8 条，可更新 0 条，有 1 行未通过。').waitFor();
    await mapping.getByText('都已对应').waitFor();
    await screenshot(page, 'value-mapping-mapped');
    await page.getByRole('button', { name: '确认导入 8 条' }).click();
    await page.getByText('导入完成：新增 8 条，更新 0 条').waitFor();
    await page.getByRole('button', { name: '继续导入其他文件' }).click();

    await importFile('企业实践记录', ledger);
    await page.getByText('共读取 9 行：可新增 0 条，可更新 8 条，有 1 行未通过。').waitFor();
    await mapping.getByText('都已对应').waitFor();
    await eventually(async () => expect(await mapping.locator('.ant-table-row').filter({ hasText: '轮岗' }).innerText()).toContain('上次的对应'));
    await screenshot(page, 'value-mapping-remembered');
  }, 90_000);

  it('imports a first student list with the majors and classes it names, shown first as 将新建', async () => {
    const { page } = s;
    const { eventually } = formHelpers(page);
    onTestFailed(async () => void (await screenshot(page, 'first-students-failure')));
    // the page is still on the ledger's preview: a fresh load starts the import from its first step
    await page.goto(s.host.url);
    await page.getByRole('menuitem', { name: '数据导入' }).click();
    await page.getByRole('radio', { name: '学生', exact: true }).check();
    await page.locator('input[type=file]').setInputFiles(students);
    await page.getByRole('button', { name: '下一步：检查数据' }).click();
    await page.getByText('共读取 7 行：可新增 6 条，可更新 0 条，有 1 行未通过。').waitFor();
    await page.getByText('将新建专业“计算机应用”（代码 710201，电子与信息大类）').waitFor();
    await page.getByText('将新建班级“22计算机2班”（计算机应用，2022年入学）').waitFor();
    await screenshot(page, 'first-students-preview');
    await page.getByRole('button', { name: '确认导入 6 条' }).click();
    await page.getByText('导入完成：新增 6 条，更新 0 条').waitFor();
    await page.getByRole('button', { name: '查看学生' }).click();
    await eventually(async () => expect(await page.locator('.ant-table-row').count()).toBe(6));
    expect(await page.locator('.ant-table-tbody').innerText()).toContain('2022级计算机1班');
  }, 60_000);
});

