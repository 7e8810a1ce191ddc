// The overview after last year's data is in: it opened on this year and showed 证书获取率 — and 技能大赛 0,
// which reads as "the import failed". Now an empty year says which years have records, and one click shows them.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { screenshot } from '../helpers/browser';
import { formHelpers, openE2eSession, type E2eSession } from '../helpers/e2eSession';
import { studentInput } from '../helpers/students';
import { todayIso } from '@shared/dates';
import { dispatch } from '@shared/dispatch';

describe('the overview on a year without records', () => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await openE2eSession({ width: 1366, height: 768 });
    const call = async (method: string, input: unknown) => {
      const r = await dispatch(session.host.app.handlers, method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.data as { id: number };
    };
    await call('school.setup', { name: '丽水市示范职业技术学校', type: '中职', cutoffDate: todayIso() });
    // last school year's graduates (entered 2022, three years), eight of ten with a qualifying certificate
    for (let i = 1; i <= 10; i++) {
      const s = await call('students.create', studentInput(i, { entryYear: 2022, status: '毕业' }));
      if (i <= 8) await call('certificates.create', { studentId: s.id, values: { kind: '职业技能等级证书', name: '电工', level: '四级', obtainedDate: '2025-05-10' } });
    }
  });
  afterAll(() => session?.close());

  it('says which years have records, and shows 2025 on one click', async () => {
    const { page, host } = session;
    const { eventually } = formHelpers(page);
    onTestFailed(async () => void (await screenshot(page, 'overview-year-failure')));
    await page.goto(host.url);
    const notice = page.getByTestId('empty-year');
    await notice.waitFor();
    const thisYear = Number(todayIso().slice(0, 4));
    expect(await notice.innerText()).toContain(`${thisYear}年度（${thisYear - 1}—${thisYear}学年）没有毕业生和技能大赛获奖记录`);
    await screenshot(page, 'overview-empty-year');
    await notice.getByRole('button', { name: '查看2025年度' }).click();
    await eventually(async () => expect(await page.getByLabel('统计年度').inputValue()).toBe('2025'));
    expect(await page.getByTestId('empty-year').count()).toBe(0);
    expect(await page.getByText('2024—2025学年').count()).toBeGreaterThan(0);
    const computed = await host.app.handlers['indicators.compute']({ year: 2025 });
    const rate = computed.indicators.find((i) => i.id.toLowerCase().includes('certificate'))!;
    expect(rate.value).toBeCloseTo(0.8);
    await eventually(async () => expect(await page.locator(`[data-indicator="${rate.id}"]`).getByTestId('indicator-value').innerText()).toBe('80.0%'));
    await screenshot(page, 'overview-2025');
  });
});
