// A registrar copies 20 students' certificates from the sheet a class teacher sent (its own column order, its own
// header words) and pastes them into 批量录入 with Ctrl+V: two cells are flagged with their reasons, fixed in the
// grid, and the 20 certificates are saved, all at once.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { screenshot } from '../helpers/browser';
import { formHelpers, openE2eSession, type E2eSession } from '../helpers/e2eSession';
import { handlerCall } from '../helpers/hostCall';
import { studentInput } from '../helpers/students';
import { makeIdCard } from '../helpers/people';

const NAMES = ['赵一鸣', '钱佳怡', '孙浩然', '李雨桐', '周子涵', '吴俊杰', '郑欣怡', '王梓轩', '冯诗琪', '陈宇航', '褚雅琳', '卫明哲', '蒋思远', '沈若曦', '韩嘉豪', '杨可馨', '朱晨阳', '秦语嫣', '尤皓轩', '许梦瑶'];

/** The block as Excel puts it on the clipboard: tabs between cells, CRLF after every row, the last one too. */
function clipboardBlock(): string {
  const header = ['学号', '姓名', '证书类型', '证书名称', '证书等级', '发证单位', '获证时间'];
  const rows = NAMES.map((name, i) => {
    const n = i + 1;
    const number = n === 7 ? 'S00077' : `S${String(n).padStart(5, '0')}`; // a 学号 mistyped: no such student
    const date = n === 12 ? '2025-13-05' : `2025-0${(n % 6) + 1}-1${n % 9}`; // a month that does not exist
    return [number, name, n % 3 ? '职业技能等级证书' : '职业资格证书', n % 2 ? '电工' : '计算机程序设计员', '四级/中级工', '浙江省职业技能鉴定中心', date];
  });
  return [header, ...rows].map((r) => r.join('\t')).join('\r\n') + '\r\n';
}

describe('20 certificates pasted from Excel into 批量录入', () => {
  let session: E2eSession;
  const call = (method: string, input: unknown) => handlerCall(session)(method, input);
  beforeAll(async () => {
    session = await openE2eSession({ width: 1366, height: 768 });
    await call('school.setup', { name: '温州市瓯海职业中专', type: '中职', cutoffDate: '2025-08-31' });
    for (const [i, name] of NAMES.entries()) await call('students.create', studentInput(i + 1, { name }));
  });
  afterAll(() => session?.close());

  it('flags two cells, takes their fixes in place and saves the 20', async () => {
    const { page, host } = session;
    const { eventually } = formHelpers(page);
    onTestFailed(async () => void (await screenshot(page, 'paste-grid-failure')));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.url });
    await page.goto(`${host.url}#/batch?kind=certificates`);
    const grid = page.getByRole('grid', { name: '批量录入表格' });
    await grid.waitFor();
    await screenshot(page, 'paste-grid-empty');

    // the first cell, then Ctrl+V of what Excel copied
    await grid.getByRole('gridcell').nth(1).click();
    await page.evaluate((text) => navigator.clipboard.writeText(text), clipboardBlock());
    await page.keyboard.press('Control+V');

    const problems = page.getByRole('list', { name: '需要修改的格' });
    await problems.waitFor({ timeout: 15_000 });
    const items = problems.getByRole('listitem');
    await eventually(async () => expect(await items.count()).toBe(2));
    expect(await items.nth(0).innerText()).toMatch(/^第 7 行“学号”：.*S00077/);
    expect(await items.nth(1).innerText()).toMatch(/^第 12 行“取得日期”/);
    // the cells are red where they are, with the reason on hover
    const flagged = grid.locator('.paste-grid-problem');
    expect(await flagged.count()).toBe(2);
    await flagged.nth(1).hover();
    await page.locator('.ant-tooltip:visible').filter({ hasText: '真实存在的日期' }).waitFor();
    await screenshot(page, 'paste-grid-flagged');
    expect(await page.getByRole('button', { name: /保存/ }).isDisabled()).toBe(true);

    // fixed in the grid: a cell is retyped by typing over it, as in a spreadsheet
    for (const [cell, value] of [[flagged.nth(0), 'S00007'], [flagged.nth(1), '2025-03-05']] as const) {
      await cell.click();
      await page.keyboard.type(value);
      await page.keyboard.press('Enter');
    }
    await page.getByText('20 行全部通过检查：可新增 20 条').waitFor({ timeout: 15_000 });
    expect(await grid.locator('.paste-grid-problem').count()).toBe(0);
    await page.getByRole('button', { name: '保存 20 条' }).click();
    await page.getByText('已保存：新增 20 条，更新 0 条').waitFor({ timeout: 15_000 });
    await screenshot(page, 'paste-grid-saved');

    // the 20 certificates are there, each with its student, and the two fixed as typed
    const all = await Promise.all(
      NAMES.map(async (_, i) => {
        const student = (await call('students.list', { search: `S${String(i + 1).padStart(5, '0')}` })) as { rows: { id: number }[] };
        return (await call('certificates.list', { studentId: student.rows[0].id })) as { name: string; obtainedDate: string; kind: string }[];
      }),
    );
    expect(all.map((c) => c.length)).toEqual(NAMES.map(() => 1));
    expect(all[11][0].obtainedDate).toBe('2025-03-05');
    expect(all[6][0]).toMatchObject({ kind: '职业技能等级证书', name: '电工' });
    const audit = (await call('audit.list', { action: '导入' })) as { rows: { label: string }[] };
    expect(audit.rows.some((r) => /导入学生证书：批量录入，新增 20 条/.test(r.label))).toBe(true);
  });

  it('opens 批量录入 with the block when Ctrl+V is pressed on the staff list, and saves the teachers', async () => {
    const { page, host } = session;
    onTestFailed(async () => void (await screenshot(page, 'paste-staff-failure')));
    await page.goto(host.url);
    await page.getByTestId('first-steps').waitFor();
    await screenshot(page, 'overview-first-steps');
    await page.getByRole('menuitem', { name: '教职工' }).click();
    await page.getByText('还没有教职工。').waitFor();
    // after the list's loading fade
    await page.waitForTimeout(800);
    await screenshot(page, 'staff-first-steps');
    // WPS copies with LF line ends and the header the school uses
    const block = [
      ['职工号', '姓名', '身份证号码', '到校时间', '岗位类型', '职称'],
      ['W001', '黄海', makeIdCard('1983-02-11', '男', 21), '2008-09-01', '专任教师', '讲师'],
      ['W002', '林芳', makeIdCard('1990-07-30', '女', 22), '2014-08-25', '专任教师', '高级讲师'],
      ['W003', '郑强', makeIdCard('1979-12-01', '男', 23), '2001-09-01', '行政人员', ''],
    ]
      .map((r) => r.join('\t'))
      .join('\n');
    await page.evaluate((text) => navigator.clipboard.writeText(text), block);
    await page.locator('body').click({ position: { x: 700, y: 40 } });
    await page.keyboard.press('Control+V');
    await page.waitForURL(/#\/batch\?kind=staff/);
    await page.getByText('3 行全部通过检查：可新增 3 条').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: '保存 3 条' }).click();
    await page.getByText('已保存：新增 3 条，更新 0 条').waitFor({ timeout: 15_000 });
    const staff = (await call('staff.list', { search: 'W00' })) as { rows: { staffNo: string; title: string | null; postCategory: string }[] };
    expect(staff.rows.map((r) => [r.staffNo, r.title, r.postCategory])).toEqual([
      ['W001', '中级', '专任教师'],
      ['W002', '副高级', '专任教师'],
      ['W003', null, '行政人员'],
    ]);
  });
});
