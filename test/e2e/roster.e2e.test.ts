// The demo school's 1,200 students in a real Chromium: a page of 500 draws only the rows in view and scrolls to its
// last, and a name typed from its start finds the same students as the list's method.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { screenshot } from '../helpers/browser';
import { formHelpers, openE2eSession, type E2eSession } from '../helpers/e2eSession';

describe('student roster, virtualised', () => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await openE2eSession();
  });
  afterAll(() => session?.close());

  it('scrolls a page of 500 drawing only the rows in view, and searches as the registrar types', async () => {
    const { page, host } = session;
    const { eventually } = formHelpers(page);
    onTestFailed(async () => void (await screenshot(page, 'roster-failure')));
    await page.goto(host.url);
    await page.getByRole('button', { name: '生成演示学校' }).click();
    await page.getByRole('menuitem', { name: '学生' }).click();
    await page.getByText('共 1,200 人').waitFor();

    await page.locator('.ant-pagination-options .ant-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '500 条/页' }).click();
    const expected = (await host.app.handlers['students.list']({ sortBy: 'studentNo', sortOrder: 'asc', page: 1, pageSize: 500 })).rows;
    const rows = page.locator('.ant-table-row');
    await rows.filter({ hasText: expected[0].studentNo }).waitFor();
    expect(await rows.count()).toBeLessThan(60);
    await screenshot(page, 'roster-500');

    await rows.first().hover();
    await eventually(async () => {
      await page.mouse.wheel(0, 5000);
      expect(await rows.filter({ hasText: expected[499].studentNo }).count()).toBe(1);
    });
    // drawn as it comes into view, the first rows no longer
    expect(await rows.filter({ hasText: expected[0].studentNo }).count()).toBe(0);
    expect(await rows.count()).toBeLessThan(60);

    const typed = expected[0].name.slice(0, 2);
    await page.getByLabel('搜索学生').fill(typed);
    const found = await host.app.handlers['students.list']({ search: typed, sortBy: 'studentNo', sortOrder: 'asc', page: 1, pageSize: 500 });
    await page.getByText(`共 ${found.total.toLocaleString('zh-CN')} 人`).waitFor();
    await rows.filter({ hasText: found.rows[0].studentNo }).waitFor();
    for (const name of await rows.locator('.ant-table-cell:nth-child(2)').allInnerTexts()) expect(name.startsWith(typed)).toBe(true);
  });
});
