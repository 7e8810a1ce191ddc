// A new user opens the overview of the demo school, clicks the 双师型 card through to the teachers behind it, and
// switches the plan from 丽水 to 温州 and exports the 质量年报 pack. The overview's cards, the CLI's indicators and the
// exported 质量年报数据表 agree, figure by figure.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { screenshot } from '../helpers/browser';
import { formHelpers, openE2eSession, type E2eSession } from '../helpers/e2eSession';
import { formatIndicatorValue, formatMet, formatTarget } from '@shared/format';
import { runCli } from '../../electron/cli';

describe('overview, end to end', () => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await openE2eSession({ width: 1440, height: 900 });
  });
  afterAll(() => session?.close());

  const card = (id: string) => session.page.locator(`[data-indicator="${id}"]`);

  it('shows each indicator as computed, opens the records behind 双师型, and follows the chosen plan', async () => {
    const { page, host } = session;
    const { eventually } = formHelpers(page);
    const dataDir = host.app.store.dataDir;
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

    // the same figures three ways: the cards on screen, the CLI, the exported workbook
    const now = await host.app.handlers['indicators.compute']({});
    const onScreen = new Map<string, string>();
    for (const i of now.indicators) onScreen.set(i.id, await card(i.id).getByTestId('indicator-value').innerText());

    const out: string[] = [];
    expect(await runCli(['--data', dataDir, 'indicators', '--json'], { out: (t) => out.push(t), err: () => {} })).toBe(0);
    const cli = JSON.parse(out.join('')) as { preset: string; indicators: { id: string; numerator: number | null; denominator: number | null; value: number | null; target: number | null; met: boolean | null }[] };
    expect(cli.preset).toBe('wenzhou-2023');

    await page.getByRole('menuitem', { name: '报表导出' }).click();
    await page.getByRole('radio', { name: /质量年报数据包/ }).click();
    // previewed first, as a job off the serving thread: a tab per sheet, the data table's rows counted
    await page.getByRole('button', { name: /预\s*览/ }).click();
    await expect.poll(() => page.getByRole('tab', { name: '质量年报数据表' }).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByText(`共 ${now.indicators.length} 行`).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: /导出 Excel/ }).isEnabled()).toBe(true);
    await screenshot(page, 'reports-preview');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Excel/ }).click()]);
    const saved = path.join(dataDir, 'pack.xlsx');
    await download.saveAs(saved);
    const book = XLSX.read(fs.readFileSync(saved));
    expect(book.SheetNames[0]).toBe('质量年报数据表');
    expect(book.SheetNames.length).toBeGreaterThan(2);
    const table = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['质量年报数据表'], { header: 1, raw: true });
    const rowOf = (label: string) => table.find((r) => r[1] === label)!;

    for (const i of now.indicators) {
      const fromCli = cli.indicators.find((c) => c.id === i.id)!;
      expect(fromCli).toEqual({ id: i.id, label: i.label, numerator: i.numerator, denominator: i.denominator, value: i.value, target: i.target, direction: i.direction, met: i.met });
      expect(onScreen.get(i.id)).toBe(formatIndicatorValue(i.unit, fromCli.value));
      const row = rowOf(i.label);
      expect(row[2] ?? null).toBe(i.numerator);
      expect(row[3] ?? null).toBe(i.denominator);
      expect(row[4]).toBe(onScreen.get(i.id));
      expect(row[6]).toBe(formatMet(i.met));
    }
  });
});
