// A registrar brings the county bureau's blank 教师信息统计表: uploads it under 报表导出 › 使用教育局模板, fixes the
// one column the app could not fill (备注 takes a fixed text), saves it, fills it and downloads the bureau's own
// workbook with the school's teachers in it; the next time the template is in the list and fills with one click.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { screenshot } from '../helpers/browser';
import { formHelpers, openE2eSession, type E2eSession } from '../helpers/e2eSession';
import { bureauTemplate } from '../helpers/bureauTemplates';
import { dispatch } from '@shared/dispatch';

describe('a bureau template, end to end', () => {
  let session: E2eSession;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vet-template-'));
  let staff: { staffNo: string; name: string }[] = [];
  beforeAll(async () => {
    session = await openE2eSession({ width: 1366, height: 768 });
    const r = await dispatch(session.host.app.handlers, 'demo.generate', { type: '中职' });
    if (!r.ok) throw new Error(r.error.message);
    const list = await dispatch(session.host.app.handlers, 'staff.list', { sortBy: 'staffNo', sortOrder: 'asc', pageSize: 500 });
    if (!list.ok) throw new Error(list.error.message);
    staff = (list.data as { rows: typeof staff }).rows;
  });
  afterAll(async () => {
    await session?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const filledSheet = async (download: Promise<import('playwright-core').Download>) => {
    const file = path.join(dir, `${Date.now()}.xlsx`);
    await (await download).saveAs(file);
    return XLSX.read(fs.readFileSync(file)).Sheets['教师信息'];
  };

  it('uploads, fixes one match, fills and downloads; next time fills with one click', async () => {
    const { page, host } = session;
    const { eventually } = formHelpers(page);
    onTestFailed(async () => void (await screenshot(page, 'bureau-template-failure')));
    const blank = path.join(dir, '某县职业学校教师信息统计表.xlsx');
    fs.writeFileSync(blank, await bureauTemplate({ blankRows: 10, totalRow: true, twoRowHeader: true }));

    await page.goto(`${host.url}#/reports`);
    await page.getByRole('tab', { name: '使用教育局模板' }).click();
    await page.locator('input[type=file]').setInputFiles(blank);
    await page.getByText('在工作表“教师信息”第 3、4 行找到表头，从第 5 行起填写教职工信息明细。').waitFor();
    const remark = page.getByLabel('“备注（教育局填）”填入');
    expect(await remark.locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').innerText()).toContain('（留空）');
    await remark.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^（固定文字）$/ }).click();
    await page.getByLabel('“备注（教育局填）”的固定文字').fill('学校已核对');
    await page.getByLabel('模板名称').fill('县教师信息统计表');
    // after the drop-down's closing motion
    await page.waitForTimeout(400);
    await screenshot(page, 'bureau-template-matches');
    await page.getByRole('button', { name: '保存模板' }).click();
    await page.getByText('已保存模板“县教师信息统计表”').waitFor();

    const row = page.locator('.ant-table-row').filter({ hasText: '县教师信息统计表' });
    let sheet = await filledSheet(Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: '填写并下载' }).click()]).then(([d]) => d));
    expect(sheet.A1.v).toBe('某县教育局 职业学校教师信息统计表（2025年）');
    expect([sheet.A5.v, sheet.B5.v, sheet.C5.v, sheet.H5.v]).toEqual([1, staff[0].staffNo, staff[0].name, '学校已核对']);
    expect(sheet[`C${4 + staff.length}`].v).toBe(staff.at(-1)!.name);
    expect(sheet[`A${5 + staff.length}`].v).toBe('合计');
    await screenshot(page, 'bureau-template-list');

    // another day: the template is in the list and fills with one click
    await page.reload();
    await page.getByRole('tab', { name: '使用教育局模板' }).click();
    await eventually(async () => expect(await row.count()).toBe(1));
    sheet = await filledSheet(Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: '填写并下载' }).click()]).then(([d]) => d));
    expect(sheet.H6.v).toBe('学校已核对');
  });
});
