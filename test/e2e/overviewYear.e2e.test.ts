// The overview after last year's data is in: it opened on the calendar year and showed 证书获取率 — and 技能大赛 0,
// which reads as "the import failed". Now it opens on the statistics year (the school year of the cut-off), the
// cards below follow the year chosen, and a year without records says which years have them, one click away.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { screenshot } from '../helpers/browser';
import { formHelpers, openE2eSession, type E2eSession } from '../helpers/e2eSession';
import { handlerCall } from '../helpers/hostCall';
import { studentInput } from '../helpers/students';

describe('the overview opens on the statistics year', () => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await openE2eSession({ width: 1366, height: 768 });
    const call = handlerCall(session);
    /** A CSV through the import, with the mapping it suggests, as a registrar takes it. */
    const importCsv = async (kind: string, rows: string[][]) => {
      const source = { kind, fileName: `${kind}.csv`, base64: Buffer.from(rows.map((r) => r.join(',')).join('\r\n')).toString('base64') };
      const inspection = (await call('import.inspect', source)) as { columns: { column: number; field: string | null }[] };
      const done = (await call('import.commit', { ...source, mapping: inspection.columns.map((c) => ({ column: c.column, field: c.field })), mode: 'upsert' })) as { rejected: unknown[] };
      expect(done.rejected).toEqual([]);
    };
    // the statistics cut-off closes the 2024—2025 school year
    await call('school.setup', { name: '丽水市示范职业技术学校', type: '中职', cutoffDate: '2025-08-31' });
    // last school year's graduates (entered 2022, three years) imported, eight of ten with a qualifying certificate
    const graduates = Array.from({ length: 10 }, (_, i) => studentInput(i + 1));
    await importCsv('students', [['学号', '姓名', '身份证号', '入学年份', '学制', '学籍状态'], ...graduates.map((g) => [g.studentNo, g.name, g.idCard, '2022', '三年制', '毕业'])]);
    await importCsv('certificates', [['学号', '姓名', '证书类别', '证书名称', '等级', '取得日期'], ...graduates.slice(0, 8).map((g) => [g.studentNo, g.name, '职业技能等级证书', '电工', '四级', '2025-05-10'])]);
  });
  afterAll(() => session?.close());

  it("shows last year's figures at once, and a later year says where the records are", async () => {
    const { page, host } = session;
    const { eventually } = formHelpers(page);
    onTestFailed(async () => void (await screenshot(page, 'overview-year-failure')));
    const computed = await host.app.handlers['indicators.compute']({ year: 2025 });
    const rate = computed.indicators.find((i) => i.id.toLowerCase().includes('certificate'))!;
    expect(rate.value).toBeCloseTo(0.8);
    const rateCard = page.locator(`[data-indicator="${rate.id}"]`).getByTestId('indicator-value');

    await page.goto(host.url);
    await eventually(async () => expect(await rateCard.innerText()).toBe('80.0%'));
    expect(await page.getByLabel('统计年度').inputValue()).toBe('2025');
    expect(await page.getByText('（2024—2025学年）').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('empty-year').count()).toBe(0);
    // the card below the indicators is the same year's
    const lower = page.locator('.ant-card').filter({ hasText: '学生证书与技能大赛（2025年度，2024—2025学年）' });
    await eventually(async () => expect(await lower.getByText('80.0%').count()).toBe(1));
    // what each figure covers for this period, in one place
    await page.getByRole('button', { name: '统计口径' }).click();
    const statements = page.getByTestId('period-statements');
    await statements.waitFor();
    expect(await statements.innerText()).toContain('2024—2025学年（2024-09-01至2025-08-31）');
    expect(await statements.innerText()).toContain('2020-09-01至2025-08-31的实践天数');
    await screenshot(page, 'overview-period-statements');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '统计口径' }).click();
    await screenshot(page, 'overview-2025');

    // a cut-off a year on moves the statistics year with it: no records there, and the notice says so
    await page.getByLabel('统计截止日期').click();
    await page.getByLabel('统计截止日期').fill('2026-08-31');
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await page.getByLabel('统计年度').inputValue()).toBe('2026'));
    const notice = page.getByTestId('empty-year');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('2026年度（2025—2026学年）没有毕业生和技能大赛获奖记录');
    await page.getByText('学生证书与技能大赛（2026年度，2025—2026学年）').waitFor();
    await screenshot(page, 'overview-empty-year');
    await notice.getByRole('button', { name: '查看2025年度' }).click();
    await eventually(async () => expect(await page.getByLabel('统计年度').inputValue()).toBe('2025'));
    await eventually(async () => expect(await rateCard.innerText()).toBe('80.0%'));
    expect(await page.getByTestId('empty-year').count()).toBe(0);
  });
});
