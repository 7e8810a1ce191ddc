// 设置 › 局域网访问 (DESIGN §12): off by default; switched on, the program that serves the window also serves the school
// network on the port chosen, gives its addresses with a QR code each, serves it again after a restart, and stops when
// switched off. A port another program holds is refused in plain words.
import crypto from 'node:crypto';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '@shared/dispatch';
import { MODE_META } from '@shared/transport';
import type { NetworkStatus } from '@shared/contract/network';
import { startWebHost, type WebHost } from '../../../electron/web';
import { tempDataDir } from '../../helpers/dataDir';
import { freePort } from '../../helpers/ports';
import { httpsRequest } from '../../helpers/schoolHttps';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});


async function open(dir: string): Promise<WebHost> {
  const host = await startWebHost({ dataDir: dir, networkHost: '127.0.0.1' });
  cleanups.push(() => host.close());
  return host;
}

const call = async (host: WebHost, method: string, input: unknown) => {
  const r = await dispatch(host.app.handlers, method, input);
  return r.ok ? r.data : r.error;
};

describe('局域网访问', () => {
  it('is off until switched on, then serves the sign-in page on the port, again after a restart, until switched off', async () => {
    const data = tempDataDir();
    cleanups.push(data.cleanup);
    let host = await open(data.dir);
    await call(host, 'school.setup', { name: '丽水市示范职业技术学校', type: '中职', cutoffDate: '2025-08-31' });
    expect(await call(host, 'network.get', {})).toEqual({ enabled: false, port: 8080, addresses: [], certificate: null, available: true });

    const port = await freePort();
    const on = (await call(host, 'network.set', { enabled: true, port })) as NetworkStatus;
    expect(on.enabled).toBe(true);
    const address = on.addresses.find((a) => a.url === `https://localhost:${port}/`)!;
    expect(address.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    // as a teacher does the first time: take the certificate the page is served with, check its fingerprint against the
    // one the administrator's page shows, and trust it from then on
    const served = (await httpsRequest(new URL(on.certificate!.path, address.url).href, null)).body;
    expect(new crypto.X509Certificate(served).fingerprint256).toBe(on.certificate!.fingerprint);
    expect(on.certificate!.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const get = (url: string) => httpsRequest(url, served);
    expect((await get(address.url)).body).toContain(`<meta name="${MODE_META}" content="lan">`);
    expect((await httpsRequest(new URL('/rpc/staff.list', address.url).href, served, {}, 'POST')).status).toBe(401);
    const audit = (await call(host, 'audit.list', { pageSize: 10 })) as { rows: { label: string }[] };
    expect(audit.rows.map((r) => r.label)).toContain(`局域网访问：开启（端口 ${port}）`);

    await host.close();
    cleanups.pop();
    host = await open(data.dir);
    const again = (await call(host, 'network.get', {})) as NetworkStatus;
    expect([again.enabled, again.certificate?.fingerprint], 'served again after a restart, with the same certificate').toEqual([true, on.certificate!.fingerprint]);
    expect((await get(address.url)).status).toBe(200);

    await call(host, 'network.set', { enabled: false, port });
    await expect(get(address.url)).rejects.toThrow(/ECONNREFUSED/);
    expect(((await call(host, 'network.get', {})) as { enabled: boolean }).enabled).toBe(false);
  });

  it('says so when another program holds the port', async () => {
    const data = tempDataDir();
    cleanups.push(data.cleanup);
    const host = await open(data.dir);
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    const { port } = blocker.address() as net.AddressInfo;
    expect(await call(host, 'network.set', { enabled: true, port })).toEqual({ code: 'CONFLICT', message: `端口 ${port} 已被其他程序占用，请换一个端口` });
  });
});
