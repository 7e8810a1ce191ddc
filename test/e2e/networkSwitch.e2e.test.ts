// An administrator at the school's computer switches 局域网访问 on, sees the address with its QR code, creates a
// teacher's account and reads its one-time password; the teacher opens that address on a phone and signs in.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, screenshot, trusting } from '../helpers/browser';
import { httpsRequest } from '../helpers/schoolHttps';
import { openE2eSession, type E2eSession } from '../helpers/e2eSession';
import { handlerCall } from '../helpers/hostCall';
import { staffInput } from '../helpers/people';
import { freePort } from '../helpers/ports';


describe('局域网访问 switched on from the window', () => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await openE2eSession({ width: 1366, height: 768 }, { networkHost: '127.0.0.1' });
    const call = handlerCall(session);
    await call('school.setup', { name: '丽水市示范职业技术学校', type: '中职', cutoffDate: '2025-08-31' });
    await call('staff.create', staffInput({ name: '陈静' }, 1));
  });
  afterAll(() => session?.close());

  it('serves the school network, makes a teacher account, and the teacher signs in on a phone', async () => {
    const { page, host } = session;
    onTestFailed(async () => void (await screenshot(page, 'network-switch-failure')));
    await page.goto(host.url);
    await page.getByRole('menuitem', { name: '局域网访问' }).click();
    const port = await freePort();
    await page.getByLabel('端口').fill(String(port));
    await page.getByRole('switch', { name: '局域网访问' }).click();
    const addresses = page.getByTestId('network-addresses');
    await addresses.getByText(`https://localhost:${port}/`).waitFor();
    expect(await addresses.locator('img').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: '新增账号' }).click();
    await page.getByLabel('登录名').fill('chenjing');
    await page.getByLabel('姓名').fill('陈静');
    await page.getByLabel('工号').fill('T0001');
    await page.getByRole('button', { name: /创\s*建/ }).click();
    const password = (await page.getByTestId('one-time-password').innerText()).trim();
    expect(password).toMatch(/^[A-Za-z0-9]{12}$/);
    await screenshot(page, 'network-switched-on');
    await page.getByRole('button', { name: /已记下/ }).click();
    await page.locator('.ant-table-row').filter({ hasText: 'chenjing' }).getByText('正常').waitFor();

    // the teacher's browser is told to accept the certificate the page shows the fingerprint of, and no other
    const shown = (await page.getByTestId('certificate-fingerprint').innerText()).replace(/\s+/g, '');
    const served = (await httpsRequest(`https://localhost:${port}/school-certificate.crt`, null)).body;
    expect(new crypto.X509Certificate(served).fingerprint256).toBe(shown);
    const browser = await launchBrowser(trusting(served));
    try {
      const phone = await browser.newPage({ viewport: { width: 375, height: 667 }, locale: 'zh-CN' });
      // typed without https://, as a teacher would
      await phone.goto(`http://localhost:${port}/`);
      expect(phone.url()).toBe(`https://localhost:${port}/`);
      await phone.getByLabel('登录名').fill('chenjing');
      await phone.getByLabel('密码').fill(password);
      await phone.getByRole('button', { name: /登\s*录/ }).click();
      await phone.getByText('设置自己的密码', { exact: true }).waitFor();
      await screenshot(phone, 'network-teacher-own-password');
      await phone.getByLabel('当前密码（一次性密码）').fill(password);
      await phone.getByLabel('新密码', { exact: true }).fill('jing-2025-chen');
      await phone.getByLabel('再输一次新密码').fill('jing-2025-chen');
      await phone.getByRole('button', { name: /保存新密码/ }).click();
      await phone.getByText('我的企业实践').waitFor();
      await screenshot(phone, 'network-teacher-phone');
    } finally {
      await browser.close();
    }
  });
});
