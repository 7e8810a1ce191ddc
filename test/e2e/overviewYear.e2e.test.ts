// The overview after last year's data is in: it opened on the calendar year and showed 证书获取率 — and 技能大赛 0,
// which reads as "the import failed". Now it opens on the statistics year (the school year of the cut-off), the
// cards below follow the year chosen, and a year without records says which years have them, one click away.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { screenshot } from '../helpers/browser';
import { formHelpers, openE2eSession, type E2eSession } from '../helpers/e2eSession';
import { studentInput } from '../helpers/students';
import { dispatch } from '@shared/dispatch';

describe('the overview opens on the statistics year', () => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await openE2eSession({ width: 1366, height: 768 });
    const call = async (method: string, input: unknown) => {
      const r = await dispatch(session.host.app.handlers, method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.data as { id: number };
    };
    // the statistics cut-off closes the 2024—2025 school year
    await call('school.setup', { name: '丽水市示范职业技术学校', type: '中职', cutoffDate: '2025-08-31' });
    // last school year's graduates (entered 2022, three years), eight of ten with a qualifying certificate
    for (let i = 1; i <= 10; i++) {
      const s = await call('students.create', studentInput(i, { entryYear: 2022, status: '毕业' }));
      if (i <= 8) await call('certificates.create', { studentId: s.id, values: { kind: '职业技能等级证书', name: '电工', level: '四级', obtainedDate: '2025-05-10' } });
    }
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
