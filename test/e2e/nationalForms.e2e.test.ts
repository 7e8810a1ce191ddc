// A 高职 registrar fills the 质量年报 fields of 学校年度数据, grouped by table for the school's type, and exports the
// national tables from 报表导出: the figure typed on the form is in the workbook, beside those the records give.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { screenshot } from '../helpers/browser';
import { formHelpers, openE2eSession, type E2eSession } from '../helpers/e2eSession';
import { handlerCall } from '../helpers/hostCall';
import { staffInput } from '../helpers/people';
import { studentInput } from '../helpers/students';

describe('the national forms from the annual data page and the export page', () => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await openE2eSession({ width: 1366, height: 768 });
    const call = handlerCall(session);
    await call('school.setup', { name: '丽水职业技术学院', type: '高职', cutoffDate: '2025-08-31' });
    for (let i = 1; i <= 4; i++) await call('staff.create', staffInput({ name: `教师${i}` }, i));
    for (let i = 1; i <= 40; i++) await call('students.create', studentInput(i, { entryYear: 2023 }));
    // a field only the 中职 tables use, entered before (as a school that changed type would have it)
    await call('annualData.save', { schoolYear: 2025, values: { startingSalary: 3900 } });
  });
  afterAll(() => session?.close());

  it('groups the fields by table, saves them, and the 教学资源表 divides the equipment by the students', async () => {
    const { page, host } = session;
    const { eventually, field } = formHelpers(page);
    onTestFailed(async () => void (await screenshot(page, 'national-forms-failure')));
    await page.goto(host.url);
    await page.getByRole('menuitem', { name: '学校年度数据' }).click();
    expect(await page.getByLabel('年度').inputValue()).toBe('2025');
    await page.getByText('质量年报·计分卡').waitFor();
    expect(await page.getByText('质量年报·国际影响表').count()).toBe(1);
    // a 中职 table's field is not asked of a 高职
    expect(await page.locator('form').getByLabel('初次就业起薪（元/月）', { exact: true }).count()).toBe(0);
    await field('专业相关度（%）').fill('68.5');
    await field('教学科研仪器设备资产总值（万元）').fill('12.5');
    await page.locator('form').getByRole('button', { name: /^保\s*存$/ }).click();
    await page.getByText('已保存2025年度数据').waitFor();
    // not on this form, and kept
    const kept = (await handlerCall(session)('annualData.get', { schoolYear: 2025 })) as { values: Record<string, unknown> };
    expect(kept.values).toMatchObject({ startingSalary: 3900, majorRelevance: 68.5, equipmentValue: 12.5 });
    await screenshot(page, 'annual-data-quality-tables');

    await page.getByRole('menuitem', { name: '报表导出' }).click();
    await page.getByRole('radio', { name: /质量年报数据表（国家表格）/ }).click();
    expect(await page.getByText(/按本校办学类型/).count()).toBe(1);
    await page.getByRole('button', { name: /预\s*览/ }).click();
    await expect.poll(() => page.getByRole('tab', { name: '教学资源表' }).count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('tab', { name: '教学资源表' }).click();
    await eventually(async () => expect(await page.getByText('3,125').count()).toBeGreaterThan(0));
    await screenshot(page, 'reports-quality-tables');
    await expect.poll(() => page.getByRole('button', { name: /导出 Excel/ }).isEnabled()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Excel/ }).click()]);
    const saved = path.join(host.app.store.dataDir, 'quality-tables.xlsx');
    await download.saveAs(saved);
    const book = XLSX.read(fs.readFileSync(saved));
    expect(book.SheetNames).toEqual(['计分卡', '教学资源表', '服务贡献表', '落实政策表', '国际影响表']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['教学资源表'], { header: 1, raw: true });
    // 12.5 万元 ÷ 40 students on roll; 40 ÷ 4 专任教师
    expect(rows.find((r) => r[1] === '生均教学科研仪器设备值')?.[3]).toBe('3,125');
    expect(rows.find((r) => r[1] === '生师比')?.[3]).toBe('10.0 : 1');
    const scorecard = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['计分卡'], { header: 1, raw: true });
    expect(scorecard.find((r) => r[1] === '专业相关度')?.slice(3, 7)).toEqual(['68.5%', undefined, undefined, '学校年度数据']);
  });
});
