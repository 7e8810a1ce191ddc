// One e2e session: the browser host on a fresh data folder, a real Chromium page on it, and the few ways a test
// finds and fills the Ant Design form fields by their visible labels.
import { vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startWebHost, type WebHost, type WebHostOptions } from '../../electron/web';
import { tempDataDir } from './dataDir';
import { launchBrowser } from './browser';

export interface E2eSession {
  host: WebHost;
  page: Page;
  close(): Promise<void>;
}

export async function openE2eSession(viewport = { width: 1366, height: 860 }, options: Partial<WebHostOptions> = {}): Promise<E2eSession> {
  const data = tempDataDir();
  // 局域网访问, if a test switches it on, on loopback
  const host = await startWebHost({ networkHost: '127.0.0.1', ...options, dataDir: data.dir });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport, locale: 'zh-CN' });
    return {
      host,
      page,
      close: async () => {
        await browser?.close();
        await host.close();
        data.cleanup();
      },
    };
  } catch (e) {
    await host.close();
    data.cleanup();
    throw e;
  }
}

export function formHelpers(page: Page) {
  const field = (label: string) => page.locator('form').getByLabel(label, { exact: true });
  return {
    eventually: (check: () => Promise<void>) => vi.waitFor(check, { timeout: 10_000, interval: 100 }),
    field,
    formItem: (label: string) => page.locator('form .ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) }),
    /** Opens a select by its label and clicks the option with exactly this text. */
    pick: async (label: string, option: string) => {
      await field(label).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).click();
    },
  };
}
