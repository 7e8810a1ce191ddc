// A real Chromium (Debian's), driven by playwright-core, for the e2e tests. Never downloads a browser.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve('test/e2e/artifacts');

/** The flag that has Chromium accept exactly this certificate (by its public key), as a school computer that has
 * installed the school's certificate does: any other certificate on that address is still refused. */
export function trusting(certificatePem: string): string {
  const spki = new crypto.X509Certificate(certificatePem).publicKey.export({ type: 'spki', format: 'der' });
  return `--ignore-certificate-errors-spki-list=${crypto.createHash('sha256').update(spki).digest('base64')}`;
}

export async function launchBrowser(...extraArgs: string[]): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`找不到 Chromium（${CHROMIUM}）：请安装 Debian 的 chromium 软件包（.ci/run 会自动安装）`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
