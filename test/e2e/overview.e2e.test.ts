// A new user opens the overview of the demo school, clicks the 双师型 card through to the teachers behind it, and
// switches the plan from 丽水 to 温州; the cards show exactly what the indicator handler computes.
import { afterAll, beforeAll, describe, expect, it, onTestFailed, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startWebHost, type WebHost } from '../../electron/web';
import { tempDataDir } from '../helpers/dataDir';
import { launchBrowser, screenshot } from '../helpers/browser';
import { formatIndicatorValue, formatTarget } from '../../renderer/pages/overview/indicatorText';

describe('overview, end to end', () => {
  let host: WebHost;
  let browser: Browser;
  let page: Page;
  const data = tempDataDir();
  const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 15_000, interval: 200 });

  beforeAll(async () => {
    host = await startWebHost({ dataDir: data.dir });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    data.cleanup();
  });

  const card = (id: string) => page.locator(`[data-indicator="${id}"]`);

  it('shows each indicator as computed, opens the records behind 双师型, and follows the chosen plan', async () => {
    onTestFailed(async () => void (await screenshot(page, 'overview-failure')));
    await page.goto(host.url);
    await page.getByRole('button', { name: '生成演示学校' }).click();
    await card('dualTeacherRatio').waitFor();

    const computed = await host.app.handlers['indicators.compute']({});
    for (const i of computed.indicators) {
      await eventually(async () => expect(await card(i.id).getByTestId('indicator-value').innerText()).toBe(formatIndicatorValue(i.unit, i.value)));
    }
    await screenshot(page, 'overview');

    const dual = computed.indicators.find((i) => i.id === 'dualTeacherRatio')!;
    expect(await card('dualTeacherRatio').getByTestId('indicator-target').innerText()).toContain(formatTarget(dual));
    await card('dualTeacherRatio').getByRole('button', { name: String(dual.numerator) }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '双师型教师占专业课教师比例：分子' });
    await modal.waitFor();
    await eventually(async () => expect(await modal.getByText(`共 ${dual.numerator} 条`).count()).toBe(1));
    const firstRowNo = (await modal.locator('.ant-table-row').first().locator('td').first().innerText()).trim();
    const behind = await host.app.handlers['indicators.drill']({ id: 'dualTeacherRatio', part: 'numerator' });
    expect(behind.rows.map((r) => r[0])).toContain(firstRowNo);
    await modal.getByRole('button', { name: /Close|关闭/ }).click();

    await page.getByRole('link', { name: '更换方案' }).click();
    await page.getByRole('radio', { name: /温州市/ }).click();
    await page.getByText('已更换指标方案').waitFor();
    await page.getByRole('menuitem', { name: '概览' }).click();
    await eventually(async () => expect(await page.getByTestId('preset-name').innerText()).toContain('温州市'));
    await eventually(async () => expect(await card('dualTeacherRatio').getByTestId('indicator-target').innerText()).toContain('目标 ≥ 90.0%'));
    expect(await card('seniorDualTeacherRatio').getByTestId('indicator-target').innerText()).toBe('本方案无目标');
  });
});
