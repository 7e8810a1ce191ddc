// The browser host serves only this machine, and only a page that holds its token and comes from its own origin.
import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/web';
import { TOKEN_HEADER } from '@shared/transport';
import { tempDataDir } from '../../helpers/dataDir';
import { exportDataPackage } from '../../../db/dataPackage';
import { MAX_IMPORT_BYTES } from '@shared/import';

function request(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('browser host', () => {
  const data = tempDataDir();
  let host: WebHost;
  beforeAll(async () => {
    host = await startWebHost({ dataDir: data.dir });
  });
  afterAll(async () => {
    await host.close();
    data.cleanup();
  });

  const rpc = (headers: Record<string, string>) =>
    request(`${host.url}rpc/school.get`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"input":{}}' });

  it('listens on 127.0.0.1 only', () => {
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
  });

  it('answers a call that carries the token from its own origin', async () => {
    const res = await rpc({ [TOKEN_HEADER]: host.token, origin: host.url.replace(/\/$/, '') });
    expect(JSON.parse(res.body)).toEqual({ ok: true, data: null });
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    for (const headers of [{}, { [TOKEN_HEADER]: 'guess' }] as Record<string, string>[]) {
      const res = await rpc(headers);
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body).error.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a call from a page of another origin even with the token', async () => {
    const res = await rpc({ [TOKEN_HEADER]: host.token, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error.message).toContain('拒绝来自其他网页的请求');
  });

  // DNS rebinding: a page on evil.example resolves its own name to 127.0.0.1 and reads the page that holds the token.
  it('serves neither the token page nor the data for a forged Host', async () => {
    const port = new URL(host.url).port;
    for (const forged of [`evil.example:${port}`, 'evil.example', `localhost.evil.example:${port}`, `127.0.0.1:${Number(port) + 1}`]) {
      const page = await request(host.url, { headers: { host: forged } });
      expect(page.status, forged).toBe(421);
      expect(page.body).not.toContain(host.token);
      const call = await rpc({ [TOKEN_HEADER]: host.token, host: forged });
      expect(call.status, forged).toBe(421);
      expect(JSON.parse(call.body).error.message).toContain('不是本程序的地址');
    }
    const own = await request(host.url);
    expect(own.status).toBe(200);
    expect(own.body).toContain(host.token);
  });

  it('refuses a page request sent from another origin', async () => {
    const page = await request(host.url, { headers: { origin: 'http://evil.example' } });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain(host.token);
  });

  it('accepts calls by POST only', async () => {
    const res = await request(`${host.url}rpc/school.get`, { headers: { [TOKEN_HEADER]: host.token } });
    expect(res.status).toBe(405);
  });

  it('serves the page with the token and a CSP that allows no inline script, and never a file outside the UI folder', async () => {
    const page = await request(host.url);
    expect(page.body).toContain(host.token);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    const traversal = await request(`${host.url}..%2f..%2fpackage.json`);
    expect(traversal.body).not.toContain('"name": "vet-ledger"');
  });

  // A data package over 100 MB dropped the connection with no message (docs/SECURITY.md). Last: it replaces the data.
  const post = (method: string, body: string) =>
    fetch(`${host.url}rpc/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token }, body });

  it('imports a 110 MB data package', async () => {
    const evidence = path.join(data.dir, 'evidence');
    fs.mkdirSync(evidence, { recursive: true });
    fs.writeFileSync(path.join(evidence, '00000000-0000-4000-8000-000000000000.pdf'), crypto.randomBytes(110 * 1024 * 1024));
    const bytes = await exportDataPackage(host.app.store);
    expect(bytes.length).toBeGreaterThan(110 * 1024 * 1024);
    const res = await post('package.import', JSON.stringify({ input: { fileName: '学校.vldata', base64: bytes.toString('base64') } }));
    expect(await res.json()).toMatchObject({ ok: true, data: { evidenceFiles: 1 } });
  }, 120_000);

  it('answers a body past its limit with a plain message once it has been sent, not a dropped connection', async () => {
    const res = await post('import.inspect', 'x'.repeat(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 2 * 1024 * 1024));
    expect(res.status).toBe(413);
    const body = (await res.json()) as { ok: boolean; error: { message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.message).toContain('超过 100 MB');
  }, 60_000);
});
