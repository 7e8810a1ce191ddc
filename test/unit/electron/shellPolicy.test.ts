import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isExternalHttpsUrl,
  isPathInside,
  rendererFileFor,
  serveRendererFile,
} from '../../../electron/shellPolicy';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts from the app only: no inline script, no eval', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('locks down objects, base URI, framing and connections', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe('isAppUrl', () => {
  it('accepts pages of our app:// origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://renderer/index.html#/teachers?id=3')).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:5173/',
    'file:///C:/Users/a/index.html',
    'app://other/index.html',
    'javascript:alert(1)',
    'about:blank',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isExternalHttpsUrl', () => {
  it('lets only https out', () => {
    expect(isExternalHttpsUrl('https://jyt.example.gov.cn/notice')).toBe(true);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-settings:', 'app://renderer/']) {
      expect(isExternalHttpsUrl(url)).toBe(false);
    }
  });
});

describe('isPathInside', () => {
  it('on POSIX', () => {
    expect(isPathInside('/app/dist/renderer', '/app/dist/renderer/assets/a.js', path.posix)).toBe(true);
    expect(isPathInside('/app/dist/renderer', '/app/dist/renderer', path.posix)).toBe(false);
    expect(isPathInside('/app/dist/renderer', '/app/dist/renderer-evil/a.js', path.posix)).toBe(false);
    expect(isPathInside('/app/dist/renderer', '/etc/passwd', path.posix)).toBe(false);
    expect(isPathInside('/app/dist/renderer', '/app/dist/renderer/..foo', path.posix)).toBe(true);
  });

  it('on Windows', () => {
    expect(isPathInside('C:\\app\\renderer', 'C:\\app\\renderer\\assets\\a.js', path.win32)).toBe(true);
    expect(isPathInside('C:\\app\\renderer', 'C:\\Windows\\win.ini', path.win32)).toBe(false);
    expect(isPathInside('C:\\app\\renderer', 'D:\\app\\renderer\\a.js', path.win32)).toBe(false);
  });
});

describe('rendererFileFor', () => {
  const root = '/app/dist/renderer';

  it('maps our URLs into the renderer folder', () => {
    expect(rendererFileFor(root, 'app://renderer/', path.posix)).toBe('/app/dist/renderer/index.html');
    expect(rendererFileFor(root, 'app://renderer/assets/index-abc.js', path.posix)).toBe('/app/dist/renderer/assets/index-abc.js');
    expect(rendererFileFor(root, 'app://renderer/%E5%9B%BE.png', path.posix)).toBe('/app/dist/renderer/图.png');
  });

  it.each([
    'app://renderer/..%2f..%2fetc/passwd',
    'app://renderer/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://renderer/assets/..%2F..%2F..%2Fsecret',
    'app://renderer/%00index.html',
    'app://renderer/%E0%A4%A',
    'app://x/../../etc/passwd',
    'https://evil.example/index.html',
  ])('refuses %s', (url) => {
    expect(rendererFileFor(root, url, path.posix)).toBeNull();
  });

  it('refuses backslash traversal on Windows', () => {
    expect(rendererFileFor('C:\\app\\renderer', 'app://renderer/..%5c..%5cWindows%5cwin.ini', path.win32)).toBeNull();
    expect(rendererFileFor('C:\\app\\renderer', 'app://renderer/assets/a.js', path.win32)).toBe('C:\\app\\renderer\\assets\\a.js');
  });
});

describe('serveRendererFile', () => {
  let base: string;
  let rendererDir: string;

  beforeAll(() => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'vet-ledger-shell-'));
    rendererDir = path.join(base, 'renderer');
    fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>职教台账</title>');
    fs.writeFileSync(path.join(rendererDir, 'assets', 'index.js'), 'console.log(1)');
    fs.writeFileSync(path.join(base, 'secret.txt'), 'outside');
  });
  afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => serveRendererFile(rendererDir, { url, method });

  it('serves index.html with the CSP header', async () => {
    const response = await get(APP_ENTRY_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('职教台账');
  });

  it('serves assets with their type', async () => {
    const response = await get('app://renderer/assets/index.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers a client-side route with index.html, a missing asset with 404', async () => {
    expect(await (await get('app://renderer/teachers')).text()).toContain('职教台账');
    expect((await get('app://renderer/assets/missing.js')).status).toBe(404);
  });

  it('never reads outside the renderer folder', async () => {
    for (const url of ['app://renderer/..%2fsecret.txt', 'app://renderer/assets/..%2f..%2fsecret.txt', 'app://x/../secret.txt']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('outside');
    }
  });

  it('accepts only GET and HEAD', async () => {
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
    const head = await get(APP_ENTRY_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
