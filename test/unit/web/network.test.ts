// 设置 › 局域网访问 (DESIGN §12): off by default; switched on, the program that serves the window also serves the school
// network on the port chosen, gives its addresses with a QR code each, serves it again after a restart, and stops when
// switched off. A port another program holds is refused in plain words.
import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '@shared/dispatch';
import { MODE_META } from '@shared/transport';
import { startWebHost, type WebHost } from '../../../electron/web';
import { tempDataDir } from '../../helpers/dataDir';
import { freePort } from '../../helpers/ports';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});


/** A request on a fresh connection each time: the servers here stop and start on the same port. */
function get(url: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

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
    expect(await call(host, 'network.get', {})).toEqual({ enabled: false, port: 8080, addresses: [], available: true });

    const port = await freePort();
    const on = (await call(host, 'network.set', { enabled: true, port })) as { enabled: boolean; addresses: { url: string; qrSvg: string }[] };
    expect(on.enabled).toBe(true);
    const address = on.addresses.find((a) => a.url === `http://localhost:${port}/`)!;
    expect(address.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect((await get(address.url)).body).toContain(`<meta name="${MODE_META}" content="lan">`);
    expect((await get(new URL('/rpc/staff.list', address.url).href, 'POST')).status).toBe(401);
    const audit = (await call(host, 'audit.list', { pageSize: 10 })) as { rows: { label: string }[] };
    expect(audit.rows.map((r) => r.label)).toContain(`局域网访问：开启（端口 ${port}）`);

    await host.close();
    cleanups.pop();
    host = await open(data.dir);
    expect(((await call(host, 'network.get', {})) as { enabled: boolean }).enabled).toBe(true);
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
